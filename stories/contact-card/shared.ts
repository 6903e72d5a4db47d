import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/contact-card/mlo-contact-card.js';
import { feedArgs, feedArgTypes, headingLevelArgType, type FeedArgs } from '../controls.js';
import { feedOf, sample } from '../sample.js';
import { statesOf } from '../states.js';

/** `<mlo-contact-card>`: what every Contact card stories file shares. */
export interface Args extends FeedArgs {
  contact: string;
  headingLevel: number;
}
export type Story = StoryObj<Args>;

const contactsFeed = (contacts: unknown[], language = 'en') =>
  feedOf([], language, { _mlo: { contacts } });

/** Every line filled in (example numbers and addresses, not real ones). */
export const complete = contactsFeed([
  {
    name: 'Press office',
    unit: 'Public Affairs',
    address: {
      street: 'Example street 1',
      building: 'Building B',
      postalCode: '11000',
      locality: 'Belgrade',
      country: 'Serbia',
    },
    phone: '+381 11 000 0000',
    email: 'press@example.org',
    url: 'https://example.org/contact/',
  },
]);

/** Serbian content written in Latin script (an example address). */
export const serbianFeed = contactsFeed(
  [
    {
      name: 'Vojna kancelarija za vezu',
      unit: 'Služba za odnose s javnošću',
      address: {
        street: 'Primer ulica 1',
        postalCode: '11000',
        locality: 'Beograd',
        country: 'Srbija',
      },
      phone: '+381 11 000 0000',
      email: 'kancelarija@example.org',
    },
  ],
  'sr-Latn',
);

export const card = (args: Args, feed: unknown) => html`<mlo-contact-card
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  contact=${ifDefined(args.contact || undefined)}
  heading-level=${args.headingLevel}
></mlo-contact-card>`;

/** The element's meta, less its title (each file names its folder). */
export const base = {
  component: 'mlo-contact-card',
  args: { ...feedArgs, contact: '', headingLevel: 3 },
  argTypes: {
    ...feedArgTypes,
    contact: {
      description: 'One contact: its position (0 is the first) or its name; empty for all.',
    },
    headingLevel: headingLevelArgType(2),
  },
  loaders: [sample],
  render: (args, { loaded }) => card(args, loaded.feed),
} satisfies Omit<Meta<Args>, 'title'>;

export const states = statesOf<Args>('mlo-contact-card', {
  attrs: (args) => ({ contact: args.contact, 'heading-level': args.headingLevel }),
  staleFeed: complete,
});

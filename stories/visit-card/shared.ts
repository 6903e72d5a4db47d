import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/visit-card/mlo-visit-card.js';
import type { MloVisitCard } from '../../src/components/visit-card/visit-card.js';
import { feedArgs, feedArgTypes, headingLevelArgType, type FeedArgs } from '../controls.js';
import { feedOf, sample } from '../sample.js';
import { statesOf } from '../states.js';

/** `<mlo-visit-card>`: what every Visit card stories file shares. */
export interface Args extends FeedArgs {
  item: string;
  layout: MloVisitCard['layout'];
  headingLevel: number;
}
export type Story = StoryObj<Args>;

/** Serbian content written in Latin script (an illustrative visit, not a real one). */
export const serbianFeed = feedOf(
  [
    {
      id: 'primer-posete',
      title: 'Poseta delegacije Beogradu',
      summary: 'Razgovori o saradnji u oblasti obuke i zajedničkih vežbi.',
      content_text: 'Razgovori o saradnji u oblasti obuke i zajedničkih vežbi.',
      date_published: '2019-07-17',
      _mlo: {
        type: 'visit',
        visitor: { name: 'Petar Petrović', rank: 'pukovnik', role: 'načelnik odeljenja' },
        location: 'Beograd, Srbija',
        metWith: [
          { name: 'Jovan Jovanović', role: 'pomoćnik ministra' },
          { name: 'predstavnici Vojske Srbije' },
        ],
      },
    },
  ],
  'sr-Latn',
);

export const card = (args: Args, feed: unknown) => html`<mlo-visit-card
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  item=${ifDefined(args.item || undefined)}
  layout=${args.layout}
  heading-level=${args.headingLevel}
></mlo-visit-card>`;

/** The element's meta, less its title (each file names its folder). */
export const base = {
  component: 'mlo-visit-card',
  args: { ...feedArgs, item: '', layout: 'card', headingLevel: 3 },
  argTypes: {
    ...feedArgTypes,
    item: { description: 'The id of a visit in the feed; empty for the latest.' },
    headingLevel: headingLevelArgType(2),
  },
  loaders: [sample],
  render: (args, { loaded }) => card(args, loaded.feed),
} satisfies Omit<Meta<Args>, 'title'>;

export const states = statesOf<Args>('mlo-visit-card', {
  attrs: (args) => ({ item: args.item, layout: args.layout, 'heading-level': args.headingLevel }),
  staleFeed: serbianFeed,
});

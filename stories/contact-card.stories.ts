import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING_SRC, LOADING_TIMEOUT, NOT_A_FEED_SRC, allStates } from './states.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/contact-card/mlo-contact-card.js';
import { feedArgs, feedArgTypes, headingLevelArgType, type FeedArgs } from './controls.js';

/**
 * `<mlo-contact-card>`: the newsroom's contact points (the feed's `_mlo.contacts`). The stories
 * read the sample newsroom (demo/data/newsroom.json) through a loader and hand it over as `.feed`.
 */
interface Args extends FeedArgs {
  contact: string;
  headingLevel: number;
}

const sample = async () => ({
  feed: (await (await fetch('./data/newsroom.json')).json()) as unknown,
});
const feedOf = (contacts: unknown[], language = 'en') => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Newsroom',
  language,
  items: [],
  _mlo: { contacts },
});

/** Every line filled in (example numbers and addresses, not real ones). */
const complete = feedOf([
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
const serbianFeed = feedOf(
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

const card = (args: Args, feed: unknown) => html`<mlo-contact-card
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  contact=${ifDefined(args.contact || undefined)}
  heading-level=${args.headingLevel}
></mlo-contact-card>`;

const meta: Meta<Args> = {
  title: 'Widgets/Contact card',
  component: 'mlo-contact-card',
  tags: ['autodocs'],
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
};
export default meta;

type Story = StoryObj<Args>;

/** Every contact of the sample newsroom, side by side when there is room. */
export const Default: Story = {};

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = {
  name: 'All states',
  render: (_, { loaded }) => allStates('mlo-contact-card', { contact: '0' }, loaded.feed),
};

/** Just one contact, chosen by its position. */
export const One: Story = { name: 'Variant · One contact', args: { contact: '0' } };

/** Just one contact, chosen by its name. */
export const ByName: Story = {
  name: 'Variant · By name',
  args: { contact: 'Public Affairs Office' },
};

/** Phone, e-mail and website as links, the postal address one part per line. */
export const Complete: Story = {
  name: 'Variant · Every field',
  loaders: [],
  render: (args) => card(args, complete),
};

/** A feed without contacts. */
export const Empty: Story = {
  name: 'State · Empty',
  loaders: [],
  render: (args) => card(args, feedOf([])),
};

/** Something that is not a JSON Feed: the error notice with its reason and Retry. */
export const Error: Story = {
  name: 'State · Error',
  loaders: [],
  render: (args) => card(args, { hello: 'world' }),
};

/** The page's own copy of the feed (inline JSON) stays on show when the refresh from `src` returns something that is not a feed. */
export const Stale: Story = {
  name: 'State · Stale',
  loaders: [],
  render: () => html`<mlo-contact-card src=${NOT_A_FEED_SRC}>
    <script type="application/json">${JSON.stringify(complete)}</script>
  </mlo-contact-card>`,
};

/** Serbian, Latin script; the English contacts are marked `lang="en"`. */
export const SerbianLatin: Story = {
  name: 'Language · Serbian (Latin)',
  globals: { lang: 'sr-Latn' },
};

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = {
  name: 'Language · Serbian (Cyrillic)',
  globals: { lang: 'sr-Cyrl' },
};

/** Contacts written in Serbian Latin, shown in Cyrillic (phone and e-mail are kept as written). */
export const SerbianContentInCyrillic: Story = {
  name: 'Language · Serbian content in Cyrillic',
  loaders: [],
  globals: { lang: 'sr-Cyrl' },
  render: (args) => card(args, serbianFeed),
};

/** On a dark page: colours follow the page's text colour and `color-scheme`. */
export const Dark: Story = {
  name: 'Theme · Dark page',
  loaders: [],
  globals: { theme: 'dark' },
  render: (args) => card(args, complete),
};

/** In a narrow column: contacts stack. */
export const Narrow: Story = {
  name: 'Width · Narrow column',
  render: (args, { loaded }) => html`<div class="narrow">${card(args, loaded.feed)}</div>`,
};

/** Waiting for the feed: a skeleton the size of the real content, announced as loading. */
export const Loading: Story = {
  name: 'State · Loading',
  loaders: [],
  render: () =>
    html`<mlo-contact-card src=${LOADING_SRC} timeout=${LOADING_TIMEOUT} ></mlo-contact-card>`,
};

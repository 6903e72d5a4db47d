import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING_SRC, LOADING_TIMEOUT, NOT_A_FEED_SRC, allStates } from './states.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/visit-card/mlo-visit-card.js';
import type { MloVisitCard } from '../src/components/visit-card/visit-card.js';
import { feedArgs, feedArgTypes, headingLevelArgType, type FeedArgs } from './controls.js';

/**
 * `<mlo-visit-card>`: one visit from the newsroom. The stories read the sample newsroom
 * (demo/data/newsroom.json) through a loader and hand it over as `.feed`.
 */
interface Args extends FeedArgs {
  item: string;
  layout: MloVisitCard['layout'];
  headingLevel: number;
}

const sample = async () => ({
  feed: (await (await fetch('./data/newsroom.json')).json()) as unknown,
});
const feedOf = (items: unknown[], language = 'en') => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Newsroom',
  language,
  items,
});

/** Serbian content written in Latin script (an illustrative visit, not a real one). */
const serbianFeed = feedOf(
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

const card = (args: Args, feed: unknown) => html`<mlo-visit-card
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  item=${ifDefined(args.item || undefined)}
  layout=${args.layout}
  heading-level=${args.headingLevel}
></mlo-visit-card>`;

const meta: Meta<Args> = {
  title: 'Widgets/Visit card',
  component: 'mlo-visit-card',
  tags: ['autodocs'],
  args: { ...feedArgs, item: '', layout: 'card', headingLevel: 3 },
  argTypes: {
    ...feedArgTypes,
    item: { description: 'The id of a visit in the feed; empty for the latest.' },
    headingLevel: headingLevelArgType(2),
  },
  loaders: [sample],
  render: (args, { loaded }) => card(args, loaded.feed),
};
export default meta;

type Story = StoryObj<Args>;

/** The latest visit: photo and caption, visitor, date and place, the people met, summary. */
export const Default: Story = {};

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = {
  name: 'All states',
  render: (_, { loaded }) => allStates('mlo-visit-card', {}, loaded.feed),
};

/** Text only, no photo and no summary: a sidebar. */
export const Compact: Story = { name: 'Variant · Compact', args: { layout: 'compact' } };

/** A visit with three people met. */
export const ManyPeopleMet: Story = {
  name: 'Variant · Many people met',
  args: { item: 'ims-director-general-visit-belgrade' },
};

/** No date, photo or people met in the feed: nothing is left blank. */
export const WithoutDateOrPhoto: Story = {
  name: 'Variant · Without date or photo',
  args: { item: 'jfc-naples-deputy-commander-visit' },
};

/** A feed without visits. */
export const Empty: Story = {
  name: 'State · Empty',
  loaders: [],
  render: (args) =>
    card(args, feedOf([{ id: 'a', title: 'An article', content_text: 'Not a visit.' }])),
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
  render: (args) => html`<mlo-visit-card src=${NOT_A_FEED_SRC} layout=${args.layout}>
    <script type="application/json">${JSON.stringify(serbianFeed)}</script>
  </mlo-visit-card>`,
};

/** Serbian, Latin script; the English visit is marked `lang="en"`. */
export const SerbianLatin: Story = {
  name: 'Language · Serbian (Latin)',
  globals: { lang: 'sr-Latn' },
};

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = {
  name: 'Language · Serbian (Cyrillic)',
  globals: { lang: 'sr-Cyrl' },
};

/** A visit written in Serbian Latin, shown in Cyrillic: every line of it is transliterated. */
export const SerbianContentInCyrillic: Story = {
  name: 'Language · Serbian content in Cyrillic',
  loaders: [],
  globals: { lang: 'sr-Cyrl' },
  render: (args) => card(args, serbianFeed),
};

/** On a dark page: colours follow the page's text colour and `color-scheme`. */
export const Dark: Story = { name: 'Theme · Dark page', globals: { theme: 'dark' } };

/** In a narrow column: the photo stacks above the text. */
export const Narrow: Story = {
  name: 'Width · Narrow column',
  render: (args, { loaded }) => html`<div class="narrow">${card(args, loaded.feed)}</div>`,
};

/** Waiting for the feed: a skeleton the size of the real content, announced as loading. */
export const Loading: Story = {
  name: 'State · Loading',
  loaders: [],
  render: () =>
    html`<mlo-visit-card src=${LOADING_SRC} timeout=${LOADING_TIMEOUT} ></mlo-visit-card>`,
};

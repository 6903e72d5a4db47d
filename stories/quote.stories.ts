import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING_SRC, LOADING_TIMEOUT, NOT_A_FEED_SRC, allStates } from './states.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MloQuote } from '../src/components/quote/quote.js';
import '../src/components/quote/mlo-quote.js';
import { feedArgs, feedArgTypes, type FeedArgs } from './controls.js';

/**
 * `<mlo-quote>`: one quote from the newsroom, or all of them in rotation. The stories read the
 * sample newsroom (demo/data/newsroom.json) through a loader and hand it over as `.feed`.
 */
interface Args extends FeedArgs {
  item: string;
  pick: MloQuote['pick'];
  rotate: boolean;
  interval: number;
  copy: boolean;
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

/** Serbian content written in Latin script (an illustrative quote, not a real one). */
const serbianFeed = feedOf(
  [
    {
      id: 'primer-citata',
      content_text:
        'Saradnja se gradi korak po korak, kroz poverenje, razgovor i zajedničke vežbe.',
      date_published: '2019-07-17',
      _mlo: {
        type: 'quote',
        speaker: { name: 'Petar Petrović', rank: 'pukovnik', role: 'portparol' },
        context: 'tokom otvorenih vrata u Beogradu',
      },
    },
  ],
  'sr-Latn',
);

const quote = (args: Args, feed: unknown) => html`<mlo-quote
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  item=${ifDefined(args.item || undefined)}
  pick=${args.pick}
  ?rotate=${args.rotate}
  interval=${args.interval}
  ?copy=${args.copy}
></mlo-quote>`;

const meta: Meta<Args> = {
  title: 'Widgets/Quote',
  component: 'mlo-quote',
  tags: ['autodocs'],
  args: {
    ...feedArgs,
    item: 'quote-marinelli-time-in-belgrade',
    pick: 'latest',
    rotate: false,
    interval: 8,
    copy: false,
  },
  argTypes: {
    ...feedArgTypes,
    item: { description: 'The id of a quote in the feed; empty: `pick` chooses.' },
    interval: { control: { type: 'number', min: 3, max: 30 } },
  },
  loaders: [sample],
  render: (args, { loaded }) => quote(args, loaded.feed),
};
export default meta;

type Story = StoryObj<Args>;

/** One quote with its full attribution: rank, name, role, organisation, occasion and source. */
export const Default: Story = {};

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = {
  name: 'All states',
  render: (_, { loaded }) =>
    allStates('mlo-quote', { item: 'quote-marinelli-time-in-belgrade' }, loaded.feed),
};

/** The latest quote. In the sample none is dated, so the first in the feed, which has no speaker. */
export const Latest: Story = { name: 'Variant · Latest', args: { item: '' } };

/** A random quote at each load. */
export const Random: Story = { name: 'Variant · Random', args: { item: '', pick: 'random' } };

/**
 * All quotes in turn, newest first: pause/resume, previous and next. Rotation waits while the
 * pointer or focus is inside, and starts paused when the visitor prefers reduced motion.
 */
export const Rotating: Story = { name: 'Variant · Rotating', args: { item: '', rotate: true } };

/** A feed without quotes. */
export const Empty: Story = {
  name: 'State · Empty',
  loaders: [],
  render: (args) =>
    quote(args, feedOf([{ id: 'a', title: 'An article', content_text: 'Not a quote.' }])),
};

/** Something that is not a JSON Feed: the error notice with its reason and Retry. */
export const Error: Story = {
  name: 'State · Error',
  loaders: [],
  render: (args) => quote(args, { hello: 'world' }),
};

/** The page's own copy of the feed (inline JSON) stays on show when the refresh from `src` returns something that is not a feed. */
export const Stale: Story = {
  name: 'State · Stale',
  render: (
    args,
    { loaded },
  ) => html`<mlo-quote src=${NOT_A_FEED_SRC} item=${ifDefined(args.item || undefined)}>
    <script type="application/json">${JSON.stringify(loaded.feed)}</script>
  </mlo-quote>`,
};

/** Serbian, Latin script: „…“ quotation marks; the English quote is marked `lang="en"`. */
export const SerbianLatin: Story = {
  name: 'Language · Serbian (Latin)',
  globals: { lang: 'sr-Latn' },
};

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = {
  name: 'Language · Serbian (Cyrillic)',
  globals: { lang: 'sr-Cyrl' },
};

/** A quote written in Serbian Latin, shown in Cyrillic: words, speaker and occasion are transliterated. */
export const SerbianContentInCyrillic: Story = {
  name: 'Language · Serbian content in Cyrillic',
  args: { item: '' },
  loaders: [],
  globals: { lang: 'sr-Cyrl' },
  render: (args) => quote(args, serbianFeed),
};

/** On a dark page: colours follow the page's text colour and `color-scheme`. */
export const Dark: Story = {
  name: 'Theme · Dark page',
  args: { item: '', rotate: true },
  globals: { theme: 'dark' },
};

/** In a narrow column, rotating: the carousel keeps the height of its longest quote. */
export const Narrow: Story = {
  name: 'Width · Narrow column',
  args: { item: '', rotate: true },
  render: (args, { loaded }) => html`<div class="narrow">${quote(args, loaded.feed)}</div>`,
};

/** Waiting for the feed: a skeleton the size of the real content, announced as loading. */
export const Loading: Story = {
  name: 'State · Loading',
  loaders: [],
  render: () => html`<mlo-quote src=${LOADING_SRC} timeout=${LOADING_TIMEOUT} ></mlo-quote>`,
};

/** `copy`: a Copy button puts the words, the speaker, the occasion, the date and the source on the clipboard. */
export const Copy: Story = { name: 'Variant · Copy', args: { copy: true } };

/** Copy in Serbian Cyrillic: the quote is copied in the script it is shown in, in „…“. */
export const CopyCyrillic: Story = {
  name: 'Language · Copy in Serbian Cyrillic',
  args: { copy: true, item: 'primer-citata' },
  globals: { lang: 'sr-Cyrl' },
  loaders: [],
  render: (args) => quote(args, serbianFeed),
};

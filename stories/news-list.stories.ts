import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING_SRC, LOADING_TIMEOUT, NOT_A_FEED_SRC, allStates } from './states.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../src/components/news-list/news-list.js';
import {
  feedArgs,
  feedArgTypes,
  headingLevelArgType,
  itemTypesArgType,
  type FeedArgs,
  type ItemType,
} from './controls.js';

/**
 * `<mlo-news-list>`: the newsroom's latest items. The stories read the sample newsroom
 * (demo/data/newsroom.json) through a loader and hand it over as `.feed`.
 */
interface Args extends FeedArgs {
  layout: MloNewsList['layout'];
  limit: number;
  type: ItemType[];
  tag: string;
  year?: number;
  headingLevel: number;
  /** The filter bar's facets (`filters`). */
  filters: ('type' | 'tag' | 'year')[];
  follow: boolean;
  noPins: boolean;
}

const sample = async () => ({
  feed: (await (await fetch('./data/newsroom.json')).json()) as unknown,
});
const emptyFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Empty newsroom',
  items: [],
};

const list = (args: Args, feed: unknown) => html`<mlo-news-list
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  layout=${args.layout}
  limit=${args.limit}
  type=${args.type.join(' ')}
  tag=${ifDefined(args.tag || undefined)}
  year=${ifDefined(args.year)}
  heading-level=${args.headingLevel}
  filters=${ifDefined(args.filters.length ? args.filters.join(' ') : undefined)}
  ?follow=${args.follow}
  ?no-pins=${args.noPins}
></mlo-news-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/News list',
  component: 'mlo-news-list',
  tags: ['autodocs'],
  args: {
    ...feedArgs,
    layout: 'list',
    limit: 4,
    type: ['article', 'statement', 'visit'],
    tag: '',
    headingLevel: 3,
    filters: [],
    follow: false,
    noPins: false,
  },
  argTypes: {
    ...feedArgTypes,
    limit: { control: { type: 'number', min: 1, max: 20 } },
    type: itemTypesArgType('Item types to show (the attribute lists them, space-separated).'),
    headingLevel: headingLevelArgType(2),
    filters: {
      control: 'inline-check',
      options: ['type', 'tag', 'year'],
      description: 'The filter bar for visitors (the attribute lists the facets, space-separated).',
    },
    follow: { control: 'boolean', description: 'Shows "Follow: RSS · JSON Feed" under the list.' },
    noPins: { control: 'boolean', description: 'Ignores `_mlo.pinned` (the `no-pins` attribute).' },
  },
  loaders: [sample],
  render: (args, { loaded }) => list(args, loaded.feed),
};
export default meta;

type Story = StoryObj<Args>;

/** The list layout: picture beside the text, with Load more. */
export const Default: Story = {};

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = {
  name: 'All states',
  render: (_, { loaded }) => allStates('mlo-news-list', { limit: '3' }, loaded.feed),
};

/** Cards in a grid that fills the width. */
export const Grid: Story = { name: 'Variant · Grid', args: { layout: 'grid', limit: 6 } };

/** Date and title only: a sidebar or a footer. */
export const Compact: Story = { name: 'Variant · Compact', args: { layout: 'compact', limit: 8 } };

/** Only statements and visits. */
export const StatementsAndVisits: Story = {
  name: 'Variant · Statements and visits',
  args: { type: ['statement', 'visit'], layout: 'grid' },
};

/** A feed with no items. */
export const Empty: Story = {
  name: 'State · Empty',
  loaders: [],
  render: (args) => list(args, emptyFeed),
};

/** Something that is not a JSON Feed: the error notice with its reason and Retry. */
export const Error: Story = {
  name: 'State · Error',
  loaders: [],
  render: (args) => list(args, { hello: 'world' }),
};

/**
 * Titles are whole by default. A designer may clamp them with `--mlo-news-list-title-lines`
 * (here one line): the link, and so the item's accessible name, still holds the whole title,
 * and the clamp is lifted in a container of 30rem or less (320 px, 200 % zoom).
 */
export const ClampedTitles: Story = {
  name: 'Variant · Clamped titles',
  render: (args, { loaded }) =>
    html`<div style="--mlo-news-list-title-lines: 1">${list(args, loaded.feed)}</div>`,
};

/**
 * Two widgets on one feed that fails: the first in document order announces the error and
 * carries "Open the feed" and Retry (which reloads both with one request); the second shows
 * the message without repeating it.
 */
export const SharedFeedError: Story = {
  name: 'State · Shared feed error',
  loaders: [],
  render: (args) => html`${list({ ...args, src: NOT_A_FEED_SRC }, undefined)}
    ${list({ ...args, src: NOT_A_FEED_SRC, layout: 'compact' }, undefined)}`,
};

/** Serbian, Latin script: the page's language (the toolbar shows it). */
export const SerbianLatin: Story = {
  name: 'Language · Serbian (Latin)',
  globals: { lang: 'sr-Latn' },
};

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = {
  name: 'Language · Serbian (Cyrillic)',
  globals: { lang: 'sr-Cyrl' },
};

/** On a dark page: colours follow the page's text colour and `color-scheme`. */
export const Dark: Story = {
  name: 'Theme · Dark page',
  args: { layout: 'grid' },
  globals: { theme: 'dark' },
};

/** In a narrow column: the list stacks each picture above its text. */
export const Narrow: Story = {
  name: 'Width · Narrow column',
  render: (args, { loaded }) => html`<div class="narrow">${list(args, loaded.feed)}</div>`,
};

/** Waiting for the feed: a skeleton the size of the real content, announced as loading. */
export const Loading: Story = {
  name: 'State · Loading',
  loaders: [],
  render: (args) =>
    html`<mlo-news-list src=${LOADING_SRC} timeout=${LOADING_TIMEOUT} limit=${args.limit} layout=${args.layout}></mlo-news-list>`,
};

/** The page's own copy of the feed (inline JSON) stays on show, with a discreet notice, when the refresh from `src` fails. */
export const Stale: Story = {
  name: 'State · Stale',
  render: (
    args,
    { loaded },
  ) => html`<mlo-news-list src=${NOT_A_FEED_SRC} limit=${args.limit} layout=${args.layout}>
    <script type="application/json">${JSON.stringify(loaded.feed)}</script>
  </mlo-news-list>`,
};

/** The sample newsroom with a pinned visit, and its own address and an RSS twin to follow. */
const readersFeed = (feed: unknown) => {
  const copy = structuredClone(feed) as { items: { id: string; _mlo?: object }[] };
  const visit = copy.items.find((item) => item.id === 'saceur-visit-belgrade-2019-07-17');
  if (visit) visit._mlo = { ...visit._mlo, pinned: true };
  return {
    ...copy,
    // Where the catalogue serves it: the feed's relative image paths resolve against this.
    feed_url: new URL('./data/newsroom.json', document.baseURI).href,
    _mlo: {
      ...(copy as { _mlo?: object })._mlo,
      alternates: [{ type: 'application/rss+xml', url: 'https://newsroom.example/rss.xml' }],
    },
  };
};

/**
 * A filter bar for visitors: each value with its count; buttons toggle (several in one facet
 * add up), a long list of values is a select; facets combine. The count is announced politely.
 */
export const Filters: Story = {
  name: 'Variant · Filters',
  args: { filters: ['type', 'tag', 'year'], limit: 6 },
  render: (args, { loaded }) => list(args, readersFeed(loaded.feed)),
};

/** The filter bar in Serbian Cyrillic. */
export const FiltersSerbianCyrillic: Story = {
  name: 'Language · Filters in Serbian Cyrillic',
  ...Filters,
  globals: { lang: 'sr-Cyrl' },
};

/** The filter bar while the feed loads: its room is part of the skeleton. */
export const FiltersLoading: Story = {
  name: 'State · Filters while loading',
  loaders: [],
  render: (args) =>
    html`<mlo-news-list src=${LOADING_SRC} timeout=${LOADING_TIMEOUT} limit=${args.limit} filters="type tag year" follow></mlo-news-list>`,
};

/** A pinned item (`_mlo.pinned`) comes first, marked "Pinned"; `no-pins` turns pinning off. */
export const Pinned: Story = {
  name: 'Variant · Pinned',
  render: (args, { loaded }) => list(args, readersFeed(loaded.feed)),
};

/** "Follow: JSON Feed · RSS" under the list: the feed itself and the alternates it names. */
export const Follow: Story = {
  name: 'Variant · Follow',
  args: { follow: true, layout: 'compact' },
  render: (args, { loaded }) => list(args, readersFeed(loaded.feed)),
};

/**
 * The worst case for Cyrillic: Serbian titles with long compound words, two and three lines in
 * a column, long words in the summaries, every item type; in Cyrillic script.
 */
export const CyrillicWorstCase: Story = {
  name: 'Language · Cyrillic worst case',
  globals: { lang: 'sr-Cyrl' },
  loaders: [],
  render: (args) =>
    list(args, {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Канцеларија за везу',
      language: 'sr-Cyrl',
      items: [
        {
          id: 'c1',
          url: 'https://newsroom.example/c1',
          title:
            'Међународна конференција о унапређењу безбедносно-одбрамбене сарадње и интероперабилности',
          summary:
            'Представници министарстава одбране разговарали су о противминском деловању, телекомуникационим системима и заједничким вежбама.',
          date_published: '2024-05-14T09:00:00Z',
        },
        {
          id: 'c2',
          url: 'https://newsroom.example/c2',
          title: 'Саопштење поводом посете високог представништва',
          summary: 'Кратко.',
          date_published: '2024-05-10T09:00:00Z',
          _mlo: { type: 'statement' },
        },
        {
          id: 'c3',
          url: 'https://newsroom.example/c3',
          title: 'Посета',
          date_published: '2024-05-02T09:00:00Z',
          _mlo: { type: 'visit' },
        },
      ],
    }),
};

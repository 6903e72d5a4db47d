import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING_SRC, LOADING_TIMEOUT, NOT_A_FEED_SRC, allStates } from './states.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/search/mlo-search.js';
import '../src/components/news-list/mlo-news-list.js';
import {
  feedArgs,
  feedArgTypes,
  itemTypesArgType,
  type FeedArgs,
  type ItemType,
} from './controls.js';

/**
 * `<mlo-search>`: search the newsroom as you type. The stories read the sample newsroom
 * (demo/data/newsroom.json) through a loader and hand it over as `.feed`.
 *
 * Results appear as the visitor types. Stories with a `value` pre-fill the field and focus it
 * in `play`, which loads the search code and opens the results; click into the field of any
 * other story and type (try `vucic`, `Vučić` or `Вучић`).
 */
interface Args extends FeedArgs {
  value: string;
  type: ItemType[];
  limit: number;
  placeholder: string;
  target: string;
  action: string;
}

const sample = async () => ({
  feed: (await (await fetch('./data/newsroom.json')).json()) as unknown,
});
const emptyFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Empty newsroom',
  items: [],
};

// Room below the field: the results panel floats over what follows and would be cut off.
const search = (args: Args, feed: unknown) => html`<div style="min-block-size: 30rem">
  <mlo-search
    .feed=${args.src ? undefined : feed}
    src=${ifDefined(args.src || undefined)}
    timeout=${ifDefined(args.timeout)}
    lang=${ifDefined(args.lang || undefined)}
    .value=${args.value}
    type=${args.type.join(' ')}
    limit=${args.limit}
    placeholder=${ifDefined(args.placeholder || undefined)}
    target=${ifDefined(args.target || undefined)}
    action=${ifDefined(args.action || undefined)}
  ></mlo-search>
</div>`;

/** Focuses the field, as a visitor would: the engine loads and a pre-filled query runs. */
const focusField: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('mlo-search');
  await el?.updateComplete;
  el?.focus();
};

const meta: Meta<Args> = {
  title: 'Widgets/Search',
  component: 'mlo-search',
  tags: ['autodocs'],
  args: { ...feedArgs, value: '', type: [], limit: 8, placeholder: '', target: '', action: '' },
  argTypes: {
    ...feedArgTypes,
    value: { description: 'Text in the field; the search runs when the field is focused.' },
    type: itemTypesArgType(
      'Item types to search (the attribute lists them, space-separated). None checked: all.',
    ),
    limit: { control: { type: 'number', min: 1, max: 20 } },
    action: {
      description:
        'Your search page: the field becomes a form that sends `q` there (GET), with a Search button; it works before the script runs.',
    },
    // A story with a news list to filter is FilterANewsList; elsewhere the id would name nothing.
    target: { control: false },
  },
  loaders: [sample],
  render: (args, { loaded }) => search(args, loaded.feed),
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet: no search code is loaded until the field is focused. */
export const Default: Story = {};

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = {
  name: 'All states',
  render: (_, { loaded }) => allStates('mlo-search', {}, loaded.feed),
};

/** Results for "belgrade", grouped by type, the matched words marked. Arrow keys move, Enter chooses. */
export const Results: Story = {
  name: 'Variant · Results',
  args: { value: 'belgrade' },
  play: focusField,
};

/** A folded match: "vucic" finds and marks "Vučić". */
export const FoldedMatch: Story = {
  name: 'Variant · Folded match',
  args: { value: 'vucic' },
  play: focusField,
};

/** A query that finds nothing: a clear message, also announced to screen readers. */
export const NoResults: Story = {
  name: 'State · No results',
  args: { value: 'submarine' },
  play: focusField,
};

/** Only quotes (`type="quote"`), at most three. */
export const QuotesOnly: Story = {
  name: 'Variant · Quotes only',
  args: { value: 'belgrade', type: ['quote'], limit: 3 },
  play: focusField,
};

/**
 * With `action`: a real search form to your site's search page (`q`, GET) with a Search button,
 * which a server render offers before the script runs. Enter on a chosen result opens it;
 * Enter or the button with no result chosen opens your search page.
 */
export const FormToSearchPage: Story = {
  name: 'Variant · Form to a search page',
  args: { action: '/search/' },
};

/** A feed with no items: every query has no results. */
export const Empty: Story = {
  name: 'State · Empty',
  args: { value: 'nato' },
  loaders: [],
  render: (args) => search(args, emptyFeed),
  play: focusField,
};

/** Something that is not a JSON Feed: the error notice under a field that stays usable. */
export const Error: Story = {
  name: 'State · Error',
  loaders: [],
  render: (args) => search(args, { hello: 'world' }),
};

/** Serbian, Latin script. */
export const SerbianLatin: Story = {
  name: 'Language · Serbian (Latin)',
  args: { value: 'Vučić' },
  globals: { lang: 'sr-Latn' },
  play: focusField,
};

/** Serbian, Cyrillic script: a Cyrillic query finds and marks the Latin "Vučić". */
export const SerbianCyrillic: Story = {
  name: 'Language · Serbian (Cyrillic)',
  args: { value: 'Вучић' },
  globals: { lang: 'sr-Cyrl' },
  play: focusField,
};

/** With `target`: the search filters a news list on the page instead of showing a list. */
export const FilterANewsList: Story = {
  name: 'Variant · Filter a news list',
  render: (
    args,
    { loaded },
  ) => html`<mlo-search target="story-news" .feed=${loaded.feed} .value=${args.value}></mlo-search>
    <mlo-news-list id="story-news" layout="compact" limit="20" type="article statement quote visit" .feed=${loaded.feed}></mlo-news-list>`,
};

/** Waiting for the feed: the field is usable at once; results come when the feed does. */
export const Loading: Story = {
  name: 'State · Loading',
  loaders: [],
  render: () => html`<mlo-search src=${LOADING_SRC} timeout=${LOADING_TIMEOUT}></mlo-search>`,
};

/** The page's inline copy of the feed is searched, with a discreet notice, when the refresh from `src` fails. */
export const Stale: Story = {
  name: 'State · Stale',
  args: { value: 'belgrade' },
  render: (_, { loaded }) => html`<mlo-search src=${NOT_A_FEED_SRC}>
    <script type="application/json">${JSON.stringify(loaded.feed)}</script>
  </mlo-search>`,
};

/** On a dark page: the field and the results panel follow the page's colours. */
export const Dark: Story = {
  name: 'Theme · Dark page',
  args: { value: 'belgrade' },
  globals: { theme: 'dark' },
  play: focusField,
};

/** In a sidebar (300 px, the Width toolbar): the results panel keeps to the column. */
export const Narrow: Story = {
  name: 'Width · Sidebar',
  args: { value: 'belgrade' },
  globals: { width: 'sidebar' },
  play: focusField,
};

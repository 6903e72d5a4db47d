import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING_SRC, LOADING_TIMEOUT, NOT_A_FEED_SRC, allStates } from './states.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/article/mlo-article.js';
import type { FeedItem } from '../src/feed/types.js';
import { feedArgs, feedArgTypes, headingLevelArgType, type FeedArgs } from './controls.js';

/**
 * `<mlo-article>`: one newsroom item in full. The stories read the sample newsroom
 * (demo/data/newsroom.json) through a loader and hand it over as `.feed`.
 */
interface Args extends FeedArgs {
  item: string;
  headingLevel: number;
  noShare: boolean;
}

const NAC = 'nac-statement-2019-11-20';
const sample = async () => ({
  feed: (await (await fetch('./data/newsroom.json')).json()) as unknown,
});
const emptyFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Empty newsroom',
  items: [],
};

const article = (args: Args, feed: unknown) => html`<mlo-article
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  item=${ifDefined(args.item || undefined)}
  heading-level=${args.headingLevel}
  ?no-share=${args.noShare}
></mlo-article>`;

const meta: Meta<Args> = {
  title: 'Widgets/Article',
  component: 'mlo-article',
  tags: ['autodocs'],
  args: { ...feedArgs, item: NAC, headingLevel: 2, noShare: false },
  argTypes: {
    ...feedArgTypes,
    item: { description: 'The item id; empty for the newest item.' },
    headingLevel: headingLevelArgType(1),
  },
  loaders: [sample],
  render: (args, { loaded }) => article(args, loaded.feed),
};
export default meta;

type Story = StoryObj<Args>;

/** The North Atlantic Council statement: long-form text at a comfortable measure. */
export const Default: Story = {};

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = {
  name: 'All states',
  render: (_, { loaded }) => allStates('mlo-article', { item: NAC }, loaded.feed),
};

/** A visit: the visitor, the place and the people met, with a picture and caption. */
export const Visit: Story = {
  name: 'Variant · A visit',
  args: { item: 'saceur-visit-belgrade-2019-07-17' },
};

/** A quote: the speaker, then the words in a block quotation. */
export const Quote: Story = {
  name: 'Variant · A quote',
  args: { item: 'quote-wolters-western-balkans' },
};

/** No `item`: the newest item of the feed. */
export const Newest: Story = { name: 'Variant · Newest item', args: { item: '' } };

/**
 * An HTML body (`content_html`), given directly as `.item`: sanitized into DOM nodes. The
 * script, the event handler, the `javascript:` link and the inline style are gone.
 */
export const HtmlBody: Story = {
  name: 'Variant · HTML body',
  loaders: [],
  render: () => {
    const item: FeedItem = {
      id: 'html-body',
      type: 'article',
      title: 'Working together for a safer tomorrow',
      datePublished: '2024-05-01',
      contentHtml:
        '<p>The <strong>NATO Military Liaison Office</strong> works with the <a href="https://www.vs.rs/">Serbian Armed Forces</a>.</p>' +
        '<ul><li>Partnership for Peace</li><li>Defence reform</li></ul>' +
        '<p style="position:fixed;inset:0">Styles are dropped.</p><img src="./data/images/saceur-vucic.png" width="800" height="533" onerror="alert(1)" alt="SACEUR General Tod D. Wolters and President Aleksandar Vučić in Belgrade">' +
        '<script>alert(1)</script><p><a href="javascript:alert(1)">A link with no safe target</a></p>',
      tags: ['partnership'],
      language: 'en',
      authors: [{ name: 'Public Affairs Office' }],
      metWith: [],
    };
    return html`<mlo-article .item=${item}></mlo-article>`;
  },
};

/** A feed with no items. */
export const Empty: Story = {
  name: 'State · Empty',
  loaders: [],
  render: () => html`<mlo-article .feed=${emptyFeed}></mlo-article>`,
};

/** An id the feed does not have: the empty state too. */
export const NotFound: Story = { name: 'State · Item not found', args: { item: 'no-such-item' } };

/** Something that is not a JSON Feed: the error notice with its reason and Retry. */
export const Error: Story = {
  name: 'State · Error',
  loaders: [],
  render: () => html`<mlo-article .feed=${{ hello: 'world' }}></mlo-article>`,
};

/** Serbian, Latin script: the interface speaks Serbian; English items stay English. */
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
  args: { item: 'saceur-visit-belgrade-2019-07-17' },
  globals: { theme: 'dark' },
};

/** In a narrow column (a phone, a sidebar). */
export const Narrow: Story = {
  name: 'Width · Narrow column',
  args: { item: 'saceur-visit-belgrade-2019-07-17' },
  render: (args, { loaded }) => html`<div class="narrow">${article(args, loaded.feed)}</div>`,
};

/** Waiting for the feed: a skeleton the size of the real content, announced as loading. */
export const Loading: Story = {
  name: 'State · Loading',
  loaders: [],
  render: () => html`<mlo-article src=${LOADING_SRC} timeout=${LOADING_TIMEOUT} ></mlo-article>`,
};

/** The page's own copy of the feed (inline JSON) stays on show, with a discreet notice, when the refresh from `src` fails. */
export const Stale: Story = {
  name: 'State · Stale',
  render: (_args, { loaded }) => html`<mlo-article src=${NOT_A_FEED_SRC} >
    <script type="application/json">${JSON.stringify(loaded.feed)}</script>
  </mlo-article>`,
};

/** One statement in three versions (`_mlo.translations`); the Cyrillic one has no page of its own. */
const statementFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Newsroom',
  items: [
    {
      id: 'statement-en',
      url: 'https://example.org/en/statement',
      title: 'Statement on the joint exercise',
      language: 'en',
      date_published: '2026-03-01T10:00:00+01:00',
      content_text: 'The joint exercise ends today. We thank everyone who took part.',
      _mlo: {
        type: 'statement',
        translations: [
          { language: 'sr-Latn', id: 'statement-sr-latn' },
          { language: 'sr-Cyrl', id: 'statement-sr-cyrl' },
        ],
      },
    },
    {
      id: 'statement-sr-latn',
      url: 'https://example.org/sr/izjava',
      title: 'Izjava o zajedničkoj vežbi',
      language: 'sr-Latn',
      date_published: '2026-03-01T12:00:00+01:00',
      content_text: 'Zajednička vežba se danas završava. Zahvaljujemo svima koji su učestvovali.',
      _mlo: { type: 'statement' },
    },
    {
      id: 'statement-sr-cyrl',
      title: 'Изјава о заједничкој вежби',
      language: 'sr-Cyrl',
      date_published: '2026-03-01T12:00:00+01:00',
      content_text: 'Заједничка вежба се данас завршава. Захваљујемо свима који су учествовали.',
      _mlo: { type: 'statement' },
    },
  ],
};

/**
 * Translations: "Also in" names the other versions in their own language. Srpski (a version
 * with a page) and Српски (one without) open in place here; the story's language picks the
 * version shown first.
 */
export const Translations: Story = {
  name: 'Variant · Translations',
  args: { item: 'statement-en' },
  loaders: [],
  render: (args) => article(args, statementFeed),
};

/** The same statement in a Serbian Cyrillic widget: `item` names the statement, its Cyrillic version is shown. */
export const TranslationsCyrillic: Story = {
  name: 'Language · Translations in Serbian Cyrillic',
  ...Translations,
  globals: { lang: 'sr-Cyrl' },
};

/** `no-share`: no Share button, for a page with its own share bar. */
export const NoShare: Story = { name: 'Variant · No share', args: { noShare: true } };

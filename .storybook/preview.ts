/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import { DEFAULT_LANG } from '../src/i18n/languages.js';
import { LANGS, languageName } from '../stories/controls.js';
import { argTypesOf, type Manifest } from '../stories/arg-types.js';
import { argTokens, pasteable, themeTokens } from '../stories/snippet.js';
import './preview.css';
// The demo's partner page stylesheet, as is: adopted only while the toolbar's Page is "Partner
// page", since its rules are global (`:root`, `body`, `main`, `h1`, `a`).
import partnerCss from '../demo/partner.css?inline';

const partnerSheet = new CSSStyleSheet();
partnerSheet.replaceSync(partnerCss);

/**
 * Loading stories need a feed request that stays open: in the catalogue only, a feed URL that
 * contains `__loading__` never answers (until the widget aborts it). Nothing of this ships.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.includes('__loading__')) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });
};

/**
 * custom-elements.json, written by `npm run manifest`, which `storybook` and `build-storybook`
 * run first (pre-scripts). Read through Vite's glob import rather than `import … from`, so that
 * `tsc` (npm test, on a fresh clone) does not need dist/ to exist.
 */
const manifest = Object.values(
  import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' }),
)[0];
if (!manifest) console.error('No dist/custom-elements.json: run `npm run manifest` first.');

// Controls, the args table and autodocs come from the same JSDoc contract the package ships
// (the descriptions of autodocs from Storybook's reader, the arg types from stories/arg-types.ts).
setCustomElementsManifest(manifest ?? { modules: [] });

/**
 * Each story sits in a partner-like page: the toolbar's language is the `lang` the widgets
 * inherit, its theme the page colours and tokens they inherit (preview.css). A story that is in
 * one language or theme pins it with `globals: { lang: 'sr-Cyrl' }`, which the toolbar then
 * shows. The design tokens of the Controls panel (args named `--mlo-…`) are set on the page too,
 * as a partner would set them on `:root`; a token left empty keeps its default.
 */
const withPage: Decorator = (story, { globals, args, viewMode }) => {
  const tokens = { ...themeTokens(globals.theme), ...argTokens(args) };
  const width = WIDTHS.find((preset) => preset.value === globals.width);
  const partnerPage = globals.page === 'partner';
  // On a story's own canvas the theme paints the whole frame, not a box in a white page.
  document.documentElement.dataset.mloCanvas =
    viewMode === 'story' ? (globals.theme ?? 'default') : 'docs';
  // The partner stylesheet styles the whole document: only on a story's own canvas.
  const adopt = partnerPage && viewMode === 'story';
  const sheets = document.adoptedStyleSheets.filter((sheet) => sheet !== partnerSheet);
  document.adoptedStyleSheets = adopt ? [...sheets, partnerSheet] : sheets;
  const page = html`<div
    class="mlo-story"
    lang=${globals.lang ?? DEFAULT_LANG}
    data-theme=${globals.theme ?? 'default'}
    data-page=${partnerPage ? 'partner' : 'plain'}
    style=${styleMap(tokens)}
  >
    ${story()}
  </div>`;
  const framed = width?.px
    ? html`<div class="mlo-frame" data-width=${width.px}>
        <p class="mlo-frame-label">${width.title}</p>
        ${page}
      </div>`
    : page;
  return partnerPage ? partnerLayout(framed) : framed;
};

/**
 * The demo's partner page (demo/index.html) around the story: its header, the story in the main
 * column under a heading, a sidebar, its footer. demo/partner.css styles them.
 */
const partnerLayout = (content: unknown) => html`<header class="site">
    <nav aria-label="Site"><span class="brand">Ministry of Examples</span></nav>
  </header>
  <main>
    <div class="columns">
      <section aria-labelledby="mlo-partner-heading">
        <h1 id="mlo-partner-heading">News from the newsroom</h1>
        ${content}
      </section>
      <aside aria-label="About this page">
        <h2>About this page</h2>
        <p>A partner's page: its own type, colours, columns and footer. The widget inherits them.</p>
      </aside>
    </div>
  </main>
  <footer class="site"><p>Demo page of mlo-newsroom.</p></footer>`;

/** Widths a partner puts a widget in, for the toolbar: the frame is labelled with its size. */
const WIDTHS = [
  { value: 'auto', title: 'Full width', px: 0 },
  { value: 'sidebar', title: 'Sidebar · 300 px', px: 300 },
  { value: 'phone', title: 'Phone · 375 px', px: 375 },
  { value: 'column', title: 'Column · 480 px', px: 480 },
  { value: 'main', title: 'Main column · 720 px', px: 720 },
];

const preview: Preview = {
  decorators: [withPage],
  globalTypes: {
    lang: {
      description: 'Page language the widgets inherit',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // The languages the widgets speak (src/i18n/languages.ts), each in its own words.
        items: LANGS.map((lang) => ({ value: lang, title: languageName(lang) })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Partner page theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (inherits the page)' },
          { value: 'dark', title: 'Dark page' },
          { value: 'partner', title: 'Partner tokens' },
        ],
        dynamicTitle: true,
      },
    },
    page: {
      description: 'The page around the widget',
      toolbar: {
        title: 'Page',
        icon: 'browser',
        items: [
          { value: 'plain', title: 'Plain page', right: 'system sans, 16 px / 1.5' },
          { value: 'partner', title: 'Partner page', right: 'demo/partner.css' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the column the widget sits in',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        items: WIDTHS.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: DEFAULT_LANG, theme: 'default', page: 'plain', width: 'auto' },
  parameters: {
    // Axe violations are errors (in the a11y panel and in test runs), not "todo".
    // Search options are named by their title and described by the rest (the APG pattern);
    // label-content-name-mismatch would take all their text for the label (tests/helpers/axe.ts).
    a11y: {
      test: 'error',
      config: {
        rules: [
          {
            id: 'label-content-name-mismatch',
            selector: ':not([role="option"][aria-labelledby][aria-describedby])',
          },
        ],
      },
    },
    controls: { expanded: true },
    // Designers' pages first (stories/docs/designers.mdx, the tokens playground). Each widget
    // is a folder (`Widgets/News list`): its Docs, Design guide, Default and Playground, then
    // the sub-folders Variants, States, Languages, Themes & widths (one stories file each), and
    // in States "All states" first.
    options: {
      // Plain JavaScript only: Storybook reads this function's source text and evaluates it,
      // so its parameters cannot be annotated (they are Storybook's index entries).
      // @ts-expect-error -- implicit any: see above.
      storySort: (a, b) => {
        const sections = [
          'Design/Using the catalogue',
          'Design/Tokens playground',
          'Design',
          'Widgets',
          'Docs',
        ];
        const folders = ['', 'Variants', 'States', 'Languages', 'Themes & widths'];
        const first = ['Docs', 'Design guide', 'Default', 'Playground', 'All states'];
        // (Defaults give the parameters their types: see above.)
        const rank = (list = first, value = '') => {
          const i = list.indexOf(value);
          return i < 0 ? list.length : i;
        };
        const key = (entry = a) => {
          const parts = entry.title.split('/');
          const widget = parts[0] === 'Widgets';
          return {
            section: rank(
              sections,
              sections.find((s) => entry.title === s || entry.title.startsWith(s + '/')),
            ),
            // A widget's stories stay together, its own before its folders'.
            owner: widget ? parts.slice(0, 2).join('/') : entry.title,
            folder: widget ? rank(folders, parts.slice(2).join('/')) : 0,
            name: rank(first, entry.name),
          };
        };
        const [ka, kb] = [key(a), key(b)];
        return (
          ka.section - kb.section ||
          ka.owner.localeCompare(kb.owner) ||
          ka.folder - kb.folder ||
          ka.name - kb.name
        );
      },
    },
    docs: {
      // "Show code" is what a partner pastes (stories/snippet.ts), not the story's wrapper.
      source: {
        type: 'dynamic',
        transform: (
          code: string,
          context?: { args?: Record<string, unknown>; globals?: Record<string, unknown> },
        ) =>
          pasteable(code, {
            ...themeTokens(context?.globals?.theme),
            ...argTokens(context?.args ?? {}),
          }),
      },
      extractArgTypes: (tagName: string) => (manifest ? argTypesOf(manifest, tagName) : null),
    },
  },
};

export default preview;

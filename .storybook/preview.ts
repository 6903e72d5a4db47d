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
  // On a story's own canvas the theme paints the whole frame, not a box in a white page.
  document.documentElement.dataset.mloCanvas =
    viewMode === 'story' ? (globals.theme ?? 'default') : 'docs';
  const page = html`<div
    class="mlo-story"
    lang=${globals.lang ?? DEFAULT_LANG}
    data-theme=${globals.theme ?? 'default'}
    style=${styleMap(tokens)}
  >
    ${story()}
  </div>`;
  if (!width?.px) return page;
  return html`<div class="mlo-frame" data-width=${width.px}>
    <p class="mlo-frame-label">${width.title}</p>
    ${page}
  </div>`;
};

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
  initialGlobals: { lang: DEFAULT_LANG, theme: 'default', width: 'auto' },
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
    // Designers' pages first (stories/docs/designers.mdx, the tokens playground).
    // Within an element: Docs, Default, All states, then variants, states, languages, themes
    // and widths (each story's name starts with its group: "State · Loading").
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
        const groups = [
          'Docs',
          'Default',
          'All states',
          'Variant',
          'State',
          'Language',
          'Theme',
          'Width',
        ];
        const [sa, sb] = [a, b].map((entry) => {
          const i = sections.findIndex((s) => entry.title === s || entry.title.startsWith(s + '/'));
          return i < 0 ? sections.length : i;
        });
        const [ga, gb] = [a, b].map((entry) => {
          const i = groups.findIndex((g) => entry.name === g || entry.name.startsWith(g + ' ·'));
          return i < 0 ? groups.length : i;
        });
        return sa - sb || a.title.localeCompare(b.title) || ga - gb;
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

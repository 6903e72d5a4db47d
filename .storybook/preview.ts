import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run manifest`, which `storybook` and `build-storybook` run first (pre-scripts).
import manifest from '../dist/custom-elements.json';
import '../src/define.js';
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

// Controls, the args table and autodocs come from the same JSDoc contract the package ships.
setCustomElementsManifest(manifest);

/**
 * Each story sits in a partner-like page: the toolbar's language is the `lang` the widgets
 * inherit, its theme the page colours and tokens they inherit (preview.css).
 */
const withPage: Decorator = (story, { globals }) =>
  html`<div class="mlo-story" lang=${globals.lang ?? 'en'} data-theme=${globals.theme ?? 'default'}>${story()}</div>`;

const preview: Preview = {
  decorators: [withPage],
  globalTypes: {
    lang: {
      description: 'Page language the widgets inherit',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'sr-Latn', title: 'Srpski (latinica)' },
          { value: 'sr-Cyrl', title: 'Српски (ћирилица)' },
        ],
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
  },
  initialGlobals: { lang: 'en', theme: 'default' },
  parameters: {
    // Axe violations are errors (in the a11y panel and in test runs), not "todo".
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;

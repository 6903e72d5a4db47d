/**
 * Controls every widget story shares. The option lists come from the code: the languages from
 * src/i18n/languages.ts, the item types from src/feed/types.ts; `layout`, `pick` and the other
 * attributes get theirs from custom-elements.json (.storybook/arg-types.ts).
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { ITEM_TYPES, type ItemType } from '../src/feed/types.js';
import { LANGS, type Lang } from '../src/i18n/languages.js';

export { ITEM_TYPES, LANGS };
export type { ItemType, Lang };

/** A language in its own words ("English", "srpski (latinica)", "српски (ћирилица)"). */
export function languageName(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** The arguments every data-driven widget takes besides its own. */
export interface FeedArgs {
  /** A feed URL; empty: the sample newsroom, handed over as `.feed`. */
  src: string;
  timeout?: number;
  /** The widget's own `lang`; empty: the page's (the Language toolbar). */
  lang: Lang | '';
}

export const feedArgs: FeedArgs = { src: '', lang: '' };

export const feedArgTypes: ArgTypes<FeedArgs> = {
  src: {
    description:
      'URL of the JSON Feed. Empty here: the stories hand the sample newsroom over as `.feed`, ' +
      'which wins over `src`. Try `./data/newsroom.json`.',
  },
  timeout: { control: { type: 'number', min: 0, step: 1000 } },
  lang: {
    name: 'lang',
    description:
      "The widget's own language (the HTML `lang` attribute), which wins over the page's. " +
      'Empty: the page language, set with the Language button in the toolbar.',
    options: ['', ...LANGS],
    control: {
      type: 'select',
      labels: {
        '': "The page's (toolbar)",
        ...Object.fromEntries(LANGS.map((lang) => [lang, languageName(lang)])),
      },
    },
    table: {
      category: 'attributes',
      type: { summary: LANGS.map((lang) => `'${lang}'`).join(' | ') },
    },
  },
};

/**
 * `type`, an attribute of space-separated item types, as checkboxes of the feed's types; the
 * story joins the checked ones (`article statement visit`).
 */
export const itemTypesArgType = (description: string): ArgTypes[string] => ({
  description,
  options: [...ITEM_TYPES],
  control: { type: 'check' },
});

/**
 * `heading-level` as a select of the levels the element accepts (up to 6). Named after the
 * attribute: a story's own arg type would otherwise show the property name.
 */
export const headingLevelArgType = (lowest: number): ArgTypes[string] => ({
  name: 'heading-level',
  options: Array.from({ length: 7 - lowest }, (_, i) => lowest + i),
  control: { type: 'select' },
});

/** The language layer: languages, messages, dates and Serbian transliteration. No DOM, no Lit. */
export {
  DEFAULT_LANG,
  LANGS,
  intlLocale,
  isSerbian,
  matchLang,
  serbianScript,
  type Lang,
  type SerbianScript,
} from './languages.js';
export {
  cyrillicToLatin,
  latinToCyrillic,
  toScript,
  transliterate,
  type TranslitOptions,
} from './translit.js';
export {
  ERROR_REASONS,
  deriveCyrillic,
  t,
  type ErrorDetails,
  type ErrorReason,
  type Messages,
} from './messages.js';
export { formatList, formatNumber, plural, pluralCategory, type PluralForms } from './format.js';
export { formatDate, parseDate, type DateStyle } from './dates.js';

/** The language layer: languages, messages, dates and Serbian transliteration. No DOM, no Lit. */
export {
  DEFAULT_LANG,
  LANGS,
  intlLocale,
  isSerbian,
  matchLang,
  serbianScript,
  type Lang,
} from './languages.js';
export { cyrillicToLatin, latinToCyrillic, toScript, transliterate } from './translit.js';
export { ERROR_REASONS, t, type Messages } from './messages.js';
export { languageReady } from './language-pack.js';
export { formatList, formatNumber, plural, pluralCategory } from './format.js';
export { formatDate, parseDate } from './dates.js';

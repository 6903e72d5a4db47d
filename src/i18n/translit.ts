/**
 * Serbian transliteration, Latin ↔ Cyrillic (Vuk's alphabet ↔ Gaj's Latin alphabet), one letter
 * for one letter except the digraphs lj, nj, dž, which are single Cyrillic letters (љ, њ, џ).
 *
 * A word is never written in two scripts: Serbian Cyrillic writes acronyms in Cyrillic too
 * (НАТО, КФОР-а, ЕУ, УН, as the government's sites and the office's own name do), and a
 * hyphenated word ("KFOR-a", "Wi-Fi") is converted whole or kept whole.
 *
 * Text that is not Serbian stays as written: URLs, e-mail addresses, domain names, numbers and
 * words with digits ("F-16"), the technical acronyms in `TECHNICAL` (HTTP, URL, JSON, ...),
 * words with letters Serbian Latin does not have (q, w, x, y, é, ü, ...: "XML", "Wi-Fi"),
 * camel-case words ("iPhone", "McDonald"), words with doubled consonants or a "ch", which Serbian
 * spelling never writes ("Marinelli", "Scott", "Michel"), and a Roman numeral after a name
 * ("Karlo V", "Petar II": Serbian Cyrillic writes Roman numerals in Latin letters).
 * Anything else (a foreign name like "Mark Rutte") can be protected with `keep`; a feed names
 * such words in `_mlo.keep`.
 * "dj" is not read as đ: it is ambiguous ("nadjačati" is nad-jačati).
 */
import { fromCodes } from '../util/codes.js';
import { isSerbian, serbianScript, type Lang } from './languages.js';
import { mapWords } from './words.js';

export interface TranslitOptions {
  /** Spans to leave untouched: literal strings (every occurrence, case-sensitive) or regular expressions. */
  keep?: readonly (string | RegExp)[];
}

const LAT_TO_CYR: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
  // Unicode's single-code-point digraphs (U+01C4–U+01CC), lower case; upper and title case fold here.
  ǆ: 'џ',
  ǉ: 'љ',
  ǌ: 'њ',
  // The Icelandic eth (Ð ð) is a common look-alike typed for Đ đ.
  ð: 'ђ',
};
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };
const CYR_TO_LAT: Record<string, string> = Object.fromEntries(
  [
    ...Object.entries(LAT_TO_CYR).filter(([lat]) => !'ǆǉǌð'.includes(lat)),
    ...Object.entries(DIGRAPHS),
  ].map(([lat, cyr]) => [cyr, lat]),
);

/**
 * Where lj/nj/dž are two letters, not one: a prefix ending in n/d meets a stem starting in j/ž.
 * Each entry is a stem found anywhere in a word, with `|` marking the split. Only the common
 * cases: in-jekcija, kon-junktura, kon-jugacija, kon-jektura, van-jezički, van-jugoslovenski,
 * van-jevropski; nad-živeti, od-žaliti, od-živeti,
 * pod-župan, pod-žanr, pod-žariti, pod-/pred-želudac. "odžak" and "nadžak" keep their џ.
 */
const DIGRAPH_EXCEPTIONS: readonly [stem: string, split: number][] = [
  'in|jek',
  'kon|junk',
  'kon|jug',
  'kon|jekt',
  'van|jez',
  'van|jug',
  'van|jevr',
  'nad|živ',
  'nad|žup',
  'od|žal',
  'od|živ',
  'pod|žup',
  'pod|žanr',
  'pod|žar',
  'd|želud',
].map((entry) => [entry.replace('|', ''), entry.indexOf('|')]);

const SERBIAN_LATIN_WORD = /^[a-pr-vzčćđšžðǄ-ǌ]+$/iu;
const SERBIAN_CYRILLIC_WORD = /^[абвгдђежзијклљмнњопрстћуфхцчџш]+$/iu;
/**
 * Acronyms of the web and of computing, kept in Latin in Cyrillic text as Serbian IT writing does
 * (and as the catalog writes them): "HTTP", "JSON". Every other all-caps word is transliterated.
 */
const TECHNICAL: ReadonlySet<string> = new Set([
  'API',
  'CORS',
  'CSS',
  'DNS',
  'GB',
  'GPS',
  'HTML',
  'HTTP',
  'HTTPS',
  'ID',
  'IP',
  'JSON',
  'KB',
  'MB',
  'PDF',
  'RSS',
  'SMS',
  'SSL',
  'TB',
  'TLS',
  'URL',
  'USB',
]);
/** A Roman numeral (I to MMMCMXCIX), as written after a ruler's name. */
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A name, then one space, right before a Roman numeral ("Karlo V"); checked on a short window. */
const NAME_BEFORE = /\p{Lu}\p{Ll}+ $/u;
/** An initial rather than a numeral: "Ivan V. Petrović". */
const INITIAL_AFTER = /^\. ?\p{Lu}/u;
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;
/** Doubled consonants Serbian spelling never writes, and "ch", which it never has. */
const FOREIGN_PATTERN = /bb|cc|ff|gg|kk|ll|mm|pp|rr|ss|tt|ch/iu;

/**
 * A Roman numeral right after a name: "Karlo V", "Petar II", "Luj XIV." Single letters only as
 * I and V (no ruler is the 50th), and not an initial before a surname ("Ivan V. Petrović").
 */
function isRomanAfterName(word: string, at: number, text: string): boolean {
  if (
    !'IVXLCDM'.includes(word[0]) ||
    !ROMAN.test(word) ||
    (word.length === 1 && word !== 'I' && word !== 'V')
  )
    return false;
  if (word.length === 1 && INITIAL_AFTER.test(text.slice(at + 1, at + 4))) return false;
  return NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/** Capitals of Latin letters and digraphs, remembered: a case call per letter was slow (#31). */
const uppers: Record<string, string> = {};
const upperOf = (s: string): string => (uppers[s] ??= s.toUpperCase());

/** Whether one part of a Latin-script word should be read as Serbian (see the module comment). */
function isSerbianLatin(word: string): boolean {
  if (!SERBIAN_LATIN_WORD.test(word) || TECHNICAL.has(word)) return false;
  return !CAMEL_CASE.test(word) && !FOREIGN_PATTERN.test(word);
}

/**
 * Words already converted, per direction. Prose repeats its words (a 1 MB article has some tens
 * of thousands of distinct ones), and converting a word is a dozen regex tests and a loop, so
 * this is the difference between seconds and a fraction of one on a long body (bench section 6).
 * Bounded: short words only, and the whole map is dropped when it fills.
 */
const MAX_CACHED = 20_000;
const MAX_CACHED_WORD = 48;
const toCyrillicCache = new Map<string, string>();
const toLatinCache = new Map<string, string>();

function cached(
  cache: Map<string, string>,
  word: string,
  convert: (word: string) => string,
): string {
  if (word.length > MAX_CACHED_WORD) return convert(word);
  let out = cache.get(word);
  if (out === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    out = convert(word);
    cache.set(word, out);
  }
  return out;
}

/** A hyphenated word converts only if every part does: one script per word. */
function wordToCyrillic(raw: string, at: number, text: string): string {
  // The one conversion that depends on the words around: a Roman numeral after a name.
  if (isRomanAfterName(raw, at, text)) return raw;
  return cached(toCyrillicCache, raw, convertToCyrillic);
}

function convertToCyrillic(raw: string): string {
  const parts = raw.normalize('NFC').split('-');
  if (!parts.every(isSerbianLatin)) return raw;
  return parts.map(partToCyrillic).join('-');
}

function partToCyrillic(word: string): string {
  const lower = word.toLowerCase();
  const splits = new Set<number>();
  for (const [stem, split] of DIGRAPH_EXCEPTIONS) {
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1))
      splits.add(at + split - 1);
  }
  const codes = new Uint16Array(word.length);
  let length = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const low = lower[i];
    const next = lower[i + 1];
    const digraph =
      (next === 'j' || next === 'ž') && !splits.has(i) ? DIGRAPHS[low + next] : undefined;
    const cyr = digraph ?? LAT_TO_CYR[low] ?? ch;
    // A letter of a Serbian Latin word is a capital (or a title-case digraph, ǅ) when it is not
    // its own lower case, and its Cyrillic letter is then in а–џ (U+0430–U+045F), whose capital
    // is 0x20 or 0x50 below: no case calls per letter (they were slow, #31).
    const code = cyr.charCodeAt(0);
    codes[length++] = ch === low ? code : code - (code < 0x450 ? 0x20 : 0x50);
    if (digraph) i++;
  }
  return fromCodes(codes, length);
}

function wordToLatin(raw: string): string {
  return cached(toLatinCache, raw, convertToLatin);
}

function convertToLatin(raw: string): string {
  const parts = raw.split('-');
  return parts.every((part) => SERBIAN_CYRILLIC_WORD.test(part))
    ? parts.map(partToLatin).join('-')
    : raw;
}

function partToLatin(word: string): string {
  // A letter's case from the word's, changed whole: both keep every letter of a Serbian Cyrillic
  // word in its place (one unit each), and two case calls per letter were most of the time on a
  // long word (#31). Each letter is one or two units (Љ: LJ), written into a buffer.
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const isUpper = (i: number) => word[i] !== lower[i] && word[i] === upper[i];
  const codes = new Uint16Array(word.length * 2);
  let length = 0;
  for (let i = 0; i < word.length; i++) {
    let lat = CYR_TO_LAT[lower[i]] ?? word[i];
    // Љ in "ЉУБЉАНА" is LJ, in "Љубљана" Lj: follow the neighbouring letter's case.
    if (isUpper(i))
      lat =
        lat.length === 1 || isUpper(i + 1 < word.length ? i + 1 : i - 1)
          ? upperOf(lat)
          : upperOf(lat[0]) + lat.slice(1);
    for (let k = 0; k < lat.length; k++) codes[length++] = lat.charCodeAt(k);
  }
  return fromCodes(codes, length);
}

/** Serbian Latin → Cyrillic, leaving non-Serbian text (see the module comment) as written. */
export function latinToCyrillic(text: string, options: TranslitOptions = {}): string {
  return mapWords(text, options.keep ?? [], wordToCyrillic);
}

/** Serbian Cyrillic → Latin; words with non-Serbian Cyrillic letters (я, ы, ...) stay as written. */
export function cyrillicToLatin(text: string, options: TranslitOptions = {}): string {
  return mapWords(text, options.keep ?? [], wordToLatin);
}

type SerbianLang = Extract<Lang, `sr-${string}`>;

/** Converts Serbian text between the two scripts; the same script on both sides returns it as is. */
export function transliterate(
  text: string,
  from: SerbianLang,
  to: SerbianLang,
  options: TranslitOptions = {},
): string {
  if (from === to) return text;
  return to === 'sr-Cyrl' ? latinToCyrillic(text, options) : cyrillicToLatin(text, options);
}

/**
 * Feed text in the script of the UI: Serbian content shown under a Serbian UI of the other script
 * is converted; anything else (English content, an English UI, an unknown source) is unchanged.
 * A Serbian source tag without a script (`sr`, `sr-RS`) does not say how the text is written, so
 * it is converted to the target script: both directions leave text already in it as it is.
 */
export function toScript(
  text: string,
  sourceLang: string | null | undefined,
  targetLang: Lang,
  options: TranslitOptions = {},
): string {
  if (targetLang === 'en' || !isSerbian(sourceLang)) return text;
  const target = targetLang === 'sr-Latn' ? 'Latn' : 'Cyrl';
  if (serbianScript(sourceLang) === target) return text;
  return target === 'Cyrl' ? latinToCyrillic(text, options) : cyrillicToLatin(text, options);
}

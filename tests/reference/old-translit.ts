// src/i18n/translit.ts as it was before #31 made it faster, unchanged but for its imports: the oracle
// that tests/hostile/same-results.test.ts compares the new code with. Not shipped.
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
import { linkRanges } from './old-kept.js';
import { keptWordRanges } from './old-kept-words.js';
import { isSerbian, serbianScript, type Lang } from '../../src/i18n/languages.js';

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
 * A word with its hyphenated parts ("KFOR-a", "F-16", "Wi-Fi"): converted whole or kept whole.
 * The hyphen is outside the letter class, so each run has one way to match (linear).
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/** Merged, sorted [start, end) ranges of the text that must not change. */
function keptRanges(text: string, keep: readonly (string | RegExp)[]): [number, number][] {
  const ranges: [number, number][] = linkRanges(text);
  // The words, all at once (one pass over the text, whatever their number); the patterns after.
  if (keep.length) keptWordRanges(text, keep, ranges);
  for (const rule of keep) {
    if (typeof rule === 'string') continue;
    // redos-checked: the caller's own pattern (`keep` is a developer option, never feed data).
    const global = rule.global ? rule : new RegExp(rule.source, `${rule.flags}g`);
    for (const match of text.matchAll(global)) {
      if (match[0]) ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Applies `convert` to every word outside the kept ranges; `at` is the word's index in `text`. */
function mapWords(
  text: string,
  options: TranslitOptions,
  convert: (word: string, at: number, text: string) => string,
): string {
  let out = '';
  let from = 0;
  for (const [start, end] of [
    ...keptRanges(text, options.keep ?? []),
    [text.length, text.length],
  ]) {
    const offset = from;
    out +=
      text
        .slice(from, start)
        .replace(WORD, (word: string, at: number) => convert(word, offset + at, text)) +
      text.slice(start, end);
    from = end;
  }
  return out;
}

/**
 * A Roman numeral right after a name: "Karlo V", "Petar II", "Luj XIV." Single letters only as
 * I and V (no ruler is the 50th), and not an initial before a surname ("Ivan V. Petrović").
 */
function isRomanAfterName(word: string, at: number, text: string): boolean {
  if (!ROMAN.test(word) || (word.length === 1 && word !== 'I' && word !== 'V')) return false;
  if (word.length === 1 && INITIAL_AFTER.test(text.slice(at + 1, at + 4))) return false;
  return NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

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
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const digraph = splits.has(i) ? undefined : DIGRAPHS[lower.slice(i, i + 2)];
    const cyr = digraph ?? LAT_TO_CYR[lower[i]] ?? ch;
    out += isUpper(ch) || ch === 'ǅ' || ch === 'ǈ' || ch === 'ǋ' ? cyr.toUpperCase() : cyr;
    if (digraph) i++;
  }
  return out;
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
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const lat = CYR_TO_LAT[ch.toLowerCase()] ?? ch;
    if (!isUpper(ch)) out += lat;
    else if (lat.length === 1) out += lat.toUpperCase();
    else {
      // Љ in "ЉУБЉАНА" is LJ, in "Љубљана" Lj: follow the neighbouring letter's case.
      const neighbour = i + 1 < word.length ? word[i + 1] : word[i - 1];
      out += isUpper(neighbour) ? lat.toUpperCase() : lat[0].toUpperCase() + lat.slice(1);
    }
  }
  return out;
}

/** Serbian Latin → Cyrillic, leaving non-Serbian text (see the module comment) as written. */
export function latinToCyrillic(text: string, options: TranslitOptions = {}): string {
  return mapWords(text, options, wordToCyrillic);
}

/** Serbian Cyrillic → Latin; words with non-Serbian Cyrillic letters (я, ы, ...) stay as written. */
export function cyrillicToLatin(text: string, options: TranslitOptions = {}): string {
  return mapWords(text, options, wordToLatin);
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

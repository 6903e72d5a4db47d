/**
 * Serbian transliteration, Latin ↔ Cyrillic (Vuk's alphabet ↔ Gaj's Latin alphabet), one letter
 * for one letter except the digraphs lj, nj, dž, which are single Cyrillic letters (љ, њ, џ).
 *
 * Text that is not Serbian stays as written: URLs, e-mail addresses, domain names, numbers and
 * words with digits ("F-16"), all-caps acronyms ("NATO", "KFOR", "SACEUR"), words with letters
 * Serbian Latin does not have (q, w, x, y, é, ü, ...), camel-case words ("iPhone", "McDonald")
 * and words with doubled consonants or a "ch", which Serbian spelling never writes ("Marinelli",
 * "Scott", "Michel").
 * Anything else (a foreign name like "Tod D. Wolters") can be protected with `keep`.
 * "dj" is not read as đ: it is ambiguous ("nadjačati" is nad-jačati).
 */
import { linkRanges } from './kept.js';
import { isSerbian, serbianScript, type Lang } from './languages.js';

export interface TranslitOptions {
  /** Spans to leave untouched: literal strings (case-sensitive) or regular expressions. */
  keep?: readonly (string | RegExp)[];
}

const LAT_TO_CYR: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х',
  i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш',
  t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
  // Unicode's single-code-point digraphs (U+01C4–U+01CC), lower case; upper and title case fold here.
  ǆ: 'џ', ǉ: 'љ', ǌ: 'њ',
  // The Icelandic eth (Ð ð) is a common look-alike typed for Đ đ.
  ð: 'ђ',
};
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };
const CYR_TO_LAT: Record<string, string> = Object.fromEntries([
  ...Object.entries(LAT_TO_CYR).filter(([lat]) => !'ǆǉǌð'.includes(lat)),
  ...Object.entries(DIGRAPHS),
].map(([lat, cyr]) => [cyr, lat]));

/**
 * Where lj/nj/dž are two letters, not one: a prefix ending in n/d meets a stem starting in j/ž.
 * Each entry is a stem found anywhere in a word, with `|` marking the split. Only the common
 * cases: in-jekcija, kon-junktura, kon-jugacija, van-jezički; nad-živeti, od-žaliti, od-živeti,
 * pod-župan, pod-žanr, pod-žariti, pod-/pred-želudac. "odžak" and "nadžak" keep their џ.
 */
const DIGRAPH_EXCEPTIONS: readonly [stem: string, split: number][] = [
  'in|jek', 'kon|junk', 'kon|jug', 'van|jez',
  'nad|živ', 'nad|žup', 'od|žal', 'od|živ', 'pod|žup', 'pod|žanr', 'pod|žar', 'd|želud',
].map((entry) => [entry.replace('|', ''), entry.indexOf('|')]);

const SERBIAN_LATIN_WORD = /^[a-pr-vzčćđšžðǄ-ǌ]+$/iu;
const SERBIAN_CYRILLIC_WORD = /^[абвгдђежзијклљмнњопрстћуфхцчџш]+$/iu;
const ACRONYM = /^\p{Lu}{2,}$/u;
const SERBIAN_MARKER = /[čćšžđðǄǅǇǈǊǋ]|lj|nj|dž/iu;
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;
/** Doubled consonants Serbian spelling never writes, and "ch", which it never has. */
const FOREIGN_PATTERN = /bb|cc|ff|gg|kk|ll|mm|pp|rr|ss|tt|ch/iu;
/** A word, or a designation whose letters are tied to digits ("F-16", "C-130J", "A4"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-\p{N}[\p{L}\p{M}\p{N}]*)*/gu;

/** Merged, sorted [start, end) ranges of the text that must not change. */
function keptRanges(text: string, keep: readonly (string | RegExp)[]): [number, number][] {
  const ranges: [number, number][] = linkRanges(text);
  for (const rule of keep) {
    if (typeof rule === 'string') {
      if (!rule) continue;
      for (let at = text.indexOf(rule); at >= 0; at = text.indexOf(rule, at + rule.length)) {
        ranges.push([at, at + rule.length]);
      }
      continue;
    }
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

/** Applies `convert` to every word outside the kept ranges. */
function mapWords(text: string, options: TranslitOptions, convert: (word: string) => string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of [...keptRanges(text, options.keep ?? []), [text.length, text.length]]) {
    out += text.slice(from, start).replace(WORD, convert) + text.slice(start, end);
    from = end;
  }
  return out;
}

const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Whether a Latin-script word should be read as Serbian (see the module comment). */
function isSerbianLatin(word: string): boolean {
  if (!SERBIAN_LATIN_WORD.test(word)) return false;
  if (ACRONYM.test(word) && !SERBIAN_MARKER.test(word)) return false;
  return !CAMEL_CASE.test(word) && !FOREIGN_PATTERN.test(word);
}

function wordToCyrillic(raw: string): string {
  const word = raw.normalize('NFC');
  if (!isSerbianLatin(word)) return raw;
  const lower = word.toLowerCase();
  const splits = new Set<number>();
  for (const [stem, split] of DIGRAPH_EXCEPTIONS) {
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) splits.add(at + split - 1);
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const digraph = splits.has(i) ? undefined : DIGRAPHS[lower.slice(i, i + 2)];
    const cyr = digraph ?? LAT_TO_CYR[lower[i] as string] ?? ch;
    out += isUpper(ch) || ch === 'ǅ' || ch === 'ǈ' || ch === 'ǋ' ? cyr.toUpperCase() : cyr;
    if (digraph) i++;
  }
  return out;
}

function wordToLatin(word: string): string {
  if (!SERBIAN_CYRILLIC_WORD.test(word)) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const lat = CYR_TO_LAT[ch.toLowerCase()] ?? ch;
    if (!isUpper(ch)) out += lat;
    else if (lat.length === 1) out += lat.toUpperCase();
    else {
      // Љ in "ЉУБЉАНА" is LJ, in "Љубљана" Lj: follow the neighbouring letter's case.
      const neighbour = i + 1 < word.length ? word[i + 1] : word[i - 1];
      out += isUpper(neighbour) ? lat.toUpperCase() : (lat[0] as string).toUpperCase() + lat.slice(1);
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

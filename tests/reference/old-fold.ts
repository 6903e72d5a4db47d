// src/search/fold.ts as it was before #31 made it faster, unchanged but for its imports: the oracle
// that tests/hostile/same-results.test.ts compares the new code with. Not shipped.
/**
 * Folding: the one normal form that both the index and every query pass through, so that
 * `vucic`, `Vučić`, `VUČIĆ` and `Вучић` are the same word.
 *
 * Per UTF-16 unit, in this order: lower-case, Serbian (and wider) Cyrillic to Serbian Latin,
 * a few letters NFD does not decompose (đ ß æ ø ł ...), NFD with combining marks dropped.
 * Invisible characters (soft hyphen, zero-width space/joiners, BOM) vanish.
 *
 * Đ: users type "djokovic" as often as "dokovic" for Đoković. Folding maps đ/ђ to "d" AND
 * contracts every "dj" to "d", on both sides, so all four spellings fold to "dokovic".
 * English words lose their j after d too ("adjutant" folds to "adutant"), harmlessly, as the
 * query folds the same way. Dž/џ fold to "dz", lj/љ to "lj", nj/њ to "nj".
 */

/** Cyrillic (Serbian first, then Russian, Ukrainian, Macedonian extras), lower case only. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'd',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
  й: 'j',
  ы: 'y',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  щ: 'sc',
  ъ: '',
  ь: '',
  ё: 'e',
  є: 'e',
  і: 'i',
  ї: 'i',
  ґ: 'g',
  ў: 'u',
  ѓ: 'g',
  ќ: 'k',
  ѕ: 'dz',
};

/** Letters that NFD leaves alone but a reader treats as a base letter plus decoration. */
const SPECIAL: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  ς: 'σ',
  ſ: 's',
  ǆ: 'dz',
  ǉ: 'lj',
  ǌ: 'nj', // the last three: single-letter Latin digraphs
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
};

const cache = new Array<string | undefined>(0x10000);

function isMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

function foldCode(code: number): string {
  const hit = cache[code];
  if (hit !== undefined) return hit;
  let out: string;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) {
    out = ch; // half of a surrogate pair: passes through, later treated as a separator
  } else if (isMark(code)) {
    out = '';
  } else {
    const lower = ch.toLowerCase();
    const direct = Object.hasOwn(CYRILLIC, lower)
      ? CYRILLIC[lower]
      : Object.hasOwn(SPECIAL, lower)
        ? SPECIAL[lower]
        : undefined;
    out = direct ?? '';
    if (direct === undefined) {
      for (const part of lower.normalize('NFD')) {
        if (!isMark(part.charCodeAt(0))) out += SPECIAL[part] ?? part;
      }
    }
  }
  cache[code] = out;
  return out;
}

/** Folded text with, per folded UTF-16 unit, the original range it came from. */
export interface FoldedText {
  folded: string;
  /** Original start index of folded unit i. */
  start: Int32Array;
  /** Original end index (exclusive) of folded unit i. */
  end: Int32Array;
}

const D = 100; // 'd'

/** True when `text` needs nothing but `toLowerCase()`: plain ASCII without a "dj". */
function asciiFast(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return (
    text.indexOf('dj') < 0 &&
    text.indexOf('dJ') < 0 &&
    text.indexOf('Dj') < 0 &&
    text.indexOf('DJ') < 0
  );
}

/** Folds case, diacritics and script. The result may be shorter or longer than the input. */
export function fold(text: string): string {
  if (asciiFast(text)) return text.toLowerCase();
  return foldCore(text, null);
}

/** `fold`, plus the map from folded offsets back to the original string (for highlighting). */
export function foldWithMap(text: string): FoldedText {
  const start: number[] = [];
  const end: number[] = [];
  const folded = foldCore(text, { start, end });
  return { folded, start: Int32Array.from(start), end: Int32Array.from(end) };
}

function foldCore(text: string, map: { start: number[]; end: number[] } | null): string {
  let out = '';
  let runStart = 0; // start of a run of units that fold to themselves
  let prev = -1; // last folded unit emitted, for the "dj" contraction
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f =
      code < 128
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : text[i]
        : foldCode(code);
    const same = f.length === 1 && f.charCodeAt(0) === code;
    const dropJ = f === 'j' && prev === D;
    if (same && !dropJ) {
      if (map) {
        map.start.push(i);
        map.end.push(i + 1);
      }
      prev = code;
      continue;
    }
    out += text.slice(runStart, i);
    runStart = i + 1;
    if (f.length === 0 || dropJ) {
      // Nothing of this unit survives: the previous folded unit now also covers it.
      if (map && map.end.length > 0) map.end[map.end.length - 1] = i + 1;
      continue;
    }
    out += f;
    if (map)
      for (let k = 0; k < f.length; k++) {
        map.start.push(i);
        map.end.push(i + 1);
      }
    prev = f.charCodeAt(f.length - 1);
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

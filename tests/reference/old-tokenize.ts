// src/search/tokenize.ts as it was before #31 made it faster, unchanged but for its imports: the oracle
// that tests/hostile/same-results.test.ts compares the new code with. Not shipped.
import { fold } from './old-fold.js';

/**
 * Words are maximal runs of letters and digits in folded text. Everything else (spaces,
 * punctuation, apostrophes, hyphens, symbols, emoji) separates words, so "KFOR-led" is two.
 */

const kind = new Uint8Array(0x10000); // 0 unknown, 1 word unit, 2 separator
const WORD = /^[\p{L}\p{N}]$/u;

/** Whether a UTF-16 unit of folded text belongs to a word. */
function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  let k = kind[code];
  if (k === 0) {
    k = code >= 0xd800 && code <= 0xdfff ? 2 : WORD.test(String.fromCharCode(code)) ? 1 : 2;
    kind[code] = k;
  }
  return k === 1;
}

/** Calls `each(start, end)` for every word in already folded text. */
export function forEachWord(folded: string, each: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    if (isWordUnit(folded.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      each(start, i);
      start = -1;
    }
  }
  if (start >= 0) each(start, folded.length);
}

/** The folded words of `text`, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  const folded = fold(text);
  const out: string[] = [];
  forEachWord(folded, (s, e) => out.push(folded.slice(s, e)));
  return out;
}

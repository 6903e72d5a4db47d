/**
 * What a UTF-16 unit is, for the scanners of transliteration (links kept, `kept.ts`; words,
 * `words.ts`): each class's pattern is tested once per unit and remembered in a table, where a
 * regex test per character of a megabyte was most of the time (#31). A surrogate half alone is in none of the
 * `u` classes, as in a `u` pattern; the patterns are the ones `kept.ts` tested per character.
 */
const kinds = new Uint8Array(0x10000);

/** The classes, bit 2 << index in a kind (bit 1: known). */
const CLASSES = [
  /[\p{L}\p{N}]/u,
  /[\p{L}\p{N}-]/u,
  /[\p{L}\p{N}._%+-]/u,
  /[a-z0-9+.-]/i,
  /[a-z]/i,
  /[\p{L}\p{M}\p{N}]/u,
];
/** A letter or digit; that or `-`: a domain label's; that or `._%+`: an address's local part. */
export const LETTER_OR_DIGIT = 2;
export const LABEL = 4;
export const LOCAL = 8;
/** A URL scheme's character, an ASCII letter. */
export const SCHEME = 16;
export const ASCII_LETTER = 32;
/** A character of a word that transliteration converts (`words.ts`): a letter, mark or digit. */
export const WORD_CHAR = 64;

/** Whether `code` is in the class `bit`; NaN, past either end of a text, is in none. */
export function is(code: number, bit: number): boolean {
  if (!(code < 0x10000)) return false;
  let k = kinds[code];
  if (!k) {
    const ch = String.fromCharCode(code);
    k = kinds[code] = CLASSES.reduce((k, pattern, i) => (pattern.test(ch) ? k | (2 << i) : k), 1);
  }
  return (k & bit) !== 0;
}

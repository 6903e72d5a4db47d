/**
 * What a UTF-16 unit is, for the scanners of transliteration (`kept.ts`, `translit.ts`): looked
 * up in a table filled on first use, where a regex test per character of a megabyte was most of
 * the time (#31). A surrogate half alone is none of these, as in a `u` regex.
 */
const kinds = new Uint8Array(0x10000);

/** `[\p{L}\p{N}]`: a letter or digit. */
export const LETTER_OR_DIGIT = 2;
/** `[\s<>"]`: ends a token of `linkRanges`. */
export const STOP = 4;
/** `[\p{L}\p{M}\p{N}]`: part of a word of transliteration. */
export const WORD = 8;
/** A code point of a word, astral ones too (a surrogate pair is one code point here). */
export const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** The kinds of `code` as bits (1: known); NaN, past either end of a text, is none. */
export function kind(code: number): number {
  if (!(code < 0x10000)) return 1;
  let k = kinds[code];
  if (!k) {
    const ch = String.fromCharCode(code);
    k = kinds[code] =
      1 |
      (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) |
      (/[\s<>"]/.test(ch) ? STOP : 0) |
      (WORD_CHAR.test(ch) ? WORD : 0);
  }
  return k;
}

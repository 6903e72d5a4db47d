/**
 * The words of a text outside its kept ranges, converted one by one: the loop of transliteration.
 * It was a `slice` and a `replace` per gap between kept ranges, and a keep list that cuts a
 * megabyte into 10^5 pieces made that much garbage (#31 item 5). Here the text is read once, left
 * to right, and only a word that changes is sliced; the result is written into one buffer.
 *
 * A word is what `/[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*\/u` matched on each gap alone: it
 * never crosses a kept range's edge, and a surrogate pair cut by an edge is no letter.
 */
import { linkRanges } from './kept.js';
import { keptWordRanges } from './kept-words.js';
import { is, WORD_CHAR } from './kinds.js';
import { Ranges } from './ranges.js';
import { fromCodes } from '../util/codes.js';

const ASTRAL_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Merged, sorted ranges of the text that must not change. */
function keptRanges(text: string, keep: readonly (string | RegExp)[]): Ranges {
  const ranges = new Ranges();
  for (const [start, end] of linkRanges(text)) ranges.push(start, end);
  // The words, all at once (one pass over the text, whatever their number); the patterns after.
  if (keep.length) keptWordRanges(text, keep, ranges);
  for (const rule of keep) {
    if (typeof rule === 'string') continue;
    // redos-checked: the caller's own pattern (`keep` is a developer option, never feed data).
    const global = rule.global ? rule : new RegExp(rule.source, `${rule.flags}g`);
    for (const match of text.matchAll(global)) {
      if (match[0]) ranges.push(match.index, match.index + match[0].length);
    }
  }
  return ranges.merge();
}

/** How many units the word character at `i` takes (0: none), reading no further than `to`. */
function wordChar(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return is(code, WORD_CHAR) ? 1 : 0;
  const low = text.charCodeAt(i + 1);
  if (code > 0xdbff || i + 1 >= to || !(low >= 0xdc00 && low <= 0xdfff)) return 0;
  return ASTRAL_WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Where the word starting at `i` ends, within `to`. */
function wordEnd(text: string, i: number, to: number): number {
  for (;;) {
    let n: number;
    while (i < to && (n = wordChar(text, i, to))) i += n;
    // A hyphen joins two runs only with a word character after it.
    if (i + 1 < to && text.charCodeAt(i) === 45 && (n = wordChar(text, i + 1, to))) i += 1 + n;
    else return i;
  }
}

/**
 * Applies `convert` to every word outside the ranges `keep` and the links keep; `at` is the
 * word's index in `text`. The text itself when no word changes.
 */
export function mapWords(
  text: string,
  keep: readonly (string | RegExp)[],
  convert: (word: string, at: number, text: string) => string,
): string {
  const kept = keptRanges(text, keep);
  let codes: Uint16Array | undefined;
  let length = 0;
  /** Units of `text` before this are in `codes` already (or the same as the text). */
  let copied = 0;
  const write = (from: number, to: number, source: string) => {
    const need = length + (to - from);
    if (!codes || need > codes.length) {
      const grown = new Uint16Array(
        Math.max(need, length * 2, text.length + (text.length >> 2) + 16),
      );
      if (codes) grown.set(codes.subarray(0, length));
      codes = grown;
    }
    for (let i = from; i < to; i++) codes[length++] = source.charCodeAt(i);
  };
  let from = 0;
  for (let r = 0; r <= kept.length; r++) {
    const to = r < kept.length ? kept.starts[r] : text.length;
    let i = from;
    while (i < to) {
      if (!wordChar(text, i, to)) {
        i++;
        continue;
      }
      const end = wordEnd(text, i, to);
      const word = text.slice(i, end);
      const converted = convert(word, i, text);
      if (converted !== word) {
        write(copied, i, text);
        write(0, converted.length, converted);
        copied = end;
      }
      i = end;
    }
    if (r < kept.length) from = kept.ends[r];
  }
  if (!codes) return text;
  write(copied, text.length, text);
  return fromCodes(codes, length);
}

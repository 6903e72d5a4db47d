/**
 * The entries of one part of the archive index (archive-format.ts), by key: words grouped by
 * their first three letters (a group bigger than a shard splits by the fourth, behind a prefix
 * entry for the three), and a prefix entry for every one- and two-letter start of a word.
 * A prefix entry carries the docs of its own best results: the first keystrokes, the costly
 * ones, then need no docs file.
 */
import type { FeedItem } from '../../../src/feed/types.js';
import { KEY_LENGTH, TOP_DOCS, encodePostings, keyOf } from '../../../src/search/archive-format.js';
import { toDoc } from '../../../src/search/archive-docs.js';
import { EXACT, PREFIX } from '../../../src/search/archive-part.js';
import { FIELD_BITS, MASK_WEIGHT } from '../../../src/search/fields.js';
import type { Postings } from '../../../src/search/postings.js';

const MASK = (1 << FIELD_BITS) - 1;

export function buildEntries(
  docs: readonly FeedItem[],
  { terms, offsets, postings }: Postings,
  shardBytes: number,
): Map<string, string> {
  const entries = new Map<string, string>();
  const masks = new Int32Array(docs.length);
  const seen = new Int32Array(docs.length).fill(-1);
  let stamp = 0;

  /** One posting per doc for the words `terms[lo..hi)`: the OR of their field masks. */
  const merge = (lo: number, hi: number): Int32Array => {
    stamp++;
    const touched: number[] = [];
    for (let p = offsets[lo]; p < offsets[hi]; p++) {
      const doc = postings[p] >>> FIELD_BITS;
      if (seen[doc] !== stamp) {
        seen[doc] = stamp;
        masks[doc] = 0;
        touched.push(doc);
      }
      masks[doc] |= postings[p] & MASK;
    }
    const merged = Int32Array.from(touched).sort();
    for (let k = 0; k < merged.length; k++)
      merged[k] = (merged[k] << FIELD_BITS) | masks[merged[k]];
    return merged;
  };

  /** The prefix entry of `terms[lo..hi)`, all starting with `prefix`, with its best docs. */
  const prefixEntry = (prefix: string, lo: number, hi: number): string => {
    const exact =
      terms[lo] === prefix ? postings.subarray(offsets[lo], offsets[lo + 1]) : new Int32Array();
    const merged = merge(lo, hi);
    const score = new Map<number, number>();
    for (const [list, quality] of [
      [merged, PREFIX],
      [exact, EXACT],
    ] as const)
      for (const posting of list) {
        const doc = posting >>> FIELD_BITS;
        score.set(doc, Math.max(score.get(doc) ?? 0, MASK_WEIGHT[posting & MASK] * quality));
      }
    const best = [...score]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, TOP_DOCS)
      .map(([doc]) => [doc, toDoc(docs[doc])]);
    return JSON.stringify([prefix, 'p', encodePostings(exact), encodePostings(merged), best]);
  };

  const wordsEntry = (key: string, lo: number, hi: number): string =>
    JSON.stringify([
      key,
      'w',
      terms.slice(lo, hi),
      terms
        .slice(lo, hi)
        .map((_, k) => encodePostings(postings, offsets[lo + k], offsets[lo + k + 1])),
    ]);

  for (let lo = 0; lo < terms.length;) {
    const key = keyOf(terms[lo]);
    let hi = lo + 1;
    while (hi < terms.length && keyOf(terms[hi]) === key) hi++;
    if (key.length === KEY_LENGTH) {
      const text = wordsEntry(key, lo, hi);
      if (text.length <= shardBytes) entries.set(key, text);
      else {
        entries.set(key, prefixEntry(key, lo, hi));
        for (let a = terms[lo] === key ? lo + 1 : lo; a < hi;) {
          const sub = terms[a].slice(0, KEY_LENGTH + 1);
          let b = a + 1;
          while (b < hi && terms[b].startsWith(sub)) b++;
          entries.set(sub, wordsEntry(sub, a, b));
          a = b;
        }
      }
    }
    lo = hi;
  }
  for (const length of [1, 2]) {
    for (let lo = 0; lo < terms.length;) {
      if (terms[lo].length < length) {
        lo++;
        continue;
      }
      const prefix = terms[lo].slice(0, length);
      let hi = lo + 1;
      while (hi < terms.length && terms[hi].startsWith(prefix)) hi++;
      entries.set(prefix, prefixEntry(prefix, lo, hi));
      lo = hi;
    }
  }
  return entries;
}

/**
 * The entries of one part of the archive index (archive-format.ts), in key order: words grouped
 * by their first three letters (a group bigger than a shard splits by the fourth, behind a
 * prefix entry for the three), and a prefix entry for every one- and two-letter start of a word.
 *
 * Every entry carries the records of the best `TOP_DOCS` results of its own key as a query
 * ("v", "vu", "vuc"), so the keystroke that fetches a shard needs no docs file too: one round
 * trip, not two. (Carrying, per word, the docs it ranks first, which would spare the docs file
 * on the later letters too, made the shards ten times bigger: docs/archive-index.md.)
 */
import { KEY_LENGTH, TOP_DOCS, keyOf } from '../../../src/search/archive-format.js';
import { encodePostings } from '../../../src/search/archive-postings.js';
import { EXACT, PREFIX } from '../../../src/search/scorer.js';
import { FIELD_BITS, MASK_WEIGHT } from '../../../src/search/fields.js';
import type { Postings } from '../../../src/search/postings.js';

const MASK = (1 << FIELD_BITS) - 1;

/** An entry's JSON without the docs it carries (`[key, kind, a, b]`), and those docs. */
export interface Entry {
  head: string;
  docs: number[];
  /** A group's words, `terms[lo..hi)` (index-hits.ts ranks the queries they make). */
  words?: [number, number];
}

/**
 * Yields `[key, entry]` in key order, a first letter at a time (so a build holds one letter's
 * entries, not the whole index).
 */
export function* entries(
  items: number,
  { terms, offsets, postings }: Postings,
  shardBytes: number,
): Generator<[string, Entry]> {
  const masks = new Int32Array(items);
  const seen = new Int32Array(items).fill(-1);
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

  /**
   * The best `TOP_DOCS` docs of a prefix query, as it ranks them (score, then doc number): every
   * word it starts, merged (`merged`), and the word itself (`exact`, a subset), both in doc order.
   * A walk with a short sorted list, no allocation per doc: the first letters merge most docs.
   */
  const bestOf = (exact: Int32Array, merged: Int32Array): number[] => {
    const best: { doc: number; score: number }[] = [];
    let e = 0;
    for (let p = 0; p < merged.length; p++) {
      const doc = merged[p] >>> FIELD_BITS;
      let score = MASK_WEIGHT[merged[p] & MASK] * PREFIX;
      while (e < exact.length && exact[e] >>> FIELD_BITS < doc) e++;
      if (e < exact.length && exact[e] >>> FIELD_BITS === doc)
        score = Math.max(score, MASK_WEIGHT[exact[e] & MASK] * EXACT);
      // Docs come in increasing order: an equal score never displaces a kept one.
      if (best.length === TOP_DOCS && score <= best[TOP_DOCS - 1].score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].score < score) at--;
      best.splice(at, 0, { doc, score });
      if (best.length > TOP_DOCS) best.pop();
    }
    return best.map((b) => b.doc);
  };
  const exactOf = (prefix: string, lo: number): Int32Array =>
    terms[lo] === prefix ? postings.subarray(offsets[lo], offsets[lo + 1]) : new Int32Array();

  /** The prefix entry of `terms[lo..hi)`, all starting with `prefix`, with its best docs. */
  const prefixEntry = (prefix: string, lo: number, hi: number): Entry => {
    const exact = exactOf(prefix, lo);
    const merged = merge(lo, hi);
    const head = JSON.stringify([prefix, 'p', encodePostings(exact), encodePostings(merged)]);
    return { head, docs: bestOf(exact, merged) };
  };

  /** The words `terms[lo..hi)` of group `key`, with the best docs of the query `key`. */
  const wordsEntry = (key: string, lo: number, hi: number): Entry => {
    const head = JSON.stringify([
      key,
      'w',
      terms.slice(lo, hi),
      terms
        .slice(lo, hi)
        .map((_, k) => encodePostings(postings, offsets[lo + k], offsets[lo + k + 1])),
    ]);
    return { head, docs: bestOf(exactOf(key, lo), merge(lo, hi)), words: [lo, hi] };
  };

  /** The entries of the words `terms[lo..hi)`, which share a first letter. */
  const letter = (lo: number, hi: number, out: Map<string, Entry>): void => {
    for (let a = lo; a < hi;) {
      const key = keyOf(terms[a]);
      let b = a + 1;
      while (b < hi && keyOf(terms[b]) === key) b++;
      if (key.length === KEY_LENGTH) {
        const entry = wordsEntry(key, a, b);
        if (entry.head.length <= shardBytes) out.set(key, entry);
        else {
          out.set(key, prefixEntry(key, a, b));
          for (let c = terms[a] === key ? a + 1 : a; c < b;) {
            const sub = terms[c].slice(0, KEY_LENGTH + 1);
            let d = c + 1;
            while (d < b && terms[d].startsWith(sub)) d++;
            out.set(sub, wordsEntry(sub, c, d));
            c = d;
          }
        }
      }
      a = b;
    }
    for (const length of [1, 2]) {
      for (let a = lo; a < hi;) {
        if (terms[a].length < length) {
          a++;
          continue;
        }
        const prefix = terms[a].slice(0, length);
        let b = a + 1;
        while (b < hi && terms[b].startsWith(prefix)) b++;
        out.set(prefix, prefixEntry(prefix, a, b));
        a = b;
      }
    }
  };

  for (let lo = 0; lo < terms.length;) {
    const first = terms[lo].slice(0, 1);
    let hi = lo + 1;
    while (hi < terms.length && terms[hi].startsWith(first)) hi++;
    const out = new Map<string, Entry>();
    letter(lo, hi, out);
    for (const key of [...out.keys()].sort()) yield [key, out.get(key)!];
    lo = hi;
  }
}

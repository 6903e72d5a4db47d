import type { FeedItem } from '../feed/types.js';
import { ITEM_TYPES } from '../feed/types.js';
import { timeOf } from '../feed/select.js';
import { FIELD_BITS, forEachField } from './fields.js';
import { fold } from './fold.js';
import { forEachWord } from './tokenize.js';

/** The inverted index in flat arrays, as `SearchIndex` queries it. */
export interface Postings {
  /** Unique folded words, sorted by UTF-16 code units. */
  terms: string[];
  /** Postings of `terms[t]` are `postings[offsets[t]]` up to `postings[offsets[t + 1]]`. */
  offsets: Int32Array;
  /** Per (word, item): `itemIndex << FIELD_BITS | mask of the fields the word occurs in`. */
  postings: Int32Array;
  /** Per item: `datePublished` in ms, `-Infinity` when absent or unparsable. */
  dates: Float64Array;
  /** Per item: index in `ITEM_TYPES`, or `ITEM_TYPES.length` for a type it does not know. */
  types: Uint8Array;
}

export function buildPostings(items: readonly FeedItem[]): Postings {
  const n = items.length;
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const lastItem: number[] = [];
  let item = 0;
  const add = (text: string, bit: number): void => {
    const folded = fold(text);
    forEachWord(folded, (s, e) => {
      const word = folded.slice(s, e);
      let id = ids.get(word);
      if (id === undefined) {
        id = lists.length;
        ids.set(word, id);
        lists.push([]);
        lastItem.push(-1);
      }
      const list = lists[id];
      // Items are added in order, so this item's posting, if any, is the list's last.
      if (lastItem[id] === item) list[list.length - 1] |= bit;
      else {
        list.push((item << FIELD_BITS) | bit);
        lastItem[id] = item;
      }
    });
  };
  const dates = new Float64Array(n);
  const types = new Uint8Array(n);
  for (; item < n; item++) {
    const it = items[item];
    forEachField(it, add);
    dates[item] = timeOf(it) ?? -Infinity;
    const type = ITEM_TYPES.indexOf(it.type);
    types[item] = type >= 0 ? type : ITEM_TYPES.length;
  }

  const terms = [...ids.keys()].sort();
  let total = 0;
  for (const list of lists) total += list.length;
  const offsets = new Int32Array(terms.length + 1);
  const postings = new Int32Array(total);
  let at = 0;
  for (let t = 0; t < terms.length; t++) {
    offsets[t] = at;
    const list = lists[ids.get(terms[t])!];
    for (let k = 0; k < list.length; k++) postings[at++] = list[k]!;
  }
  offsets[terms.length] = at;
  return { terms, offsets, postings, dates, types };
}

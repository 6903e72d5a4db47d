import type { FeedItem, ItemType } from '../feed/types.js';
import { ITEM_TYPES } from '../feed/types.js';
import { FIELD_BITS, MASK_FIELD, MASK_WEIGHT, SEARCH_FIELDS, type SearchField } from './fields.js';
import { buildPostings } from './postings.js';
import { topItems } from './rank.js';
import { mergeShortPrefixes } from './short-prefixes.js';
import { tokenize } from './tokenize.js';
import { Vocabulary } from './vocabulary.js';

export interface SearchOptions {
  /** Most hits to return, best first. Default 20; `Infinity` for all. */
  limit?: number;
  /** Only these item types. Default: all; an empty list finds nothing. */
  types?: readonly ItemType[];
}

export interface SearchHit {
  item: FeedItem;
  /** Sum over query words of (weight of the best field hit) x (match quality). */
  score: number;
  /** The field of the heaviest hit. */
  field: SearchField;
}

/** Match quality: the whole word, the start of a word, one typo, two typos. */
const EXACT = 1;
const PREFIX = 0.8;
const TYPO = [1, 0.5, 0.35] as const;

const MASK = (1 << FIELD_BITS) - 1;
/** Words past this many in one query are ignored: a search box needs no more, and it bounds the work. */
const MAX_WORDS = 32;

/**
 * An immutable in-memory index over feed items. Build once per feed, then `search` per
 * keystroke. Every query word matches whole words, word prefixes ("vuč" finds Vučić) and
 * words within `typoDistance` (one typo from five letters, two from nine); an item must match
 * every query word. Ranking: per query word the heaviest field it hit times the match quality,
 * summed; ties go to the newest item, undated last, then to feed order.
 *
 * Layout (see `buildPostings`): sorted unique folded words (`Vocabulary`, which also finds
 * typo candidates), per word a slice of one `Int32Array` of postings, and merged postings for
 * the busiest one- and two-letter prefixes (`mergeShortPrefixes`). A search reuses scratch
 * typed arrays sized to the item count and allocates little beyond its result, so the index
 * is not safe to share between concurrent searches (JavaScript runs them one at a time).
 */
export class SearchIndex {
  private readonly items: readonly FeedItem[];
  private readonly vocabulary: Vocabulary;
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly shortPrefixes: Map<string, Int32Array>;
  private readonly dates: Float64Array;
  private readonly types: Uint8Array;
  // Scratch, reused by every search: per item best weight for the current word, its field,
  // the stamp of the word that set it, the running total and heaviest hit over words.
  private readonly wordScore: Float64Array;
  private readonly wordField: Uint8Array;
  private readonly wordStamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly total: Float64Array;
  private readonly heaviest: Float64Array;
  private readonly bestField: Uint8Array;
  private readonly candidates: Int32Array;
  private stamp = 0;

  constructor(items: readonly FeedItem[]) {
    this.items = items.slice();
    const n = this.items.length;
    const { terms, offsets, postings, dates, types } = buildPostings(this.items);
    this.offsets = offsets;
    this.postings = postings;
    this.dates = dates;
    this.types = types;
    this.vocabulary = new Vocabulary(terms);
    this.shortPrefixes = mergeShortPrefixes(terms, this.offsets, this.postings, n, FIELD_BITS);

    this.wordScore = new Float64Array(n);
    this.wordField = new Uint8Array(n);
    this.wordStamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.total = new Float64Array(n);
    this.heaviest = new Float64Array(n);
    this.bestField = new Uint8Array(n);
    this.candidates = new Int32Array(n);
  }

  /** Number of items indexed. */
  get size(): number {
    return this.items.length;
  }

  /** Hits for `query`, best first. An empty or wordless query finds nothing. */
  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = opts.limit ?? 20;
    const words = [...new Set(tokenize(query))].slice(0, MAX_WORDS);
    if (words.length === 0 || !(limit > 0) || this.items.length === 0) return [];
    let allowed = opts.types ? 0 : -1;
    for (const type of opts.types ?? []) {
      const k = ITEM_TYPES.indexOf(type);
      if (k >= 0) allowed |= 1 << k;
    }

    let count = 0;
    for (let w = 0; w < words.length; w++) {
      const touchedCount = this.scoreWord(words[w]);
      if (w === 0) {
        for (let k = 0; k < touchedCount; k++) {
          const it = this.touched[k];
          if (!(allowed & (1 << this.types[it]))) continue;
          this.total[it] = this.heaviest[it] = this.wordScore[it]!;
          this.bestField[it] = this.wordField[it]!;
          this.candidates[count++] = it;
        }
      } else {
        let kept = 0;
        for (let k = 0; k < count; k++) {
          const it = this.candidates[k];
          if (this.wordStamp[it] !== this.stamp) continue;
          const s = this.wordScore[it];
          this.total[it] += s;
          if (s > this.heaviest[it]) {
            this.heaviest[it] = s;
            this.bestField[it] = this.wordField[it]!;
          }
          this.candidates[kept++] = it;
        }
        count = kept;
      }
      if (count === 0) return [];
    }
    return topItems(this.candidates, count, this.total, this.dates, limit).map((it) => ({
      item: this.items[it],
      score: this.total[it],
      field: SEARCH_FIELDS[this.bestField[it]],
    }));
  }

  /** Scores every item that matches `word`; returns how many it put in `touched`. */
  private scoreWord(word: string): number {
    if (this.stamp === 0x7fffffff) {
      this.stamp = 0;
      this.wordStamp.fill(0);
    }
    const stamp = ++this.stamp;
    const { offsets, postings, wordScore, wordField, wordStamp, touched } = this;
    let count = 0;
    const visitList = (list: Int32Array, from: number, to: number, quality: number): void => {
      for (let p = from; p < to; p++) {
        const posting = list[p];
        const it = posting >>> FIELD_BITS;
        const mask = posting & MASK;
        const s = MASK_WEIGHT[mask] * quality;
        if (wordStamp[it] !== stamp) {
          wordStamp[it] = stamp;
          wordScore[it] = s;
          wordField[it] = MASK_FIELD[mask]!;
          touched[count++] = it;
        } else if (s > wordScore[it]) {
          wordScore[it] = s;
          wordField[it] = MASK_FIELD[mask]!;
        }
      }
    };
    const visit = (term: number, quality: number): void =>
      visitList(postings, offsets[term], offsets[term + 1], quality);
    const [lo, hi] = this.vocabulary.prefixRange(word);
    const merged = hi - lo > 1 ? this.shortPrefixes.get(word) : undefined;
    if (merged) {
      // The word itself, if indexed, sorts first in its range; the merged list covers the rest.
      if (this.vocabulary.terms[lo] === word) visit(lo, EXACT);
      visitList(merged, 0, merged.length, PREFIX);
    } else {
      for (let t = lo; t < hi; t++)
        visit(t, this.vocabulary.terms[t].length === word.length ? EXACT : PREFIX);
    }
    this.vocabulary.typos(word, (t, d) => visit(t, TYPO[d]));
    return count;
  }
}

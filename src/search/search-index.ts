import type { FeedItem, ItemType } from '../feed/types.js';
import { ITEM_TYPES } from '../feed/types.js';
import { FIELD_BITS, type SearchField } from './fields.js';
import { timeOf } from '../feed/select.js';
import { buildPostings } from './postings.js';
import { EXACT, PREFIX, Scorer, TYPO } from './scorer.js';
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
 * the busiest one- and two-letter prefixes (`mergeShortPrefixes`), items numbered newest
 * first. A search reuses scratch typed arrays sized to the item count and allocates little
 * beyond its result, so the index is not safe to share between concurrent searches
 * (JavaScript runs them one at a time).
 */
export class SearchIndex {
  private readonly items: readonly FeedItem[];
  private readonly vocabulary: Vocabulary;
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly shortPrefixes: Map<string, Int32Array>;
  private readonly dates: Float64Array;
  private readonly types: Uint8Array;
  private readonly scorer: Scorer;

  constructor(items: readonly FeedItem[]) {
    // Newest first (undated last, feed order among equals): ties then go to the lower item
    // number, as the ranking wants, and the scorer can stop once its best are unbeatable.
    const time = items.map((it) => timeOf(it) ?? -Infinity);
    const newest = items.map((_, i) => i).sort((a, b) => time[b] - time[a] || a - b);
    this.items = newest.map((i) => items[i]);
    const n = this.items.length;
    const { terms, offsets, postings, dates, types } = buildPostings(this.items);
    this.offsets = offsets;
    this.postings = postings;
    this.dates = dates;
    this.types = types;
    this.vocabulary = new Vocabulary(terms);
    this.shortPrefixes = mergeShortPrefixes(terms, this.offsets, this.postings, n, FIELD_BITS);
    this.scorer = new Scorer(n);
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
    let allowed = 0;
    for (const type of opts.types ?? []) {
      const k = ITEM_TYPES.indexOf(type);
      if (k >= 0) allowed |= 1 << k;
    }
    const { scorer } = this;
    scorer.reset();
    for (const word of words) {
      this.scoreWord(word);
      if (!scorer.endWord()) return [];
    }
    if (scorer.finish(opts.types && this.types, allowed, limit, this.dates) === 0) return [];
    return scorer.top(limit, this.dates).map((it) => ({
      item: this.items[it],
      score: scorer.score(it),
      field: scorer.field(it),
    }));
  }

  /** Scores every item that matches `word`, as the scorer's current word. */
  private scoreWord(word: string): void {
    const { offsets, postings, scorer, vocabulary } = this;
    scorer.startWord();
    const visit = (term: number, quality: number): void =>
      scorer.visit(postings, offsets[term], offsets[term + 1], quality);
    const [lo, hi] = vocabulary.prefixRange(word);
    const merged = hi - lo > 1 ? this.shortPrefixes.get(word) : undefined;
    if (merged) {
      // The word itself, if indexed, sorts first in its range; the merged list covers the rest.
      if (vocabulary.terms[lo] === word) visit(lo, EXACT);
      scorer.visit(merged, 0, merged.length, PREFIX);
    } else {
      for (let t = lo; t < hi; t++)
        visit(t, vocabulary.terms[t].length === word.length ? EXACT : PREFIX);
    }
    vocabulary.typos(word, (t, d) => visit(t, TYPO[d]));
  }
}

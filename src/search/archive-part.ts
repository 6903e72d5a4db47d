/**
 * Searching one part of an archive index with the shards that are in memory: the matching and
 * ranking of `SearchIndex` (whole words, prefixes, typos; heaviest field times match quality,
 * summed over words; ties to the lower doc number, i.e. newer, then feed order), on postings
 * that arrive a shard at a time. `missing` says which shards a query still needs.
 *
 * One difference, the price of sharding by a word's first three letters: a typo is forgiven
 * only after them (`vucuc` finds Vučić, `bucic` does not), as a query word needs one shard.
 */
import { FIELD_BITS, MASK_FIELD, MASK_WEIGHT, SEARCH_FIELDS, type SearchField } from './fields.js';
import {
  fileFor,
  keyOf,
  lookupKey,
  KEY_LENGTH,
  type ArchivePart,
  type ShardEntry,
} from './archive-format.js';
import { topItems } from './rank.js';
import { tokenize } from './tokenize.js';
import { Vocabulary } from './vocabulary.js';

/** A hit by doc number; the doc (what it shows) is fetched separately. */
export interface ArchiveHit {
  doc: number;
  score: number;
  field: SearchField;
}

export const EXACT = 1;
export const PREFIX = 0.8;
const TYPO = [1, 0.5, 0.35] as const;
const MASK = (1 << FIELD_BITS) - 1;
const MAX_WORDS = 32;

export class ArchivePartSearch {
  private readonly entries = new Map<string, ShardEntry>();
  private readonly loaded = new Set<number>();
  private readonly vocabularies = new WeakMap<ShardEntry, Vocabulary>();
  private readonly order: Float64Array;
  private readonly wordScore: Float64Array;
  private readonly wordField: Uint8Array;
  private readonly wordStamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly total: Float64Array;
  private readonly heaviest: Float64Array;
  private readonly bestField: Uint8Array;
  private readonly candidates: Int32Array;
  private stamp = 0;
  /** How many items the last `search` matched (it returns only the best `limit`). */
  count = 0;

  constructor(readonly part: ArchivePart) {
    const n = part.items;
    // `topItems` breaks score ties by its date array, newest first: doc numbers are that order.
    this.order = new Float64Array(n);
    for (let i = 0; i < n; i++) this.order[i] = -i;
    this.wordScore = new Float64Array(n);
    this.wordField = new Uint8Array(n);
    this.wordStamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.total = new Float64Array(n);
    this.heaviest = new Float64Array(n);
    this.bestField = new Uint8Array(n);
    this.candidates = new Int32Array(n);
  }

  /** The distinct folded words of a query, as `SearchIndex` reads it. */
  static words(query: string): string[] {
    return [...new Set(tokenize(query))].slice(0, MAX_WORDS);
  }

  /** Shard numbers the query needs that are not in memory yet. */
  missing(query: string): number[] {
    const out = new Set<number>();
    for (const word of ArchivePartSearch.words(query)) {
      const shard = fileFor(this.part.keys, lookupKey(word));
      if (shard >= 0 && !this.loaded.has(shard)) out.add(shard);
    }
    return [...out];
  }

  /** The entry a query word reads: its own (a prefix), its group after a split, or its group. */
  private entryOf(word: string): ShardEntry | undefined {
    if (word.length <= KEY_LENGTH) return this.entries.get(word);
    return this.entries.get(lookupKey(word)) ?? this.entries.get(keyOf(word));
  }

  /** Adds a loaded shard's entries. */
  add(shard: number, entries: Map<string, ShardEntry>): void {
    this.loaded.add(shard);
    for (const [key, entry] of entries) this.entries.set(key, entry);
  }

  /**
   * Every hit, best first, or `undefined` when a shard it needs is not in memory. `types`: one
   * character per doc (`0` + index in `ITEM_TYPES`) and the allowed indexes, to filter by type.
   */
  search(
    query: string,
    limit = Infinity,
    filter?: { types: string; allowed: number },
  ): ArchiveHit[] | undefined {
    if (this.missing(query).length) return undefined;
    const words = ArchivePartSearch.words(query);
    this.count = 0;
    if (words.length === 0 || this.part.items === 0) return [];
    let count = 0;
    for (let w = 0; w < words.length; w++) {
      const touchedCount = this.scoreWord(words[w]);
      if (w === 0) {
        for (let k = 0; k < touchedCount; k++) {
          const it = this.touched[k];
          if (filter && !(filter.allowed & (1 << (filter.types.charCodeAt(it) - 48)))) continue;
          this.total[it] = this.heaviest[it] = this.wordScore[it];
          this.bestField[it] = this.wordField[it];
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
            this.bestField[it] = this.wordField[it];
          }
          this.candidates[kept++] = it;
        }
        count = kept;
      }
      if (count === 0) return [];
    }
    this.count = count;
    return topItems(this.candidates, count, this.total, this.order, limit).map((doc) => ({
      doc,
      score: this.total[doc],
      field: SEARCH_FIELDS[this.bestField[doc]],
    }));
  }

  private scoreWord(word: string): number {
    if (this.stamp === 0x7fffffff) {
      this.stamp = 0;
      this.wordStamp.fill(0);
    }
    const stamp = ++this.stamp;
    const { wordScore, wordField, wordStamp, touched } = this;
    let count = 0;
    const visit = (list: Int32Array, quality: number): void => {
      for (let p = 0; p < list.length; p++) {
        const posting = list[p];
        const it = posting >>> FIELD_BITS;
        const s = MASK_WEIGHT[posting & MASK] * quality;
        if (wordStamp[it] !== stamp) {
          wordStamp[it] = stamp;
          wordScore[it] = s;
          wordField[it] = MASK_FIELD[posting & MASK];
          touched[count++] = it;
        } else if (s > wordScore[it]) {
          wordScore[it] = s;
          wordField[it] = MASK_FIELD[posting & MASK];
        }
      }
    };
    const entry = this.entryOf(word);
    if (!entry) return 0;
    if (entry.kind === 'prefix') {
      // The word itself counts as whole; every word it starts, merged per doc, as a prefix.
      if (word.length <= KEY_LENGTH) {
        visit(entry.exact, EXACT);
        visit(entry.merged, PREFIX);
      }
      return count;
    }
    let vocabulary = this.vocabularies.get(entry);
    if (!vocabulary) this.vocabularies.set(entry, (vocabulary = new Vocabulary(entry.terms)));
    const [lo, hi] = vocabulary.prefixRange(word);
    for (let t = lo; t < hi; t++)
      visit(entry.postings[t], entry.terms[t].length === word.length ? EXACT : PREFIX);
    vocabulary.typos(word, (t, d) => visit(entry.postings[t], TYPO[d]));
    return count;
  }
}

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
import { EXACT, PREFIX, Scorer, TYPO } from './scorer.js';
import { tokenize } from './tokenize.js';
import { Vocabulary } from './vocabulary.js';

/** A hit by doc number; the doc (what it shows) is fetched separately. */
export interface ArchiveHit {
  doc: number;
  score: number;
  field: SearchField;
}

const MAX_WORDS = 32;
const MASK = (1 << FIELD_BITS) - 1;

export class ArchivePartSearch {
  private readonly entries = new Map<string, ShardEntry>();
  private readonly loaded = new Set<number>();
  private readonly vocabularies = new WeakMap<ShardEntry, Vocabulary>();
  private readonly order: Float64Array;
  private readonly scorer: Scorer;
  /** How many items the last `search` matched (it returns only the best `limit`). */
  count = 0;

  constructor(readonly part: ArchivePart) {
    const n = part.items;
    // `topItems` breaks score ties by its date array, newest first: doc numbers are that order.
    this.order = new Float64Array(n);
    for (let i = 0; i < n; i++) this.order[i] = -i;
    this.scorer = new Scorer(n);
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
    filter?: { types: ArrayLike<number>; allowed: number },
  ): ArchiveHit[] | undefined {
    if (this.missing(query).length) return undefined;
    const words = ArchivePartSearch.words(query);
    const { scorer } = this;
    this.count = 0;
    if (words.length === 0 || this.part.items === 0) return [];
    const ranked = filter || words.length > 1 ? undefined : this.ranked(words[0], limit);
    if (ranked) return ranked;
    scorer.reset();
    for (const word of words) {
      this.scoreWord(word);
      if (scorer.endWord(filter?.types, filter?.allowed) === 0) return [];
    }
    this.count = scorer.count;
    return scorer.top(limit, this.order).map((doc) => ({
      doc,
      score: scorer.score(doc),
      field: scorer.field(doc),
    }));
  }

  /**
   * A one-word query that is a prefix entry's own key ("v", "vu", a split group's "vuc") is
   * answered from what the build ranked: its best docs, in order, scored from the two lists.
   * These are the first keystrokes, whose merged lists cover most docs: the costly ones.
   */
  private ranked(word: string, limit: number): ArchiveHit[] | undefined {
    const entry = word.length <= KEY_LENGTH ? this.entries.get(word) : undefined;
    if (entry?.kind !== 'prefix') return undefined;
    const count = entry.merged.length;
    if (entry.docs.length < Math.min(limit, count)) return undefined;
    this.count = count;
    return entry.docs.slice(0, limit).map(([doc]) => {
      const whole = find(entry.exact, doc);
      const part = find(entry.merged, doc);
      const exact = whole < 0 ? 0 : MASK_WEIGHT[whole & MASK] * EXACT;
      const prefix = part < 0 ? 0 : MASK_WEIGHT[part & MASK] * PREFIX;
      const mask = exact >= prefix ? whole & MASK : part & MASK;
      return { doc, score: Math.max(exact, prefix), field: SEARCH_FIELDS[MASK_FIELD[mask]] };
    });
  }

  private scoreWord(word: string): void {
    const { scorer } = this;
    scorer.startWord();
    const visit = (list: Int32Array, quality: number): void =>
      scorer.visit(list, 0, list.length, quality);
    const entry = this.entryOf(word);
    if (!entry) return;
    if (entry.kind === 'prefix') {
      // The word itself counts as whole; every word it starts, merged per doc, as a prefix.
      if (word.length <= KEY_LENGTH) {
        visit(entry.exact, EXACT);
        visit(entry.merged, PREFIX);
      }
      return;
    }
    let vocabulary = this.vocabularies.get(entry);
    if (!vocabulary) this.vocabularies.set(entry, (vocabulary = new Vocabulary(entry.terms)));
    const [lo, hi] = vocabulary.prefixRange(word);
    for (let t = lo; t < hi; t++)
      visit(entry.postings[t], entry.terms[t].length === word.length ? EXACT : PREFIX);
    vocabulary.typos(word, (t, d) => visit(entry.postings[t], TYPO[d]));
  }
}

/** The posting of `doc` in `list` (sorted by doc), or -1. */
function find(list: Int32Array, doc: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid] >>> FIELD_BITS;
    if (at === doc) return list[mid];
    if (at < doc) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

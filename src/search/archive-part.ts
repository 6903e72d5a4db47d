/**
 * Searching one part of an archive index with the shards that are in memory: the matching and
 * ranking of `SearchIndex` (whole words, prefixes, typos; heaviest field times match quality,
 * summed over words; ties to the lower doc number, i.e. newer, then feed order), on postings
 * that arrive a shard at a time. `missing` says which shards a query still needs.
 *
 * A query word reads one shard, its first three letters': a typo in them is looked for, in
 * the words that end as it does (`part.endFiles`), only when the word finds nothing there
 * (`bucic` finds Vučić; docs/archive-index.md says what still differs).
 */
import type { SearchField } from './fields.js';
import {
  endKey,
  fileFor,
  keyOf,
  lookupKey,
  KEY_LENGTH,
  type ArchivePart,
  type ShardEntry,
} from './archive-format.js';
import { rankedHits } from './archive-ranked.js';
import { typoDistance, maxTypos } from './distance.js';
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

export class ArchivePartSearch {
  private readonly entries = new Map<string, ShardEntry>();
  private readonly loaded = new Set<number>();
  private readonly ends = new Map<string, string[]>();
  private readonly endsLoaded = new Set<number>();
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
    const need = (word: string): void => {
      const shard = fileFor(this.part.keys, lookupKey(word));
      if (shard >= 0 && !this.loaded.has(shard)) out.add(shard);
    };
    for (const word of ArchivePartSearch.words(query)) {
      need(word);
      for (const [term] of this.typoWords(word)) need(term);
    }
    return [...out];
  }

  /** Ending files (`part.endFiles`) the query needs that are not in memory yet. */
  missingEnds(query: string): number[] {
    const out = new Set<number>();
    for (const word of ArchivePartSearch.words(query)) {
      const file = this.needsEnds(word) ? fileFor(this.part.ends!, endKey(word)) : -1;
      if (file >= 0 && !this.endsLoaded.has(file)) out.add(file);
    }
    return [...out];
  }

  addEnds(file: number, ends: Map<string, string[]>): void {
    this.endsLoaded.add(file);
    for (const [key, words] of ends) this.ends.set(key, words);
  }

  /**
   * Whether `word` looks for a typo in its first letters, which its own shard cannot hold: it
   * can take a typo, its shard is in memory, and nothing there matches it. A word one typo
   * from it either keeps its first three letters (its shard), or ends as it does (`endKey`).
   */
  private needsEnds(word: string): boolean {
    if (maxTypos(word.length) === 0 || !this.part.ends) return false;
    const shard = fileFor(this.part.keys, lookupKey(word));
    if (shard >= 0 && !this.loaded.has(shard)) return false;
    const entry = this.entryOf(word);
    if (entry?.kind !== 'words') return true;
    const vocabulary = this.vocabularyOf(entry);
    const [lo, hi] = vocabulary.prefixRange(word);
    let found = lo < hi;
    if (!found) vocabulary.typos(word, () => (found = true));
    return !found;
  }

  /** The words of other shards a typo from `word`, with their distance, once its ending file is in. */
  private typoWords(word: string): [string, number][] {
    if (!this.needsEnds(word)) return [];
    const out: [string, number][] = [];
    for (const term of this.ends.get(endKey(word)) ?? []) {
      const d = typoDistance(word, term);
      if (d > 0 && !term.startsWith(word)) out.push([term, d]);
    }
    return out;
  }

  private vocabularyOf(entry: Extract<ShardEntry, { kind: 'words' }>): Vocabulary {
    let vocabulary = this.vocabularies.get(entry);
    if (!vocabulary) this.vocabularies.set(entry, (vocabulary = new Vocabulary(entry.terms)));
    return vocabulary;
  }

  /** The entry a query word reads: its own (a prefix), its group after a split, or its group. */
  private entryOf(word: string): ShardEntry | undefined {
    if (word.length <= KEY_LENGTH) return this.entries.get(word);
    return this.entries.get(lookupKey(word)) ?? this.entries.get(keyOf(word));
  }

  /**
   * The file of `part.hits` with the records of the last query's best results, when the build
   * listed it (one word of four letters or more that starts a word, `part.hitLeast` matches).
   */
  hitFile(query: string): number {
    const [word, ...more] = ArchivePartSearch.words(query);
    const entry = word?.length > KEY_LENGTH && !more.length ? this.entryOf(word) : undefined;
    if (!this.part.hits || entry?.kind !== 'words' || this.count < (this.part.hitLeast ?? 1))
      return -1;
    const [lo, hi] = this.vocabularyOf(entry).prefixRange(word);
    return lo < hi ? fileFor(this.part.hits, word) : -1;
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
    if (this.missing(query).length || this.missingEnds(query).length) return undefined;
    const words = ArchivePartSearch.words(query);
    const { scorer } = this;
    this.count = 0;
    if (words.length === 0 || this.part.items === 0) return [];
    // A one-word query that is a prefix entry's own key comes ranked by the build.
    const entry = filter || words.length > 1 ? undefined : this.entries.get(words[0]);
    const ranked = entry?.kind === 'prefix' ? rankedHits(entry, limit) : undefined;
    if (ranked) {
      this.count = ranked.count;
      return ranked.hits;
    }
    scorer.reset();
    for (const word of words) {
      this.scoreWord(word);
      if (!scorer.endWord()) return [];
    }
    if (scorer.finish(filter?.types, filter?.allowed, limit, this.order) === 0) return [];
    this.count = scorer.count;
    return scorer.top(limit, this.order).map((doc) => ({
      doc,
      score: scorer.score(doc),
      field: scorer.field(doc),
    }));
  }

  private scoreWord(word: string): void {
    const { scorer } = this;
    scorer.startWord();
    const visit = (list: Int32Array, quality: number): void =>
      scorer.visit(list, 0, list.length, quality);
    const entry = this.entryOf(word);
    if (entry?.kind === 'prefix') {
      // The word itself counts as whole; every word it starts, merged per doc, as a prefix.
      if (word.length <= KEY_LENGTH) {
        visit(entry.exact, EXACT);
        visit(entry.merged, PREFIX);
      }
    } else if (entry) {
      const vocabulary = this.vocabularyOf(entry);
      const [lo, hi] = vocabulary.prefixRange(word);
      for (let t = lo; t < hi; t++)
        visit(entry.postings[t], entry.terms[t].length === word.length ? EXACT : PREFIX);
      vocabulary.typos(word, (t, d) => visit(entry.postings[t], TYPO[d]));
    }
    // Nothing in its shard: a typo in its first letters, from the words that end as it does.
    for (const [term, d] of this.typoWords(word)) {
      const other = this.entryOf(term);
      if (other?.kind !== 'words') continue;
      const [lo] = this.vocabularyOf(other).prefixRange(term);
      if (other.terms[lo] === term) visit(other.postings[lo], TYPO[d]);
    }
  }
}

// The scorer before #28's word tables (main at c84e8b7), the oracle for tests/search/scorer-same.test.ts.
import {
  FIELD_BITS,
  MASK_FIELD,
  MASK_WEIGHT,
  SEARCH_FIELDS,
  type SearchField,
} from '../../src/search/fields.js';
import { topItems } from '../../src/search/rank.js';

/** Match quality: the whole word, the start of a word, one typo, two typos. */
export const EXACT = 1;
export const PREFIX = 0.8;
export const TYPO = [1, 0.5, 0.35] as const;

const MASK = (1 << FIELD_BITS) - 1;

/**
 * The ranking both searches share (the in-memory `SearchIndex` and the archive's
 * `ArchivePartSearch`): per query word, each item's heaviest field hit times the match quality;
 * an item must match every word; its score is the sum over words. Ties go to the item with the
 * larger `order` (a date, or minus a doc number), then to the lower item number.
 *
 * Scratch typed arrays sized to the item count are reused by every search, so a keystroke
 * allocates little beyond its result (and a scorer is not for two searches at once).
 */
export class Scorer {
  // Per item: best weight for the current word, its field, the stamp of the word that set it,
  // the running total and heaviest hit over words, and its field.
  private readonly wordScore: Float64Array;
  private readonly wordField: Uint8Array;
  private readonly wordStamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly total: Float64Array;
  private readonly heaviest: Float64Array;
  private readonly bestField: Uint8Array;
  private readonly candidates: Int32Array;
  private stamp = 0;
  private touchedCount = 0;
  private words = 0;
  /** How many items match every word so far. */
  count = 0;

  constructor(items: number) {
    this.wordScore = new Float64Array(items);
    this.wordField = new Uint8Array(items);
    this.wordStamp = new Int32Array(items);
    this.touched = new Int32Array(items);
    this.total = new Float64Array(items);
    this.heaviest = new Float64Array(items);
    this.bestField = new Uint8Array(items);
    this.candidates = new Int32Array(items);
  }

  /** Starts a query. */
  reset(): void {
    this.words = 0;
    this.count = 0;
  }

  /** Starts the next query word. */
  startWord(): void {
    if (this.stamp === 0x7fffffff) {
      this.stamp = 0;
      this.wordStamp.fill(0);
    }
    this.stamp++;
    this.touchedCount = 0;
  }

  /** Scores the postings `list[from..to)` (`item << FIELD_BITS | mask`) for the current word. */
  visit(list: Int32Array, from: number, to: number, quality: number): void {
    const { wordScore, wordField, wordStamp, touched, stamp } = this;
    let count = this.touchedCount;
    for (let p = from; p < to; p++) {
      const posting = list[p];
      const it = posting >>> FIELD_BITS;
      const mask = posting & MASK;
      const s = MASK_WEIGHT[mask] * quality;
      if (wordStamp[it] !== stamp) {
        wordStamp[it] = stamp;
        wordScore[it] = s;
        wordField[it] = MASK_FIELD[mask];
        touched[count++] = it;
      } else if (s > wordScore[it]) {
        wordScore[it] = s;
        wordField[it] = MASK_FIELD[mask];
      }
    }
    this.touchedCount = count;
  }

  /**
   * Ends the current word: the first word's items (those whose `types[item]` bit is in
   * `allowed`) become the candidates; a later word keeps the candidates it matched. Returns
   * how many are left.
   */
  endWord(types?: ArrayLike<number>, allowed = -1): number {
    const { wordScore, wordField, wordStamp, total, heaviest, bestField, candidates } = this;
    let count = 0;
    if (this.words++ === 0) {
      const touched = this.touched;
      for (let k = 0; k < this.touchedCount; k++) {
        const it = touched[k];
        if (types && !(allowed & (1 << types[it]))) continue;
        total[it] = heaviest[it] = wordScore[it];
        bestField[it] = wordField[it];
        candidates[count++] = it;
      }
    } else {
      const stamp = this.stamp;
      for (let k = 0; k < this.count; k++) {
        const it = candidates[k];
        if (wordStamp[it] !== stamp) continue;
        const s = wordScore[it];
        total[it] += s;
        if (s > heaviest[it]) {
          heaviest[it] = s;
          bestField[it] = wordField[it];
        }
        candidates[count++] = it;
      }
    }
    return (this.count = count);
  }

  /** The best `limit` candidates, best first (see `topItems`). */
  top(limit: number, order: Float64Array): number[] {
    return topItems(this.candidates, this.count, this.total, order, limit);
  }

  score(item: number): number {
    return this.total[item];
  }

  field(item: number): SearchField {
    return SEARCH_FIELDS[this.bestField[item]];
  }
}

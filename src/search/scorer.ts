import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { topItems } from './rank.js';
import { siftDown, siftUp } from './total-heap.js';
import { WordTable } from './word-table.js';

/** Match quality: the whole word, the start of a word, one typo, two typos. */
export const EXACT = 1;
export const PREFIX = 0.8;
export const TYPO = [1, 0.5, 0.35] as const;

/** Word tables kept between searches: a phrase of this many words re-reads nothing it kept. */
const KEPT_TABLES = 8;

/** Set bits in a 32-bit word. */
function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The ranking both searches share (the in-memory `SearchIndex` and the archive's
 * `ArchivePartSearch`): per query word, each item's heaviest field hit times the match quality;
 * an item must match every word; its score is the sum over words in query order. Ties go to
 * the item with the larger `order` (a date, or minus a doc number), then to the lower item.
 *
 * A search names each word's postings lists (`startWord`, `visit`); `endWord` reads them into
 * a `WordTable` (or reuses the one an earlier keystroke built from the same lists: typing
 * "partnership for p" re-reads only "p"); `finish` ANDs the tables' bits for the exact count
 * and scores the items in item order. Where `order` never rises with the item number (items
 * numbered newest first), it stops as soon as `limit` items have the highest total a query
 * can give: no later item can pass them.
 *
 * Scratch arrays sized to the item count are reused by every search (a scorer is not for two
 * searches at once); it keeps up to `KEPT_TABLES` word tables, about 1.1 bytes an item each.
 */
export class Scorer {
  private readonly items: number;
  private readonly all: Int32Array;
  private readonly total: Float64Array;
  private readonly candidates: Int32Array;
  /** Kept tables, least recently used first. */
  private readonly kept: WordTable[] = [];
  /** This query's tables, in query order. */
  private readonly words: WordTable[] = [];
  // The current word's lists, as `visit` names them.
  private readonly lists: Int32Array[] = [];
  private readonly bounds: number[] = [];
  private readonly qualities: number[] = [];
  private live = 0;
  private monotone?: { order: Float64Array; ok: boolean };
  /** How many items match every word (of an allowed type). */
  count = 0;

  constructor(items: number) {
    this.items = items;
    this.all = new Int32Array((items + 31) >>> 5);
    this.total = new Float64Array(items);
    this.candidates = new Int32Array(items);
  }

  /** Starts a query. */
  reset(): void {
    // A query of more words than that kept a table for each: keep only the newest again.
    if (this.kept.length > KEPT_TABLES) this.kept.splice(0, this.kept.length - KEPT_TABLES);
    this.words.length = 0;
    this.count = this.live = 0;
  }

  /** Starts the next query word. */
  startWord(): void {
    this.lists.length = this.bounds.length = this.qualities.length = 0;
  }

  /** Names the postings `list[from..to)` (`item << FIELD_BITS | mask`) for the current word. */
  visit(list: Int32Array, from: number, to: number, quality: number): void {
    if (to <= from) return;
    this.lists.push(list);
    this.bounds.push(from, to);
    this.qualities.push(quality);
  }

  /** Ends the current word; returns whether it has any postings (an item must match it). */
  endWord(): boolean {
    if (this.lists.length === 0) return false;
    this.words.push(this.table());
    return true;
  }

  /** The kept table built from the current word's lists, or a new one (the oldest reused). */
  private table(): WordTable {
    const { kept, lists, bounds, qualities } = this;
    let at = kept.findIndex((t) => t.matches(lists, bounds, qualities));
    let table: WordTable;
    if (at >= 0) table = kept[at];
    else {
      // Not one this query already reads: a word repeated reuses its table above.
      at = kept.length < KEPT_TABLES ? -1 : kept.findIndex((t) => !this.words.includes(t));
      table = at >= 0 ? kept[at] : new WordTable(this.items);
      table.build(lists, bounds, qualities);
    }
    if (at >= 0) kept.splice(at, 1);
    kept.push(table);
    return table;
  }

  /**
   * Finds the items (whose `types[item]` bit is in `allowed`) that match every word, counts
   * them, and scores those `top(limit, order)` may return. Returns the count.
   */
  finish(types?: ArrayLike<number>, allowed = -1, limit = Infinity, order?: Float64Array): number {
    const { words, all, total } = this;
    this.count = this.live = 0;
    if (words.length === 0) return 0;
    all.set(words[0].bits);
    for (let w = 1; w < words.length; w++) {
      const bits = words[w].bits;
      for (let k = 0; k < all.length; k++) all[k] &= bits[k];
    }
    // The highest total: every word at its best, summed in query order as below.
    const bests = words.map((word) => word.values[word.best]);
    let highest = bests[0];
    for (let w = 1; w < words.length; w++) highest += bests[w];
    // Items newest first (order never rises): a later item passes a kept one only by scoring
    // strictly more, so only the best `limit` so far are kept (a heap, worst at its root), and
    // once they all have the highest total nothing later can enter.
    const bounded = order !== undefined && limit < this.items && this.isMonotone(order);
    const heap = this.candidates;
    let count = 0;
    let live = 0;
    let done = false;
    for (let k = 0; k < all.length; k++) {
      for (let v = all[k]; v !== 0; v &= v - 1) {
        const it = (k << 5) | (31 - Math.clz32(v & -v));
        if (types && !(allowed & (1 << types[it]))) continue;
        count++;
        if (done) continue;
        let t = words[0].score(it);
        if (bounded && live === limit) {
          // Its first word's score plus every other word at its best, summed in the same order,
          // is at least its total: when that cannot pass the worst kept, skip the look-ups.
          let bound = t;
          for (let w = 1; w < words.length; w++) bound += bests[w];
          if (!(bound > total[heap[0]])) continue;
        }
        for (let w = 1; w < words.length; w++) t += words[w].score(it);
        if (!bounded) {
          total[it] = t;
          heap[live++] = it;
        } else if (live < limit) {
          total[it] = t;
          heap[live] = it;
          siftUp(heap, total, live++);
        } else if (t > total[heap[0]]) {
          total[it] = t;
          heap[0] = it;
          siftDown(heap, total, live);
        }
        if (bounded && live === limit && total[heap[0]] === highest) done = true;
      }
      // Past the stop only the count is left: without a type filter, bit counts.
      if (done && !types) for (k++; k < all.length; k++) count += bitCount(all[k]);
    }
    this.live = live;
    return (this.count = count);
  }

  /** Whether `order` never rises from one item to the next (checked once per array). */
  private isMonotone(order: Float64Array): boolean {
    if (this.monotone?.order !== order) {
      let ok = true;
      for (let i = 1; i < order.length && ok; i++) ok = order[i] <= order[i - 1];
      this.monotone = { order, ok };
    }
    return this.monotone.ok;
  }

  /** The best `limit` scored items, best first (see `topItems`). */
  top(limit: number, order: Float64Array): number[] {
    return topItems(this.candidates, this.live, this.total, order, limit);
  }

  score(item: number): number {
    return this.total[item];
  }

  /** The field of the item's heaviest hit (the first word's, of equal ones). */
  field(item: number): SearchField {
    const { words } = this;
    let best = 0;
    for (let w = 1; w < words.length; w++)
      if (words[w].score(item) > words[best].score(item)) best = w;
    return SEARCH_FIELDS[words[best].field(item)];
  }
}

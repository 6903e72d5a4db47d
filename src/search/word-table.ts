import { FIELD_BITS, MASK_FIELD, MASK_WEIGHT } from './fields.js';

const MASK = (1 << FIELD_BITS) - 1;

/**
 * One query word's postings, read once: a bit per item it matches, and per item the code of its
 * best score (0 when it does not match) and the field of that hit. A later keystroke that keeps
 * the word (every keystroke but the one that edits it) reuses the table instead of reading the
 * postings again, and a phrase's items are found by ANDing the words' bits.
 *
 * Scores are kept exactly: `values[code]` is the same double `MASK_WEIGHT[mask] * quality` a
 * plain scan computes, and codes rise with scores, so comparing codes compares scores.
 */
export class WordTable {
  readonly bits: Int32Array;
  readonly code: Uint8Array;
  readonly field: Uint8Array;
  /** Distinct scores this word can give, ascending; `values[0]` (no match) is 0. */
  values: Float64Array = new Float64Array(1);
  /** The highest code any item has. */
  best = 0;
  // What it was built from: per list its array, bounds and quality (`matches` compares them).
  private lists: Int32Array[] = [];
  private bounds: number[] = [];
  private qualities: number[] = [];

  constructor(items: number) {
    this.bits = new Int32Array((items + 31) >>> 5);
    this.code = new Uint8Array(items);
    this.field = new Uint8Array(items);
  }

  /** Whether this table was built from exactly these lists (`list[from..to)` at `quality`). */
  matches(lists: readonly Int32Array[], bounds: readonly number[], qualities: readonly number[]) {
    if (lists.length !== this.lists.length) return false;
    for (let l = 0; l < lists.length; l++)
      if (
        lists[l] !== this.lists[l] ||
        qualities[l] !== this.qualities[l] ||
        bounds[2 * l] !== this.bounds[2 * l] ||
        bounds[2 * l + 1] !== this.bounds[2 * l + 1]
      )
        return false;
    return true;
  }

  /** Reads the postings (`item << FIELD_BITS | mask`) of every list into the table. */
  build(lists: readonly Int32Array[], bounds: readonly number[], qualities: readonly number[]) {
    this.lists = lists.slice();
    this.bounds = bounds.slice();
    this.qualities = qualities.slice();
    const { bits, code, field } = this;
    bits.fill(0);
    code.fill(0);
    // Every score a (mask, quality) pair can give, ascending and distinct, then per list a code
    // per mask.
    const scores = new Set<number>([0]);
    for (const quality of new Set(qualities))
      for (let mask = 1; mask <= MASK; mask++) scores.add(MASK_WEIGHT[mask] * quality);
    this.values = Float64Array.from(scores).sort();
    const codeOf = new Map(Array.from(this.values, (v, c) => [v, c]));
    const tables = new Map<number, Uint8Array>();
    for (const quality of qualities) {
      if (tables.has(quality)) continue;
      const table = new Uint8Array(MASK + 1);
      for (let mask = 1; mask <= MASK; mask++)
        table[mask] = codeOf.get(MASK_WEIGHT[mask] * quality)!;
      tables.set(quality, table);
    }
    let best = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      const codes = tables.get(qualities[l])!;
      for (let p = bounds[2 * l], to = bounds[2 * l + 1]; p < to; p++) {
        const posting = list[p];
        const it = posting >>> FIELD_BITS;
        const mask = posting & MASK;
        const c = codes[mask];
        // The first hit sets the item; a later one only when it scores strictly more (as a scan
        // in list order keeps the first of equal hits).
        if (c > code[it]) {
          code[it] = c;
          field[it] = MASK_FIELD[mask];
          if (c > best) best = c;
        }
        bits[it >>> 5] |= 1 << (it & 31);
      }
    }
    this.best = best;
  }

  /** This word's score for `item` (0 when it does not match). */
  score(item: number): number {
    return this.values[this.code[item]];
  }
}

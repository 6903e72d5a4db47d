import { FIELD_BITS, MASK_FIELD, MASK_WEIGHT } from './fields.js';

const MASK = (1 << FIELD_BITS) - 1;

/**
 * `code << FIELD_SHIFT | field` in a byte: the bits a field index needs (3 for the 7 fields),
 * then the score's code in the rest (`build` checks a word's scores fit).
 */
const FIELD_SHIFT = 32 - Math.clz32(FIELD_BITS - 1);

/**
 * Reads `list[from..to)` into `hit` and `bits` (see `WordTable.build`); returns the OR of its
 * postings. No branch per posting: a dense word's hits fall either way at random, and the
 * mispredicted branch cost 5.0 against 2.9 ns a posting (Node 20, this machine).
 */
function readList(
  list: Int32Array,
  from: number,
  to: number,
  codes: Uint8Array,
  hit: Uint8Array,
  bits: Int32Array,
): number {
  let union = 0;
  for (let p = from; p < to; p++) {
    const posting = list[p];
    const it = posting >>> FIELD_BITS;
    const c = codes[posting & MASK];
    const old = hit[it];
    // The first hit sets the item; a later one only when it scores strictly more (as a scan in
    // list order keeps the first of equal hits). Without a branch: `up` is 1 when the old code
    // is lower (codes are small, so the difference's sign bit says it), and then `c` is taken.
    const up = ((old >> FIELD_SHIFT) - (c >> FIELD_SHIFT)) >>> 31;
    hit[it] = old ^ ((old ^ c) & -up);
    bits[it >>> 5] |= 1 << (it & 31);
    union |= posting;
  }
  return union;
}

/**
 * One query word's postings, read once: a bit per item it matches, and per item one byte, the
 * code of its best score (0 when it does not match) and the field of that hit. A later
 * keystroke that keeps the word (every keystroke but the one that edits it) reuses the table
 * instead of reading the postings again, and a phrase's items are found by ANDing the words'
 * bits.
 *
 * Scores are kept exactly: `values[code]` is the same double `MASK_WEIGHT[mask] * quality` a
 * plain scan computes, and codes rise with scores, so comparing codes compares scores. Code and
 * field share a byte.
 */
export class WordTable {
  readonly bits: Int32Array;
  /** Per item `code << FIELD_SHIFT | field`. */
  private readonly hit: Uint8Array;
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
    this.hit = new Uint8Array(items);
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
    const { bits, hit } = this;
    bits.fill(0);
    hit.fill(0);
    // Every score a (mask, quality) pair can give, ascending and distinct, then per quality a
    // byte per mask: its score's code and its field.
    const scores = new Set<number>([0]);
    for (const quality of new Set(qualities))
      for (let mask = 1; mask <= MASK; mask++) scores.add(MASK_WEIGHT[mask] * quality);
    this.values = Float64Array.from(scores).sort();
    if (this.values.length > 256 >> FIELD_SHIFT) throw new RangeError('too many match qualities');
    const codeOf = new Map(Array.from(this.values, (v, c) => [v, c]));
    const tables = new Map<number, Uint8Array>();
    for (const quality of qualities) {
      if (tables.has(quality)) continue;
      const table = new Uint8Array(MASK + 1);
      for (let mask = 1; mask <= MASK; mask++)
        table[mask] = (codeOf.get(MASK_WEIGHT[mask] * quality)! << FIELD_SHIFT) | MASK_FIELD[mask];
      tables.set(quality, table);
    }
    let best = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      const codes = tables.get(qualities[l])!;
      // The fields any posting has: its heaviest is the heaviest of the list's best hit.
      const union = readList(list, bounds[2 * l], bounds[2 * l + 1], codes, hit, bits);
      best = Math.max(best, codes[union & MASK] >> FIELD_SHIFT);
    }
    this.best = best;
  }

  /** This word's score for `item` (0 when it does not match). */
  score(item: number): number {
    return this.values[this.hit[item] >> FIELD_SHIFT];
  }

  /** The field of the item's best hit (an index into `SEARCH_FIELDS`). */
  field(item: number): number {
    return this.hit[item] & ((1 << FIELD_SHIFT) - 1);
  }
}

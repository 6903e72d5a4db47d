/**
 * [start, end) ranges of a text as flat typed arrays, for the ranges transliteration keeps
 * (links, keep-list words, patterns). A keep list can cut a megabyte into some 10^5 ranges, and
 * one `[start, end]` array per range made the garbage collector's work grow faster than the
 * input (#31 item 5): here a range is two numbers in arrays that double when full.
 */
export class Ranges {
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  length = 0;

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2);
      const ends = new Int32Array(this.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  /** Sorts by start and merges ranges that touch or overlap, in place. */
  merge(): this {
    const n = this.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = this.starts[i - 1] <= this.starts[i];
    let starts = this.starts;
    let ends = this.ends;
    if (!sorted) {
      // Most lists arrive sorted (one source, or sources that do not interleave): sort only others.
      const order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((a, b) => starts[a] - starts[b]);
      starts = order.map((i) => this.starts[i]);
      ends = order.map((i) => this.ends[i]);
    }
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (k && starts[i] <= this.ends[k - 1]) {
        if (ends[i] > this.ends[k - 1]) this.ends[k - 1] = ends[i];
      } else {
        this.starts[k] = starts[i];
        this.ends[k++] = ends[i];
      }
    }
    this.length = k;
    return this;
  }
}

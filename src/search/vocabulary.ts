import { maxTypos, typoDistance } from './distance.js';

/**
 * The sorted list of unique folded words, with the lookups a keystroke needs: the range of
 * words that start with a prefix (binary search), and the words one or two typos away.
 *
 * Typos without scanning the vocabulary: if a word is one edit from the query, the edit lies
 * in the query's first half or its second, so the word either starts with the query's first
 * half or ends with its second half (a one-unit gap between the halves keeps a swap across the
 * middle on one side). "Starts with" is a prefix range in the sorted words; "ends with" is a
 * prefix range in the sorted reversed words. Only those few candidates get a distance check.
 * For two edits (words of 9+) the anchors are the first and last three letters, which still
 * finds every one-edit word and every two-edit word whose typos are not at both ends.
 */
export class Vocabulary {
  private readonly reversed: string[];
  private readonly reversedId: Int32Array;

  /** @param terms unique words, sorted by UTF-16 code units (`Array.prototype.sort()`). */
  constructor(readonly terms: string[]) {
    this.reversed = terms.map(reverse).sort();
    this.reversedId = new Int32Array(this.reversed.length);
    for (let r = 0; r < this.reversed.length; r++) {
      this.reversedId[r] = lowerBound(terms, reverse(this.reversed[r]));
    }
  }

  /** Half-open range of term ids that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    return prefixRange(this.terms, prefix);
  }

  /**
   * Calls `each(termId, distance)` for every term within `typoDistance` of `word` that does
   * not start with `word` (those are prefix matches already).
   */
  typos(word: string, each: (termId: number, distance: number) => void): void {
    const n = word.length;
    const max = maxTypos(n);
    if (max === 0) return;
    const head = max >= 2 ? 3 : (n - 1) >> 1;
    const tail = max >= 2 ? n - 3 : head + 1;
    const startsWith = word.slice(0, head);
    const check = (t: number): void => {
      const term = this.terms[t];
      if (Math.abs(term.length - n) > max || term.startsWith(word)) return;
      const d = typoDistance(word, term);
      if (d > 0) each(t, d);
    };
    const [lo, hi] = prefixRange(this.terms, startsWith);
    for (let t = lo; t < hi; t++) check(t);
    const [rlo, rhi] = prefixRange(this.reversed, reverse(word.slice(tail)));
    for (let r = rlo; r < rhi; r++) {
      const t = this.reversedId[r];
      if (!this.terms[t].startsWith(startsWith)) check(t); // else already seen above
    }
  }
}

/** By UTF-16 units, as the words are compared. */
function reverse(s: string): string {
  // A long word whole: `+=` per unit grew faster than the word on a megabyte-long one (#31);
  // it is the quicker for the short words that make a vocabulary.
  if (s.length > 64) return s.split('').reverse().join('');
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function prefixRange(sorted: string[], prefix: string): [number, number] {
  // Words never contain U+FFFF (not a letter or digit), so it sorts after every extension.
  return [lowerBound(sorted, prefix), lowerBound(sorted, prefix + '\uffff')];
}

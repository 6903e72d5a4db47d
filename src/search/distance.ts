/**
 * Bounded edit distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), answered as yes/no so the check can stop early. Inputs are folded words.
 */

function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

function withinOne(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  const n = b.length;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length !== b.length) return sameFrom(a, i + 1, b, i); // one extra unit in a
  if (i === n) return true;
  if (sameFrom(a, i + 1, b, i + 1)) return true; // substitution
  return (
    i + 1 < n &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    sameFrom(a, i + 2, b, i + 2)
  );
}

let rows = new Int32Array(0);

/** Whether `a` and `b` are at most `max` edits apart (`max` 0, 1 or 2; larger works, slower). */
function withinEdits(a: string, b: string, max: number): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return false;
  if (max <= 0) return a === b;
  if (max === 1) return withinOne(a, b);
  const w = lb + 1;
  if (rows.length < 3 * w) rows = new Int32Array(3 * w * 2);
  // Three rolling rows: two back (for swaps), previous, current.
  let r2 = 0;
  let r1 = w;
  let r0 = 2 * w;
  for (let j = 0; j <= lb; j++) rows[r1 + j] = j;
  for (let i = 1; i <= la; i++) {
    rows[r0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        rows[r1 + j] + 1,
        rows[r0 + j - 1] + 1,
        rows[r1 + j - 1] + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, rows[r2 + j - 2] + 1);
      }
      rows[r0 + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return false;
    const t = r2;
    r2 = r1;
    r1 = r0;
    r0 = t;
  }
  return rows[r1 + lb] <= max;
}

/** Typos tolerated in a query word of `length` folded units: none below 5, one from 5, two from 9. */
export function maxTypos(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The one typo rule, shared by search and highlight: 1 or 2 when `term` is that many edits
 * from the query word `word` within its tolerance, else 0 (also for equal words). Two edits
 * count only when the first or the last three letters agree (see `Vocabulary.typos`).
 */
export function typoDistance(word: string, term: string): number {
  const max = maxTypos(word.length);
  if (max === 0 || Math.abs(term.length - word.length) > max || word === term) return 0;
  if (withinEdits(word, term, 1)) return 1;
  if (max < 2) return 0;
  const anchored = term.startsWith(word.slice(0, 3)) || term.endsWith(word.slice(-3));
  return anchored && withinEdits(word, term, 2) ? 2 : 0;
}

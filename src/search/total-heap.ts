/**
 * The scorer's heap of its best items so far (src/search/scorer.ts): item numbers in an
 * `Int32Array`, ordered by their `total`.
 */
// A heap of items by total, the lowest at the root; of equal totals the later item (the one
// added later in item order) is the lower, so it leaves first.
function lower(heap: Int32Array, total: Float64Array, a: number, b: number): boolean {
  const x = total[heap[a]];
  const y = total[heap[b]];
  return x !== y ? x < y : heap[a] > heap[b];
}

/** Moves the entry at `i` up to its place. */
export function siftUp(heap: Int32Array, total: Float64Array, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!lower(heap, total, i, parent)) return;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

/** Moves the root down to its place in a heap of `size` entries. */
export function siftDown(heap: Int32Array, total: Float64Array, size: number): void {
  for (let i = 0; ;) {
    const l = 2 * i + 1;
    let low = i;
    if (l < size && lower(heap, total, l, low)) low = l;
    if (l + 1 < size && lower(heap, total, l + 1, low)) low = l + 1;
    if (low === i) return;
    [heap[i], heap[low]] = [heap[low], heap[i]];
    i = low;
  }
}

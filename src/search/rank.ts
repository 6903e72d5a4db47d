/**
 * Picks the best `limit` candidates without sorting them all: a bounded heap whose root is the
 * worst kept candidate, so most of 10,000 candidates cost one comparison. Order: score, then
 * date (newest first, undated last), then feed order.
 */
export function topItems(
  candidates: Int32Array,
  count: number,
  score: Float64Array,
  date: Float64Array,
  limit: number,
): number[] {
  const better = (a: number, b: number): boolean =>
    score[a] !== score[b] ? score[a] > score[b] : date[a] !== date[b] ? date[a] > date[b] : a < b;

  if (limit >= count) {
    return Array.from(candidates.subarray(0, count)).sort((a, b) => (better(a, b) ? -1 : 1));
  }
  const heap: number[] = [];
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst], heap[l])) worst = l;
      if (r < heap.length && better(heap[worst], heap[r])) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  };
  for (let c = 0; c < count; c++) {
    const item = candidates[c];
    if (heap.length < limit) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent], heap[i])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (better(item, heap[0])) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}

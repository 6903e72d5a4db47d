/**
 * The first keystroke is the expensive one: "s" is the prefix of thousands of words whose
 * postings add up to many times the number of items. For the one- and two-letter prefixes
 * where that happens, the build merges the range once into one posting per item (item and
 * the OR of its field masks; the heaviest field is all ranking needs), so a keystroke reads
 * at most one entry per item instead of one per (word, item).
 */

/** Merge a prefix when its range holds at least this many postings... */
const MIN_POSTINGS = 16384;
/** ...and at least this many per distinct item (else merging saves little). */
const MIN_RATIO = 2;

export function mergeShortPrefixes(
  terms: readonly string[],
  offsets: Int32Array,
  postings: Int32Array,
  itemCount: number,
  fieldBits: number,
): Map<string, Int32Array> {
  const merged = new Map<string, Int32Array>();
  const masks = new Int32Array(itemCount);
  const seen = new Int32Array(itemCount);
  let group = 0;
  const fieldMask = (1 << fieldBits) - 1;

  for (const length of [1, 2]) {
    let lo = 0;
    while (lo < terms.length) {
      if (terms[lo].length < length) {
        lo++; // a shorter word ("s" when grouping by two letters) belongs to no group
        continue;
      }
      const prefix = terms[lo].slice(0, length);
      let hi = lo + 1;
      while (hi < terms.length && terms[hi].startsWith(prefix)) hi++;
      const count = offsets[hi] - offsets[lo];
      if (count >= MIN_POSTINGS) {
        group++;
        const touched: number[] = [];
        for (let p = offsets[lo]; p < offsets[hi]; p++) {
          const posting = postings[p];
          const item = posting >>> fieldBits;
          if (seen[item] !== group) {
            seen[item] = group;
            masks[item] = 0;
            touched.push(item);
          }
          masks[item] |= posting & fieldMask;
        }
        if (count >= MIN_RATIO * touched.length) {
          const list = Int32Array.from(touched).sort();
          for (let k = 0; k < list.length; k++) list[k] = (list[k] << fieldBits) | masks[list[k]];
          merged.set(prefix, list);
        }
      }
      lo = hi;
    }
  }
  return merged;
}

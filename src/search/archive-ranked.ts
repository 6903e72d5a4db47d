/**
 * The first keystrokes ("v", "vu", a split group's "vuc") read prefix entries whose merged
 * lists cover most docs: scoring them costs milliseconds. A prefix entry carries its best docs
 * as the build ranked them (score, then newest), so a one-word query that is the entry's own
 * key needs only their scores, read from the entry's two lists by binary search.
 */
import { FIELD_BITS, MASK_FIELD, MASK_WEIGHT, SEARCH_FIELDS } from './fields.js';
import type { ArchiveHit } from './archive-part.js';
import type { ShardEntry } from './archive-format.js';
import { EXACT, PREFIX } from './scorer.js';

const MASK = (1 << FIELD_BITS) - 1;

/** The best `limit` hits of the entry's key, and how many match; `undefined` past what it ranked. */
export function rankedHits(
  entry: Extract<ShardEntry, { kind: 'prefix' }>,
  limit: number,
): { hits: ArchiveHit[]; count: number } | undefined {
  // Every word the key starts, itself included, is in `merged`: its length is the count.
  const count = entry.merged.length;
  if (entry.docs.length < Math.min(limit, count)) return undefined;
  const hits = entry.docs.slice(0, limit).map(([doc]) => {
    const whole = find(entry.exact, doc);
    const part = find(entry.merged, doc);
    const exact = whole < 0 ? 0 : MASK_WEIGHT[whole & MASK] * EXACT;
    const prefix = part < 0 ? 0 : MASK_WEIGHT[part & MASK] * PREFIX;
    const mask = exact >= prefix ? whole & MASK : part & MASK;
    return { doc, score: Math.max(exact, prefix), field: SEARCH_FIELDS[MASK_FIELD[mask]] };
  });
  return { hits, count };
}

/** The posting of `doc` in `list` (sorted by doc), or -1. */
function find(list: Int32Array, doc: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid] >>> FIELD_BITS;
    if (at === doc) return list[mid];
    if (at < doc) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * Number attributes as the widgets read them: a positive, finite value, else the documented
 * default. `limit="0"`, `limit="-3"` or `limit="many"` (NaN) never hide everything or loop forever.
 */
export function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A whole count from a number attribute: `positiveOr`, rounded down (`limit="2.5"` shows 2). */
export function countOr(value: number | undefined, fallback: number): number {
  return Math.floor(positiveOr(value, fallback));
}

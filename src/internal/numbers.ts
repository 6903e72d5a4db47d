/**
 * Number attributes as the widgets read them: a positive, finite value, else the documented
 * default. `limit="0"`, `limit="-3"` or `limit="many"` (NaN) never hide everything or loop forever.
 *
 * Vue, Svelte and React 19 set `limit="2"` in a template as the *property* `"2"`, not through the
 * attribute, so Lit's Number converter never runs: every reader takes `unknown` and reads a
 * numeric string as the attribute would (`Number(value)`); anything else is refused as before.
 */
export function numberFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  // `Number('')` and `Number(' ')` are 0, which no attribute means: refused as blank.
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return undefined;
}

export function positiveOr(value: unknown, fallback: number): number {
  const n = numberFrom(value);
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** A whole count from a number attribute: `positiveOr`, rounded down (`limit="2.5"` shows 2). */
export function countOr(value: unknown, fallback: number): number {
  return Math.floor(positiveOr(value, fallback));
}

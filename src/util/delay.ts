/**
 * A delay a timer can really wait. `setTimeout` keeps its delay in a signed 32-bit integer:
 * 2^31 ms (about 24.8 days) or more wraps to 0 and fires at once, so `timeout="3000000"` (s) or
 * `interval="9e9"` ran every task. Non-numbers, NaN and values ≤ 0 take the fallback.
 */
export const MAX_DELAY_MS = 2 ** 31 - 1;

export function clampDelay(ms: unknown, fallback: number): number {
  if (typeof ms !== 'number' || !(ms > 0)) return fallback;
  return Math.min(ms, MAX_DELAY_MS);
}

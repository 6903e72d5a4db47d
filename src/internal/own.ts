/**
 * An options object with no prototype: only the keys written here are read.
 *
 * Lit, `fetch` and `attachShadow` read their options with plain property access, which also finds
 * enumerable properties a host page left on `Object.prototype` (what a URL-parameter prototype
 * pollution leaves behind). `Object.prototype.state = 'x'` made every Lit property internal
 * state (no attributes read: every widget empty), `renderBefore` broke every render, and
 * `credentials: 'include'` or `integrity` on `Object.prototype` reached our feed request. Options
 * we hand to the platform or to Lit go through `own()`.
 */
export function own<T extends object>(value: T): T {
  return Object.assign(Object.create(null) as T, value);
}

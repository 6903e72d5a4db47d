/**
 * A feed's `src` as an absolute URL, against the page (in a browser) or the worker's location:
 * the key of the page's one-request-per-URL cache and what is fetched. Throws on a malformed URL.
 */
export function feedUrl(src: string): string {
  return new URL(src, globalThis.document?.baseURI ?? globalThis.location?.href).href;
}

/**
 * Makes a relative URL absolute against the base. This only resolves; whether a URL may be
 * rendered is decided at render time by the one allow-list in `internal/safe-url.ts`.
 */
export function resolveUrl(raw: string | undefined, base: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!base) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

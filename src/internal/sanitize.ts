/**
 * Feed HTML (an article body) to a sanitized, inert `DocumentFragment`, ready to append.
 * Lit's unsafe-HTML directive is never used on feed content: it would bypass this and route the
 * string through Lit's own Trusted Types policy.
 *
 * The sanitizer (sanitizer-chunk.ts, with DOMPurify) is imported on first use, so pages without an
 * article body never load it; in the script-tag build it is one lazy chunk.
 *
 * Trusted Types: DOMPurify parses HTML, a Trusted Types sink, through our own policy:
 *   policy name: `mlo-newsroom-sanitizer`
 * A partner enforcing `require-trusted-types-for 'script'` allows it next to Lit's `lit-html`:
 *   trusted-types lit-html mlo-newsroom-sanitizer;
 * If the page forbids it and enforces Trusted Types, `sanitizeToFragment` rejects (so a widget
 * falls back to the plain-text body) instead of silently returning nothing.
 */

/** The Trusted Types policy the sanitizer creates; publish it for partners with strict CSP. */
export const SANITIZER_POLICY_NAME = 'mlo-newsroom-sanitizer';

let sanitizer: Promise<typeof import('./sanitizer-chunk.js')> | undefined;

/**
 * Sanitizes feed HTML into an inert fragment. Links and images pass the same allow-list as the
 * rest of the library; relative ones are resolved against `base` (the feed URL) when given.
 * Rejects when the page's Trusted Types policy forbids parsing HTML at all, or when the
 * sanitizer's chunk cannot load (a flaky network): the next call tries again.
 */
export async function sanitizeToFragment(html: string, base?: string): Promise<DocumentFragment> {
  const module = await (sanitizer ??= import('./sanitizer-chunk.js').catch((error: unknown) => {
    sanitizer = undefined;
    throw error;
  }));
  return module.sanitizeToFragment(html, base);
}

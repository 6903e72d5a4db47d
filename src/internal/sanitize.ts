/**
 * Feed HTML (an article body) to a sanitized, inert `DocumentFragment`, ready to append.
 * Lit's unsafe-HTML directive is never used on feed content: it would bypass this and route the
 * string through Lit's own Trusted Types policy.
 *
 * Where the browser has its own HTML Sanitizer API (`setHTML` with a `Sanitizer`: Chromium,
 * Firefox) it does the work, with the same allow-list and URL rules (sanitizer-native.ts), and
 * DOMPurify is never downloaded. Elsewhere (WebKit) the DOMPurify sanitizer (sanitizer-chunk.ts)
 * is imported on first use. Pages without an article body load neither; in the script-tag
 * build each is one lazy chunk.
 *
 * Trusted Types: `setHTML` is not a sink and needs no policy. DOMPurify parses HTML, a Trusted
 * Types sink, through our own policy:
 *   policy name: `mlo-newsroom-sanitizer`
 * A partner enforcing `require-trusted-types-for 'script'` allows it next to Lit's `lit-html`:
 *   trusted-types lit-html mlo-newsroom-sanitizer;
 * If the page forbids it and enforces Trusted Types, `sanitizeToFragment` rejects (so a widget
 * falls back to the plain-text body) instead of silently returning nothing.
 */

/** The Trusted Types policy the sanitizer creates; publish it for partners with strict CSP. */
export const SANITIZER_POLICY_NAME = 'mlo-newsroom-sanitizer';

import { safeImageUrl, safeUrl } from './safe-url.js';

let native: Promise<typeof import('./sanitizer-native.js')> | undefined;
let sanitizer: Promise<typeof import('./sanitizer-chunk.js')> | undefined;

/**
 * Sanitizes feed HTML into an inert fragment. Links and images pass the same allow-list as the
 * rest of the library; relative ones are resolved against `base` (the feed URL) when given.
 * Without the browser's sanitizer, rejects when the page's Trusted Types policy forbids parsing
 * HTML at all, or when the sanitizer's chunk cannot load (a flaky network): the next call tries
 * again.
 */
export async function sanitizeToFragment(html: string, base?: string): Promise<DocumentFragment> {
  // Both are lazy chunks: the browser's path (about 1 kB) where the API is there at all, and
  // DOMPurify only when that one declines (no API, or one that ignores our configuration).
  if (typeof (globalThis as { Sanitizer?: unknown }).Sanitizer === 'function') {
    const module = await (native ??= import('./sanitizer-native.js').catch((error: unknown) => {
      native = undefined;
      throw error;
    }));
    const fragment = module.sanitizeNative(html, base);
    if (fragment) return fragment;
  }
  const module = await (sanitizer ??= import('./sanitizer-chunk.js').catch((error: unknown) => {
    sanitizer = undefined;
    throw error;
  }));
  return module.sanitizeToFragment(html, base);
}

// What feed HTML may keep, shared by both sanitizers (DOMPurify in sanitizer-chunk.ts, the
// browser's own in sanitizer-native.ts): one allow-list, one set of URL rules. They live here,
// in the article's own chunk, which both lazy chunks import, not in a module of their own that
// the build would put in the chunk every page loads.

export const ALLOWED_TAGS = [
  'p',
  'br',
  'div',
  'span',
  'strong',
  'em',
  'b',
  'i',
  'u',
  'sub',
  'sup',
  'code',
  'pre',
  'hr',
  'a',
  'abbr',
  'time',
  'cite',
  'q',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];
/**
 * No `class`/`id`/`name` (they could borrow our internal classes to fake a notice, or clobber),
 * no `style`, no `srcset` (each candidate would need checking), no ARIA or `role` (feed
 * markup must not hide or relabel content), no `data-*`.
 */
export const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'datetime',
  'lang',
  'dir',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'reversed',
];
/**
 * Elements removed together with their content; every other element outside the allow-list is
 * replaced by its content. DOMPurify's own list (its `FORBID_CONTENTS` default), which the
 * native path names explicitly.
 */
export const DROP_WITH_CONTENT = [
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'title',
  'video',
  'xmp',
];

const LINK_REL = 'noopener noreferrer nofollow';
const DIMENSION = /^\d{1,5}$/;

/**
 * The URL rules on one kept element, after its attributes were filtered: a link's `href` through
 * `safeUrl` (resolved against `base`, the feed URL) with `rel` set, an image's `src` through
 * `safeImageUrl` (no safe source: the image goes), lazy and without a referrer, numeric sizes
 * only; `href` and `src` on any other element go.
 */
export function checkUrls(node: Element, base: string | undefined): void {
  const tag = node.localName;
  if (tag === 'a') {
    const href = safeUrl(node.getAttribute('href'), base);
    if (href === undefined) node.removeAttribute('href');
    else node.setAttribute('href', href);
    node.setAttribute('rel', LINK_REL);
  } else if (node.hasAttribute('href')) {
    node.removeAttribute('href');
  }

  if (tag === 'img') {
    const src = safeImageUrl(node.getAttribute('src'), base);
    if (src === undefined) {
      node.remove();
      return;
    }
    node.setAttribute('src', src);
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
    for (const name of ['width', 'height']) {
      const value = node.getAttribute(name);
      if (value !== null && !DIMENSION.test(value)) node.removeAttribute(name);
    }
  } else if (node.hasAttribute('src')) {
    node.removeAttribute('src');
  }
}

/**
 * The one way server-rendered HTML reaches the output as markup: an article body, through the
 * browser's own sanitizer (DOMPurify, same allow-lists and URL checks) in jsdom, then in the
 * widget's script, as `SanitizedHtml` does in the browser.
 *
 * In the browser the sanitized nodes are inserted as nodes. A server has to write them as text,
 * which the browser parses again, so this also refuses markup that would not parse back to
 * what was checked (mutation XSS): the markup to be written is parsed once more, as a browser
 * will parse it, and only markup that serializes back to itself is written. Any other is left
 * out, and the article's own sanitizer shows it once the script runs.
 *
 * Each step is one pass over the body: DOMPurify parses and walks it once and hands over its
 * own `<body>` (no fragment: jsdom moves nodes into one in quadratic time), which is changed in
 * place and serialized once; the check is one more parse. A body too big or too deep for jsdom
 * (body-limits.ts) is left to the browser before any of it.
 *
 * `SanitizedMarkup` can only be made here, so the directive below takes nothing else: feed
 * text can not reach `unsafeHTML` by any other route (ESLint forbids importing it elsewhere).
 */
// eslint-disable-next-line no-restricted-imports -- Lit SSR emits markup only through unsafeHTML; its one input type is SanitizedMarkup, which only sanitizedBody (below) makes.
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  inScriptFragment,
  scrollableTables,
} from '../../../src/components/article/article-body.js';
import type { FeedItem } from '../../../src/feed/types.js';
import { t, type Lang } from '../../../src/i18n/index.js';
import { sanitizeToBody } from '../../../src/internal/sanitizer-chunk.js';
import { MAX_SERVER_BODY_DEPTH, overLimits } from './body-limits.js';
import { jsdomWindow, withDom } from './dom.js';

declare const sanitized: unique symbol;
/** Markup that went through `sanitizedBody`. */
export type SanitizedMarkup = string & { readonly [sanitized]: true };

/** The body as markup, or why the server leaves it to the browser's sanitizer. */
export type ServerBody = { markup: SanitizedMarkup } | { left: string };

/** The body as markup, or `undefined` when it has none. */
export function sanitizedBody(
  item: FeedItem,
  lang: Lang,
  base: string | undefined,
): ServerBody | undefined {
  if (!item.contentHtml) return undefined;
  const html = item.contentHtml;
  const over = overLimits(html);
  if (over) return { left: over };
  return withDom(() => {
    let body: HTMLElement | null;
    try {
      body = sanitizeToBody(html, base);
    } catch (error) {
      // jsdom's recursion ran out of stack: a shape body-limits.ts did not foresee.
      if (error instanceof RangeError) return { left: 'too deep for the server' };
      throw error;
    }
    if (!body) return { markup: '' as SanitizedMarkup };
    if (depthOf(body) > MAX_SERVER_BODY_DEPTH)
      return {
        left: `nested more than ${MAX_SERVER_BODY_DEPTH} elements deep, the server's limit`,
      };
    inScriptFragment(body, item.language, lang, item.keep);
    scrollableTables(body, t(lang).item.table);
    const markup = body.innerHTML;
    const again = new (jsdomWindow().DOMParser)().parseFromString(
      `<!doctype html><body>${markup}`,
      'text/html',
    );
    if (again.body.innerHTML !== markup)
      return { left: 'its markup would not parse back the same in a browser' };
    return { markup: markup as SanitizedMarkup };
  });
}

/** How many elements deep `root`'s tree is, without recursion. */
function depthOf(root: Element): number {
  let deepest = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (node.firstElementChild) {
      node = node.firstElementChild;
      deepest = Math.max(deepest, ++depth);
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return deepest;
}

/** The template part for a body `sanitizedBody` made. */
export const sanitizedMarkup = (markup: SanitizedMarkup) => unsafeHTML(markup);

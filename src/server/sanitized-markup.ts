/**
 * The one way server-rendered HTML reaches the output as markup: an article body, through the
 * browser's own sanitizer (DOMPurify, same allow-lists and URL checks) in jsdom, then in the
 * widget's script, as `SanitizedHtml` does in the browser.
 *
 * In the browser the sanitized nodes are inserted as nodes. A server has to write them as text,
 * which the browser parses again, so this also refuses markup that would not parse back to
 * what was checked (mutation XSS): the sanitized body is serialized, sanitized a second time
 * and serialized again, and only a body that comes back unchanged is written. Any other is
 * left out, and the article's own sanitizer shows it once the script runs.
 *
 * `SanitizedMarkup` can only be made here, so the directive below takes nothing else: feed
 * text can not reach `unsafeHTML` by any other route (ESLint forbids importing it elsewhere).
 */
// eslint-disable-next-line no-restricted-imports -- Lit SSR emits markup only through unsafeHTML; its one input type is SanitizedMarkup, which only sanitizedBody (below) makes.
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { inScriptFragment, scrollableTables } from '../components/article/article-body.js';
import type { FeedItem } from '../feed/types.js';
import { t, type Lang } from '../i18n/index.js';
import { sanitizeNow } from '../internal/sanitizer-chunk.js';
import { jsdomWindow, withDom } from './dom.js';

declare const sanitized: unique symbol;
/** Markup that went through `sanitizedBody`. */
export type SanitizedMarkup = string & { readonly [sanitized]: true };

/** The body as markup, or `undefined` when it has none or would not survive a re-parse. */
export function sanitizedBody(
  item: FeedItem,
  lang: Lang,
  base: string | undefined,
): SanitizedMarkup | undefined {
  if (!item.contentHtml) return undefined;
  const html = item.contentHtml;
  return withDom(() => {
    const window = jsdomWindow();
    const serialize = (fragment: DocumentFragment) => {
      const holder = window.document.createElement('div');
      holder.append(fragment);
      return holder.innerHTML;
    };
    const clean = (markup: string) => {
      const fragment = sanitizeNow(markup, base);
      if (!(fragment instanceof window.DocumentFragment))
        throw new Error('The sanitizer is not available in this DOM');
      return fragment;
    };
    const once = serialize(clean(html));
    if (serialize(clean(once)) !== once) return undefined;
    const fragment = clean(once);
    inScriptFragment(fragment, item.language, lang, item.keep);
    scrollableTables(fragment, t(lang).item.table);
    return serialize(fragment) as SanitizedMarkup;
  });
}

/** The template part for a body `sanitizedBody` made. */
export const sanitizedMarkup = (markup: SanitizedMarkup) => unsafeHTML(markup);

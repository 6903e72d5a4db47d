/**
 * schema.org data for the items an element shows: an `ItemList` of `NewsArticle`s for a list,
 * one `NewsArticle` for an article, quote or visit. Only absolute http(s) URLs that pass the
 * widgets' allow-list; as a `<script type="application/ld+json">` with `<`, `>` and `&` escaped,
 * so no feed text can end the script.
 */
import type { FeedItem } from '../../../src/feed/types.js';
import { safeImageUrl, safeUrl } from '../../../src/internal/safe-url.js';
import { translationLinks } from './json-ld-translations.js';

const absolute = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function newsArticle(
  item: FeedItem,
  links: (item: FeedItem) => Record<string, unknown> = () => ({}),
): Record<string, unknown> {
  const names = item.authors.map((a) => a.name).filter((n): n is string => !!n);
  return prune({
    '@type': 'NewsArticle',
    headline: item.title?.slice(0, 110),
    description: item.summary,
    url: absolute(safeUrl(item.url)),
    datePublished: item.datePublished,
    dateModified: item.dateModified,
    inLanguage: item.language,
    image: absolute(safeImageUrl(item.image?.src)),
    author: names.length ? names.map((name) => ({ '@type': 'Person', name })) : undefined,
    keywords: item.tags.length ? item.tags.join(', ') : undefined,
    ...links(item),
  });
}

/**
 * The JSON-LD object, or `undefined` when there are no items (contacts, search). `all`, the
 * whole feed, links each item to its other language versions.
 */
export function jsonLd(
  items: FeedItem[],
  list: boolean,
  all: readonly FeedItem[] = items,
): Record<string, unknown> | undefined {
  if (!items.length) return undefined;
  const links = translationLinks(all);
  if (!list) return { '@context': 'https://schema.org', ...newsArticle(items[0], links) };
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: newsArticle(item, links),
    })),
  };
}

/**
 * JSON safe inside a `<script>` element: no `<`, `>`, `&` or line separators as such, and no DEL or
 * C1 control character (`JSON.stringify` escapes C0 only; a terminal acts on a raw U+009B).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A copy of `value` with every array or object nested deeper than `depth` left out (`cut` is
 * called when one is): JSON.stringify recurses, and thousands of levels would overflow it.
 */
export function withinDepth(value: unknown, depth: number, cut: () => void): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth <= 0) {
    cut();
    return undefined;
  }
  if (Array.isArray(value)) return value.map((entry) => withinDepth(entry, depth - 1, cut) ?? null);
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return value; // a Date, or another object with its own toJSON: JSON.stringify decides
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const kept = withinDepth(entry, depth - 1, cut);
    if (kept !== undefined)
      Object.defineProperty(copy, key, {
        value: kept,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

function prune(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

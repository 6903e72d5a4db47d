/**
 * `_mlo.alternates` from an RSS channel's `<atom:link>` or an Atom feed's `<link>`: the feed
 * itself (`rel="self"`, else the address it was read from) in its own format, then each
 * `rel="alternate"` that is a feed (RSS, Atom, JSON Feed), not a web page.
 */
import { formatOf } from '../follow.js';
import { resolveUrl } from '../urls.js';
import { attr } from './dom.js';

export function alternatesOf(
  links: Element[],
  feedUrl: string | undefined,
  ownType: string,
  base: string | undefined,
): { type: string; url: string; title?: string }[] {
  const out = feedUrl ? [{ type: ownType, url: feedUrl }] : [];
  for (const link of links) {
    const type = attr(link, 'type');
    if ((attr(link, 'rel') ?? 'alternate') !== 'alternate' || !type || !formatOf(type)) continue;
    const url = resolveUrl(attr(link, 'href'), base);
    if (url && !out.some((entry) => entry.url === url))
      out.push({ type, url, ...(attr(link, 'title') ? { title: attr(link, 'title') } : {}) });
  }
  return out;
}

/**
 * Where a reader can follow a feed: the feed itself (`feed_url`) and the other formats it names
 * in `_mlo.alternates` (`[{ "type": "application/rss+xml", "url": "…" }]`), which `convert` and
 * the XML reader fill from RSS/Atom `<atom:link rel="self|alternate">`. A news list's `follow`
 * shows them ("Follow: RSS · JSON Feed"). Plain functions, no DOM; every URL still goes through
 * safe-url.ts where it is rendered.
 */
import * as read from './read-fields.js';
import { quote } from './read-values.js';
import type { Feed, FeedLink } from './types.js';

/** The most alternates read; more are reported. */
const MAX_ALTERNATES = 10;
const MEDIA_TYPE = /^[a-z0-9][\w.+-]{0,63}\/[a-z0-9][\w.+-]{0,63}$/i;

/** `_mlo.alternates` of the feed: entries without a URL or a media type are left out, and said. */
export function readAlternates(ext: read.Json, report: read.Report, base: string | undefined) {
  const out: FeedLink[] = [];
  read.list(ext, 'alternates', report, MAX_ALTERNATES).forEach((entry, i) => {
    const at: read.Report = (field, problem) =>
      report(`alternates[${i}]${field ? `.${field}` : ''}`, problem);
    if (!read.isObject(entry)) return at('', `${quote(entry)} is not an object and is left out`);
    const url = read.url(entry, 'url', at, base);
    const type = read.text(entry, 'type', at, 200);
    if (!url) return at('url', 'is missing: the entry is left out');
    if (!type || !MEDIA_TYPE.test(type))
      return at('type', `${quote(type ?? null)} is not a media type: the entry is left out`);
    out.push({ url, type: type.toLowerCase(), title: read.text(entry, 'title', at, 300, true) });
  });
  return out;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/** The format a media type names, or `undefined` for another kind of document. */
export function formatOf(type: string): FeedFormat | undefined {
  const t = type.toLowerCase();
  if (t === 'application/rss+xml' || t === 'application/rdf+xml') return 'rss';
  if (t === 'application/atom+xml') return 'atom';
  if (t === 'application/feed+json' || t === 'application/json') return 'json';
  return undefined;
}

/**
 * The links to follow: the feed itself first (its `feed_url`, else `self`, the address it was
 * read from), typed as an alternate with the same URL says (an RSS file read directly), else
 * JSON Feed; then the alternates, each URL once.
 */
export function followLinks(feed: Feed, self?: string): FeedLink[] {
  const alternates = feed.alternates ?? [];
  const own = feed.feedUrl ?? self;
  const links: FeedLink[] = own
    ? [alternates.find((a) => a.url === own) ?? { url: own, type: 'application/feed+json' }]
    : [];
  for (const link of alternates) if (!links.some((l) => l.url === link.url)) links.push(link);
  return links;
}

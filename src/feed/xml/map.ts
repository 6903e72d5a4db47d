/**
 * RSS (0.90 to 2.0, 1.0/RDF, in any namespace) and Atom (1.0 and 0.3) to a JSON Feed 1.1 object,
 * as jsonfeed.org's "Mapping RSS and Atom to JSON Feed" describes; the JSON reader (normalize.ts)
 * then reads it like any other feed, so dates, languages and bad values get the same forgiving
 * treatment. A pure function of a parsed `Document` (from any `DOMParser`), so a command-line
 * `convert` can reuse it.
 *
 * RSS `description`, `content:encoded` and Atom `html`/`xhtml` content are HTML: they become
 * `content_html`, which only ever reaches the page through the sanitizer.
 */
import { FeedError } from '../errors.js';
import { atomFeed } from './atom.js';
import type { Json } from './common.js';
import { kids, NS } from './dom.js';
import { rssFeed } from './rss.js';

export interface MapOptions {
  /** The feed's own URL: relative links resolve against it (after any `xml:base`). */
  feedUrl?: string;
}

export function xmlToJsonFeed(doc: Document, options: MapOptions = {}): Json {
  const root = doc.documentElement;
  const name = root?.localName;
  if (name === 'rss' || (name === 'RDF' && root.namespaceURI === NS.rdf)) {
    // The channel and items are found by name in whatever namespace the root's children use.
    // Without a channel, the root stands in: an empty feed, or items written straight in it.
    const channel = kids(root).find((child) => child.localName === 'channel') ?? root;
    const ns = [null, channel.namespaceURI ?? null];
    // RSS 2.0 lists its items in the channel, RSS 0.90 and 1.0 next to it; some feeds mix them up.
    const items = [
      ...kids(channel, ns, 'item'),
      ...(channel === root ? [] : kids(root, ns, 'item')),
    ];
    return rssFeed(channel, items, ns, options.feedUrl);
  }
  if (name === 'feed') return atomFeed(root, options.feedUrl);
  throw new FeedError(
    'schema',
    `An XML document, but not an RSS or Atom feed (its root element is <${String(name).slice(0, 40)}>)`,
  );
}

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 to a JSON Feed 1.1 object, as jsonfeed.org's "Mapping RSS
 * and Atom to JSON Feed" describes; the JSON reader (normalize.ts) then reads it like any other
 * feed, so dates, languages and bad values get the same forgiving treatment. A pure function of a
 * parsed `Document` (from any `DOMParser`), so a command-line `convert` can reuse it.
 *
 * RSS `description`, `content:encoded` and Atom `html`/`xhtml` content are HTML: they become
 * `content_html`, which only ever reaches the page through the sanitizer.
 */
import { FeedError } from '../errors.js';
import { MAX_ITEMS } from '../normalize.js';
import { stripTags } from '../../search/strip-tags.js';
import { firstImage } from '../html-text.js';
import { ITEM_TYPES } from '../types.js';
import { resolveUrl } from '../urls.js';
import {
  attr,
  baseOf,
  childText,
  kid,
  kids,
  langOf,
  NS,
  serialize,
  textOf,
  type Ns,
} from './dom.js';
import { media } from './media.js';

type Json = Record<string, unknown>;

export interface MapOptions {
  /** The feed's own URL: relative links resolve against it (after any `xml:base`). */
  feedUrl?: string;
}

export function xmlToJsonFeed(doc: Document, options: MapOptions = {}): Json {
  const root = doc.documentElement;
  const name = root?.localName;
  if (name === 'rss') {
    const channel = kid(root, null, 'channel');
    if (!channel) throw new FeedError('schema', 'An RSS document without a <channel>');
    return rssFeed(channel, kids(channel, null, 'item'), null, options.feedUrl);
  }
  if (name === 'RDF' && root.namespaceURI === NS.rdf) {
    const channel = kid(root, NS.rss1, 'channel');
    if (!channel) throw new FeedError('schema', 'An RSS 1.0 (RDF) document without a <channel>');
    return rssFeed(channel, kids(root, NS.rss1, 'item'), NS.rss1, options.feedUrl);
  }
  if (name === 'feed') return atomFeed(root, options.feedUrl);
  throw new FeedError(
    'schema',
    `An XML document, but not an RSS or Atom feed (its root element is <${String(name).slice(0, 40)}>)`,
  );
}

/** At most MAX_ITEMS mapped; the rest are counted by the reader as "skipped unread". */
function bounded(items: Element[], map: (item: Element) => Json): unknown[] {
  return items.map((item, i) => (i < MAX_ITEMS ? map(item) : null));
}

function rssFeed(
  channel: Element,
  items: Element[],
  ns: Ns,
  fetchedFrom: string | undefined,
): Json {
  const self = attr(
    kids(channel, NS.atom, 'link').find((link) => attr(link, 'rel') === 'self'),
    'href',
  );
  // As the JSON reader does with `feed_url`: the feed's own stated URL is the base, else where it came from.
  const feedUrl = resolveUrl(self, baseOf(channel, fetchedFrom)) ?? fetchedFrom;
  const base = baseOf(channel, feedUrl);
  const author = childText(channel, NS.itunes, 'author') ?? childText(channel, NS.dc, 'creator');
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: plain(childText(channel, ns, 'title')) ?? '',
    home_page_url: resolveUrl(childText(channel, ns, 'link'), base),
    feed_url: feedUrl,
    description: plain(childText(channel, ns, 'description')),
    language:
      childText(channel, ns, 'language') ??
      childText(channel, NS.dc, 'language') ??
      langOf(channel),
    authors: author ? [{ name: author }] : undefined,
    items: bounded(items, (item) => rssItem(item, ns, feedUrl)),
  };
}

function rssItem(item: Element, ns: Ns, feedUrl: string | undefined): Json {
  const base = baseOf(item, feedUrl);
  const guidElement = kid(item, ns, 'guid');
  const guid = textOf(guidElement);
  const about = attr(item, 'about', NS.rdf);
  const permalink =
    guid && attr(guidElement, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guid)
      ? guid
      : undefined;
  const link = childText(item, ns, 'link') ?? permalink ?? about;
  const encoded = childText(item, NS.content, 'encoded');
  const description = childText(item, ns, 'description');
  const summary =
    encoded && description
      ? plain(description)
      : (childText(item, NS.itunes, 'summary') ?? childText(item, NS.itunes, 'subtitle'));
  const names = [
    rssAuthor(childText(item, ns, 'author')),
    ...kids(item, NS.dc, 'creator').map(textOf),
    childText(item, NS.itunes, 'author'),
  ].filter((n): n is string => !!n);
  const categories = [...kids(item, ns, 'category'), ...kids(item, NS.dc, 'subject')].map(textOf);
  const { image, attachments } = media(item, base);
  const title = plain(childText(item, ns, 'title'));
  const html = encoded ?? description;
  return withType(
    {
      id:
        guid ??
        about ??
        link ??
        (title ? `${title} ${childText(item, ns, 'pubDate') ?? ''}`.trim() : undefined),
      url: resolveUrl(link, base),
      title,
      content_html: html,
      summary,
      image: image ?? bodyImage(html, base),
      date_published: childText(item, ns, 'pubDate') ?? childText(item, NS.dc, 'date'),
      authors: names.length ? [...new Set(names)].map((name) => ({ name })) : undefined,
      language: childText(item, NS.dc, 'language') ?? langOf(item),
      attachments: attachments.length ? attachments : undefined,
    },
    categories,
  );
}

/** RSS `author` is an e-mail address, often `jane@example.org (Jane Doe)`: the name when given. */
function rssAuthor(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const open = value.indexOf('(');
  const close = value.lastIndexOf(')');
  return open >= 0 && close > open ? value.slice(open + 1, close).trim() || value : value;
}

function atomFeed(feed: Element, fetchedFrom: string | undefined): Json {
  const ns = feed.namespaceURI;
  const links = kids(feed, ns, 'link');
  const feedUrl =
    resolveUrl(
      attr(
        links.find((l) => attr(l, 'rel') === 'self'),
        'href',
      ),
      baseOf(feed, fetchedFrom),
    ) ?? fetchedFrom;
  const base = baseOf(feed, feedUrl);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: atomTitle(kid(feed, ns, 'title')) ?? '',
    home_page_url: resolveUrl(attr(links.find(isAlternate), 'href'), base),
    feed_url: feedUrl,
    description: atomTitle(kid(feed, ns, 'subtitle')),
    language: langOf(feed),
    authors: atomAuthors(feed, ns, base),
    items: bounded(kids(feed, ns, 'entry'), (entry) => atomEntry(entry, ns, feedUrl)),
  };
}

function atomEntry(entry: Element, ns: Ns, feedUrl: string | undefined): Json {
  const base = baseOf(entry, feedUrl);
  const content = atomContent(kid(entry, ns, 'content'));
  const summary = atomContent(kid(entry, ns, 'summary'));
  const group = kid(entry, NS.media, 'group');
  const mediaText = childText(group ?? entry, NS.media, 'description');
  const published = childText(entry, ns, 'published') ?? childText(entry, ns, 'issued');
  const updated = childText(entry, ns, 'updated') ?? childText(entry, ns, 'modified');
  const { image, attachments } = media(entry, base);
  const url = resolveUrl(attr(kids(entry, ns, 'link').find(isAlternate), 'href'), base);
  const html = content?.html ?? (content ? undefined : summary?.html);
  return withType(
    {
      id: childText(entry, ns, 'id') ?? url,
      url,
      title: atomTitle(kid(entry, ns, 'title')),
      content_html: html,
      content_text: content?.text ?? (content ? undefined : (summary?.text ?? mediaText)),
      summary: content && summary ? (summary.text ?? plain(summary.html)) : undefined,
      image: image ?? bodyImage(html, base),
      date_published: published ?? updated,
      date_modified: updated,
      authors: atomAuthors(entry, ns, base),
      language: langOf(entry),
      attachments: attachments.length ? attachments : undefined,
    },
    kids(entry, ns, 'category').map((c) => attr(c, 'label') ?? attr(c, 'term')),
  );
}

/**
 * The body's first image, resolved against the item's own `xml:base` (JSON Feed has no per-item
 * base, so the reader would resolve it against the feed URL). Links inside the body still resolve
 * against the feed URL when shown: a known limit for feeds that set `xml:base` per entry.
 */
const bodyImage = (html: string | undefined, base: string | undefined) =>
  html ? resolveUrl(firstImage(html)?.src, base) : undefined;

const isAlternate = (link: Element) => (attr(link, 'rel') ?? 'alternate') === 'alternate';

function atomAuthors(parent: Element, ns: Ns, base: string | undefined) {
  const authors = kids(parent, ns, 'author')
    .map((a) => ({
      name: childText(a, ns, 'name'),
      url: resolveUrl(childText(a, ns, 'uri') ?? childText(a, ns, 'url'), base),
    }))
    .filter((a) => a.name || a.url);
  return authors.length ? authors : undefined;
}

/** An Atom text construct: `text` (the default), `html`, or `xhtml` (a `<div>` of markup). */
function atomContent(element: Element | undefined): { html?: string; text?: string } | undefined {
  if (!element || attr(element, 'src')) return undefined;
  const type = (attr(element, 'type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return { html: textOf(element) };
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = kids(element)[0];
    return { html: div ? serialize(div).trim() || undefined : undefined };
  }
  return { text: textOf(element) };
}

function atomTitle(element: Element | undefined): string | undefined {
  const content = atomContent(element);
  return content?.text ?? plain(content?.html);
}

/** HTML (an RSS title or description may hold markup or entities) as plain text. */
function plain(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = (
    value.includes('<') || value.includes('&') ? stripTags(value.slice(0, 20_000)) : value
  )
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/** A category named like one of our item types sets the type (and is not kept as a tag). */
function withType(item: Json, categories: (string | undefined)[]): Json {
  const tags: string[] = [];
  for (const category of categories) {
    const tag = category?.trim();
    if (!tag) continue;
    const type = ITEM_TYPES.find((t) => t === tag.toLowerCase());
    if (type && item._mlo === undefined) item._mlo = { type };
    else if (!type) tags.push(tag);
  }
  if (tags.length) item.tags = [...new Set(tags)];
  return item;
}

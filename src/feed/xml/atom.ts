/** An Atom feed (1.0, and 0.3 with its `tagline`, `issued`, `modified` and `mode`) to JSON Feed. */
import { resolveUrl } from '../urls.js';
import { bodyImage, bounded, followable, language, plain, withType, type Json } from './common.js';
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
import { alternatesOf } from './alternates.js';

export function atomFeed(feed: Element, fetchedFrom: string | undefined): Json {
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
    // A paged feed (RFC 5005): the next, older file of the archive.
    next_url: resolveUrl(
      attr(
        links.find((l) => attr(l, 'rel') === 'next'),
        'href',
      ),
      base,
    ),
    description: atomTitle(kid(feed, ns, 'subtitle') ?? kid(feed, ns, 'tagline')),
    language: language(langOf(feed)),
    authors: atomAuthors(feed, ns, base),
    items: bounded(kids(feed, ns, 'entry'), (entry) => atomEntry(entry, ns, feedUrl)),
    ...followable(alternatesOf(links, feedUrl, 'application/atom+xml', base)),
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
  const { image, alt, attachments } = media(entry, base);
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
      language: language(langOf(entry)),
      attachments: attachments.length ? attachments : undefined,
    },
    kids(entry, ns, 'category').map((c) => attr(c, 'label') ?? attr(c, 'term')),
    alt,
  );
}

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

/**
 * An Atom text construct or content: `text` (the default, and any `text/*`), `html`, or `xhtml`
 * (a `<div>` of markup). Anything else (`application/octet-stream`, other XML, Atom 0.3's base64
 * `mode`) is not text to show: `undefined`, so the entry falls back to its summary.
 */
function atomContent(element: Element | undefined): { html?: string; text?: string } | undefined {
  if (!element || attr(element, 'src') || attr(element, 'mode') === 'base64') return undefined;
  const type = (attr(element, 'type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return { html: textOf(element) };
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = kids(element)[0];
    return { html: div ? serialize(div).trim() || undefined : undefined };
  }
  return type === 'text' || type.startsWith('text/') ? { text: textOf(element) } : undefined;
}

function atomTitle(element: Element | undefined): string | undefined {
  const content = atomContent(element);
  return content?.text ?? plain(content?.html);
}

/** An RSS channel (0.90, 0.91, 0.92, 1.0, 2.0, in whichever namespace) to JSON Feed. */
import { resolveUrl } from '../urls.js';
import { bodyImage, bounded, followable, language, plain, withType, type Json } from './common.js';
import { attr, baseOf, childText, kid, kids, langOf, NS, textOf, type Ns } from './dom.js';
import { media } from './media.js';
import { alternatesOf } from './alternates.js';

export function rssFeed(
  channel: Element,
  items: Element[],
  ns: Ns,
  fetchedFrom: string | undefined,
): Json {
  const atomLinks = kids(channel, NS.atom, 'link');
  const self = attr(
    atomLinks.find((link) => attr(link, 'rel') === 'self'),
    'href',
  );
  // As the JSON reader does with `feed_url`: the feed's own stated URL is the base, else where it came from.
  const feedUrl = resolveUrl(self, baseOf(channel, fetchedFrom)) ?? fetchedFrom;
  const base = baseOf(channel, feedUrl);
  const author = person(
    childText(channel, NS.itunes, 'author') ??
      childText(channel, NS.dc, 'creator') ??
      childText(channel, NS.dc, 'author') ??
      childText(channel, ns, 'author') ??
      childText(channel, ns, 'managingEditor'),
  );
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: plain(childText(channel, ns, 'title') ?? childText(channel, NS.dc, 'title')) ?? '',
    home_page_url: resolveUrl(childText(channel, ns, 'link'), base),
    feed_url: feedUrl,
    // A paged feed (RFC 5005): the next, older file of the archive.
    next_url: resolveUrl(
      attr(
        atomLinks.find((l) => attr(l, 'rel') === 'next'),
        'href',
      ),
      base,
    ),
    description: plain(
      childText(channel, ns, 'description') ??
        childText(channel, NS.dc, 'description') ??
        childText(channel, NS.itunes, 'summary') ??
        childText(channel, NS.itunes, 'subtitle'),
    ),
    language: language(
      childText(channel, ns, 'language') ??
        childText(channel, NS.dc, 'language') ??
        langOf(channel),
    ),
    authors: author?.name ? [author] : undefined,
    items: bounded(items, (item) => rssItem(item, ns, feedUrl)),
    ...followable(alternatesOf(atomLinks, feedUrl, 'application/rss+xml', base)),
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
  const description = childText(item, ns, 'description') ?? childText(item, NS.dc, 'description');
  const summary =
    encoded && description
      ? plain(description)
      : (childText(item, NS.itunes, 'summary') ?? childText(item, NS.itunes, 'subtitle'));
  const authors = new Map<string, Author>();
  for (const author of [
    ...kids(item, ns, 'author'),
    ...kids(item, NS.dc, 'creator'),
    ...kids(item, NS.dc, 'author'),
    ...kids(item, NS.itunes, 'author'),
  ].map((element) => person(textOf(element)))) {
    if (author?.name && !authors.has(author.name)) authors.set(author.name, author);
  }
  const categories = [...kids(item, ns, 'category'), ...kids(item, NS.dc, 'subject')].map(textOf);
  const { image, alt, attachments } = media(item, base, ns);
  const title = plain(childText(item, ns, 'title') ?? childText(item, NS.dc, 'title'));
  const html = encoded ?? description;
  const date =
    childText(item, ns, 'pubDate') ??
    childText(item, NS.dc, 'date') ??
    childText(item, NS.dcterms, 'issued') ??
    childText(item, NS.dcterms, 'created');
  return withType(
    {
      id: guid ?? about ?? link ?? (title ? `${title} ${date ?? ''}`.trim() : undefined),
      url: resolveUrl(link, base),
      title,
      content_html: html,
      summary,
      image: image ?? bodyImage(html, base),
      date_published: date,
      date_modified: childText(item, NS.dcterms, 'modified'),
      authors: authors.size ? [...authors.values()] : undefined,
      language: language(childText(item, NS.dc, 'language') ?? langOf(item)),
      attachments: attachments.length ? attachments : undefined,
    },
    categories,
    alt,
  );
}

interface Author {
  name?: string;
  url?: string;
}

/**
 * A person as RSS writes one: RSS `author` is an e-mail address, often with the name
 * (`jane@example.org (Jane Doe)`, `Jane Doe (jane@example.org)`, `Jane Doe <jane@example.org>`),
 * and other elements sometimes copy that. The name is shown; the address becomes a `mailto:` link.
 */
function person(value: string | undefined): Author | undefined {
  if (!value) return undefined;
  let name = value;
  let email: string | undefined;
  const open = value.endsWith(')') ? '(' : value.endsWith('>') ? '<' : undefined;
  const at = open ? value.lastIndexOf(open) : -1;
  if (at >= 0) {
    const inside = value.slice(at + 1, -1).trim();
    const outside = value.slice(0, at).trim().replace(/^"|"$/g, '');
    [name, email] = inside.includes('@') ? [outside, inside] : [inside, outside];
  } else if (!value.includes(' ')) email = value;
  if (!email?.includes('@') || /\s/.test(email)) [name, email] = [value, undefined];
  return { name: name || email, url: email && `mailto:${email}` };
}

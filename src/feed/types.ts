/**
 * The normalized newsroom model every widget renders. Produced from a JSON Feed 1.1 (with the
 * optional `_mlo` extension) by `normalizeFeed`; nothing here is trusted for HTML or URLs:
 * text goes through Lit's escaping bindings, URLs through `safeUrl`, HTML through the sanitizer.
 */

/** The kinds of item, in one place: the schema (scripts/feed-schema.ts) and the readers take them from here. */
export const ITEM_TYPES = ['article', 'statement', 'quote', 'visit'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** A person as the feed names them: a speaker, a visitor or someone met. */
export interface Person {
  name: string;
  rank?: string;
  role?: string;
  organization?: string;
}

export interface FeedImage {
  /** Raw URL from the feed; pass through `safeImageUrl` before rendering. */
  src: string;
  /** Text alternative; empty string marks a decorative image. */
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export interface PostalAddress {
  street: string;
  building?: string;
  postalCode: string;
  locality: string;
  country: string;
}

export interface ContactPoint {
  name: string;
  unit?: string;
  address: PostalAddress;
  phone?: string;
  email?: string;
  url?: string;
}

/** A file that goes with an item: a podcast episode, a video, a document. */
export interface Attachment {
  /** Raw URL from the feed; pass through `safeMediaUrl` (or `safeUrl` for a link) before rendering. */
  url: string;
  /** `audio/mpeg`, `video/mp4`, `application/pdf`, … */
  mimeType: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

export interface FeedItem {
  id: string;
  type: ItemType;
  url?: string;
  externalUrl?: string;
  title?: string;
  summary?: string;
  contentText?: string;
  contentHtml?: string;
  /**
   * The beginning of `contentHtml` as plain text (tags stripped, entities decoded, at most about
   * 1,000 characters): the text of an untitled note and the excerpt of an HTML-only item.
   */
  htmlText?: string;
  /** The item's `image`, else its `banner_image`, else the first image in its HTML body. */
  image?: FeedImage;
  /** ISO 8601 string as published; absent when the source gives no date. */
  datePublished?: string;
  dateModified?: string;
  tags: string[];
  /** BCP 47 tag of the item, else the feed's. */
  language?: string;
  authors: { name?: string; url?: string }[];
  /** Quotes: who said it. */
  speaker?: Person;
  /** Quotes: the occasion or context ("during his speech at the reception"). */
  context?: string;
  /** Quotes: where the quote was published. */
  sourceUrl?: string;
  /** Visits: the visiting person. */
  visitor?: Person;
  /** Visits: where. */
  location?: string;
  /** Visits: the people met. */
  metWith: Person[];
  /** Podcast episodes, videos and other files, as the feed lists them. */
  attachments?: Attachment[];
  /** Words and names kept in Latin in Cyrillic text: the feed's `_mlo.keep`, then the item's. */
  keep?: string[];
  /** Other language versions of the same statement (`_mlo.translations`); see feed/translations.ts. */
  translations?: Translation[];
  /** `_mlo.pinned`: `true`, or the date it is pinned until (src/feed/pins.ts). */
  pinned?: true | string;
}

/** One language version of an item: another item of the feed (`id`), or a page elsewhere (`url`). */
export interface Translation {
  /** BCP 47 tag, in its conventional case (`sr-Latn`). */
  language: string;
  id?: string;
  /** Raw URL from the feed; pass through `safeUrl` before rendering. */
  url?: string;
}

/** Another address of the feed, to follow it (`_mlo.alternates`, src/feed/follow.ts). */
export interface FeedLink {
  /** Raw URL from the feed, resolved; pass through `safeUrl` before rendering. */
  url: string;
  /** The media type: `application/feed+json`, `application/rss+xml`, `application/atom+xml`, … */
  type: string;
  title?: string;
}

export interface Feed {
  title: string;
  homePageUrl?: string;
  feedUrl?: string;
  /** The next, older file of a paged feed (`next_url`): Load more follows it. */
  nextUrl?: string;
  description?: string;
  language?: string;
  items: FeedItem[];
  contacts: ContactPoint[];
  /** The feed's `_mlo.keep` (each item's `keep` already includes it). */
  keep?: string[];
  /** The feed in other formats (`_mlo.alternates`); a news list's `follow` links to them. */
  alternates?: FeedLink[];
}

/** The result of normalizing: the good data plus how many items were dropped and why. */
export interface NormalizedFeed {
  feed: Feed;
  skipped: number;
  /**
   * What was dropped and why, in plain words: one line per dropped item and per dropped field
   * (`item 3: date_published "Mon, 10 Jul…" is not a date we can read`), and per item shown
   * with a fault (an image without alt text), bounded (ProblemList).
   */
  problems: string[];
  /**
   * What the feed's relative URLs were resolved against, and what relative links in its HTML
   * bodies resolve against: its declared `feed_url`, else the address it was read from (after
   * redirects), else the page's for data handed over directly.
   */
  baseUrl?: string;
}

/**
 * The normalized newsroom model every widget renders. Produced from a JSON Feed 1.1 (with the
 * optional `_mlo` extension) by `normalizeFeed`; nothing here is trusted for HTML or URLs:
 * text goes through Lit's escaping bindings, URLs through `safeUrl`, HTML through the sanitizer.
 */

export type ItemType = 'article' | 'statement' | 'quote' | 'visit';
export const ITEM_TYPES: readonly ItemType[] = ['article', 'statement', 'quote', 'visit'];

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

export interface FeedItem {
  id: string;
  type: ItemType;
  url?: string;
  externalUrl?: string;
  title?: string;
  summary?: string;
  contentText?: string;
  contentHtml?: string;
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
}

export interface Feed {
  title: string;
  homePageUrl?: string;
  feedUrl?: string;
  description?: string;
  language?: string;
  items: FeedItem[];
  contacts: ContactPoint[];
}

/** The result of normalizing: the good data plus how many items were dropped and why. */
export interface NormalizedFeed {
  feed: Feed;
  skipped: number;
  /** One short, developer-facing line per dropped item (index and first problem). */
  problems: string[];
  /**
   * What the feed's relative URLs were resolved against, and what relative links in its HTML
   * bodies resolve against: its declared `feed_url`, else the address it was read from (after
   * redirects), else the page's for data handed over directly.
   */
  baseUrl?: string;
}

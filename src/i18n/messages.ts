/**
 * The message catalog: every user-visible string of every widget, in every supported language.
 * English and Serbian Latin are written out (`messages/en.ts`, `messages/sr-latn.ts`); Serbian
 * Cyrillic is derived from Serbian Latin by transliteration on first use (serbian.ts), so the two
 * scripts can never drift apart. Values are strings, or functions for interpolation and plurals.
 * English is here; Serbian comes with its pack (language-pack.ts), loaded before a widget that
 * speaks it renders.
 */
import type { FeedErrorReason } from '../feed/errors.js';
import type { ItemType } from '../feed/types.js';
import type { Lang } from './languages.js';
import { serbianPack } from './language-pack.js';
import { en } from './messages/en.js';

/** Why a feed could not be shown: one message per reason (the loader's `FeedErrorReason`). */
export type ErrorReason = FeedErrorReason;

export const ERROR_REASONS: readonly ErrorReason[] = [
  'timeout',
  'network',
  'not-found',
  'http',
  'server',
  'rate-limited',
  'not-json',
  'parse',
  'too-large',
  'schema',
  'aborted',
];

/** What an error message may mention; each message reads well without them too. */
export interface ErrorDetails {
  /** The HTTP status (`http`, `server`, `rate-limited`). */
  status?: number;
  /** The size cap in megabytes (`too-large`). */
  megabytes?: number;
  /** Where an XML feed stops being well-formed (`parse`). */
  line?: number;
}

export interface Messages {
  /** Loading, empty, stale and error states, shared by every widget. */
  state: {
    loading: string;
    empty: string;
    /** Shown above cached items when the refresh failed. */
    stale: string;
    errorTitle: string;
    /** Link text to the feed URL, under an error. */
    openFeed: string;
    retry: string;
    /** Said once a Retry brought the news. */
    loaded: string;
    /** The empty state of the widgets that show one thing: names what is missing. */
    noArticle: string;
    noQuote: string;
    noVisit: string;
    noContact: string;
  };
  /** One sentence per failure, shown under `state.errorTitle`: `errors[reason]({ status })`. */
  errors: Record<ErrorReason, (details?: ErrorDetails) => string>;
  list: {
    /** Accessible name of the feed region. */
    label: string;
    loadMore: string;
    /** The button over the list when a live refresh brought `count` new items. */
    /** Beside Load more when the archive's next file failed (Load more tries again). */
    moreFailed: string;
    showNew: (count: number) => string;
    /** Said once (status region) when that button appears. */
    newWaiting: (count: number) => string;
    readMore: string;
    readFullArticle: string;
    showing: (shown: number, total: number) => string;
    /** The quiet line under a list whose feed had items that could not be read. */
    skipped: (count: number) => string;
    /** Marks a pinned item (`_mlo.pinned`), first on its type line. */
    pinned: string;
  };
  /** The news list's filter bar (`filters`) and its follow links (`follow`). */
  filters: {
    /** The accessible name of the whole bar. */
    label: string;
    /** Each facet's label, before its values. */
    type: string;
    tag: string;
    year: string;
    /** The value that clears a facet. */
    all: string;
    /** Said (status region) after a filter changed: how many items the list now has. */
    matching: (count: number) => string;
    /** In the list when the filters leave nothing. */
    none: string;
    /** Before the follow links ("Follow: RSS · JSON Feed"). */
    follow: string;
    /** A follow link whose format has no name of its own. */
    feed: string;
  };
  /**
   * Item metadata; dates arrive already formatted, as in running text (`formatDate(…, 'running')`:
   * "Ažurirano 27. novembra 2026.").
   */
  item: {
    published: (date: string) => string;
    updated: (date: string) => string;
    /** The label before a photo credit, in the widget's language; the credit follows in the item's. */
    photo: string;
    /** The label before the author names; Serbian agrees with their number ("Piše:" / "Pišu:"). */
    by: (count: number) => string;
    tags: string;
    /** The name of a scrollable table in an article body that has no caption. */
    table: string;
    /** Appended to the accessible name of links that open a new tab. */
    newTab: string;
    /** Marks an item with something to play, in a list; names the player in an article. */
    audio: string;
    video: string;
    /** The accessible name of an untitled item (a microblog note) shown in full. */
    note: string;
    /** The label of a post that is only a picture (no title, no text): shown where the type goes. */
    image: string;
  };
  /** Singular item type labels (a badge on an item). */
  types: Record<ItemType, string>;
  /** Plural item type labels: filters and search result group headings. */
  typesPlural: Record<ItemType, string>;
  /** Share and copy (an article's Share button, a quote's Copy) and an article's other languages. */
  share: {
    /** The button: Web Share where the browser has it, else it copies the link. */
    share: string;
    /** Said and shown once the link is on the clipboard. */
    copied: string;
    /** The clipboard was refused: the link is shown, selected, in a field. */
    copyByHand: string;
    /** The name of that field. */
    link: string;
    /** A quote's copy button, and what is said after. */
    copyQuote: string;
    quoteCopied: string;
    /** The clipboard was refused: the quote's words are selected instead. */
    copyQuoteByHand: string;
    /** Before the names of an article's other language versions ("Also in: Srpski · Српски"). */
    alsoIn: string;
  };
  quote: {
    label: string;
    source: string;
    pause: string;
    resume: string;
    position: (index: number, total: number) => string;
    next: string;
    previous: string;
  };
  visit: {
    visit: string;
    visitor: string;
    metWith: string;
    location: string;
  };
  contact: {
    contact: string;
    address: string;
    phone: string;
    email: string;
    website: string;
  };
  search: {
    label: string;
    placeholder: string;
    submit: string;
    /** The result count, also announced to screen readers. */
    results: (count: number) => string;
    noResults: (query: string) => string;
    clear: string;
    /** Shown while the field is empty. */
    prompt: string;
    heading: string;
    /** A file of the archive search index could not be loaded; the shown results may be out of date. */
    archiveFailed: string;
  };
}

/**
 * The messages of a language; English while its pack is not loaded (`languageReady`), which a
 * widget awaits before it renders.
 */
export function t(lang: Lang): Messages {
  const pack = lang === 'en' ? undefined : serbianPack();
  if (!pack) return en;
  return lang === 'sr-Latn' ? pack.latin : pack.cyrillic();
}

/**
 * Where `<mlo-search>` takes its results from: with `index`, a prebuilt archive index
 * (archive-source.ts); otherwise the feed's items in memory, with `src` everything the page has
 * loaded of that feed (loaded-items.ts). The engine is the host's: it is loaded lazily.
 */
import type { ReactiveControllerHost } from 'lit';
import { parseItemTypes } from '../../feed/select.js';
import type { FeedItem } from '../../feed/types.js';
import { feedUrl } from '../../feed/urls.js';
import type { Lang } from '../../i18n/index.js';
import { countOr } from '../../internal/numbers.js';
import { ArchiveSource } from './archive-source.js';
import type { SearchEngine } from './load-engine.js';
import { LoadedItems } from './loaded-items.js';
import { SearchResults } from './results.js';

/** The element's attributes that choose and shape the results. */
type Host = ReactiveControllerHost & {
  src?: string | null;
  feed?: unknown;
  /** The field's text. */
  value: string;
  index?: string;
  type: string;
  limit: number;
};

export class SearchSource {
  readonly archive: ArchiveSource;
  private readonly searchResults = new SearchResults();
  /** The page's loaded files of the feed: later archive files and live refreshes included. */
  private readonly loaded: LoadedItems;

  constructor(private readonly host: Host) {
    this.loaded = new LoadedItems(host);
    this.archive = new ArchiveSource(() => host.requestUpdate());
  }

  /**
   * The hits for the field's text, given the engine (`undefined` until it is loaded) and the
   * widget's own items (`undefined` while it has none yet); `undefined` while either is missing.
   */
  get(
    engine: SearchEngine | undefined,
    items: readonly FeedItem[] | undefined,
    lang: Lang,
    /** With `index`: at least this many ranked (a target list's page, target-results.ts). */
    atLeast = 0,
  ) {
    const { index, value: query, type, limit } = this.host;
    const url = indexUrl(index);
    const types = parseItemTypes(type);
    if (url) {
      const most = Math.max(countOr(limit, 8), atLeast);
      return this.archive.get({ engine, url, lang, query, types, limit: most });
    }
    return this.searchResults.get({
      engine,
      items: this.loaded.get(items),
      lang,
      query,
      types,
      limit: countOr(limit, 8),
    });
  }
}

/** `index` as an absolute URL; `undefined` without one (or a malformed one). */
export function indexUrl(index: string | undefined): string | undefined {
  try {
    return index ? feedUrl(index) : undefined;
  } catch {
    return undefined;
  }
}

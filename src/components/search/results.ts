/**
 * From the field's text to the results `<mlo-search>` shows: one index per feed and language
 * (built when the engine arrives, rebuilt when the feed changes), one search per distinct
 * query, and the best hits arranged in groups by type. No DOM.
 */
import { collapseTranslations } from '../../feed/translations.js';
import type { FeedItem, ItemType } from '../../feed/types.js';
import { Memo } from '../../internal/memo.js';
import type { Lang, Messages } from '../../i18n/index.js';
import type { SearchHit, SearchIndex } from './search-chunk.js';
import type { SearchEngine } from './load-engine.js';

/** The hits of one query: all of them (for the count and a target list) and those shown. */
export interface Results {
  query: string;
  all: SearchHit[];
  /** Every match, when `all` holds only those shown (an archive index loads no more). */
  count?: number;
  /** At most `limit`, in the order the options appear (grouped), which the arrow keys follow. */
  shown: SearchHit[];
  /** Present when the shown hits are of more than one type. */
  groups?: { type: ItemType; start: number; hits: SearchHit[] }[];
}

/**
 * The best `limit` hits, grouped by type. Groups come in the order of their best hit, and
 * hits keep their rank within a group, so the first option is always the best hit.
 */
export function arrange(query: string, all: SearchHit[], limit: number): Results {
  const byType = new Map<ItemType, SearchHit[]>();
  for (const hit of all.slice(0, limit)) {
    const list = byType.get(hit.item.type);
    if (list) list.push(hit);
    else byType.set(hit.item.type, [hit]);
  }
  if (byType.size < 2) return { query, all, shown: all.slice(0, limit) };
  let start = 0;
  const groups = [...byType].map(([type, hits]) => {
    const group = { type, start, hits };
    start += hits.length;
    return group;
  });
  return { query, all, shown: groups.flatMap((g) => g.hits), groups };
}

/** What a search depends on; the same inputs give the same (memoized) results. */
export interface SearchInput {
  engine: SearchEngine | undefined;
  items: readonly FeedItem[] | undefined;
  lang: Lang;
  query: string;
  types: readonly ItemType[] | undefined;
  limit: number;
}

/** Memoized search over the current feed. */
export class SearchResults {
  private readonly indexMemo = new Memo<SearchIndex>();
  private readonly resultsMemo = new Memo<Results>();

  /** The results; `undefined` while the engine or the feed is not there yet. */
  get({ engine, items, lang, query, types, limit }: SearchInput): Results | undefined {
    if (!engine || !items) return undefined;
    // Where the feed holds the same news in several languages, search the widget's own: one
    // version per statement, as the lists show them.
    const index = this.indexMemo.get(
      [engine, items, lang],
      () => new engine.SearchIndex(collapseTranslations(items.slice(), lang)),
    );
    return this.resultsMemo.get([index, query, types?.join(' '), limit], () =>
      arrange(query, index.search(query, { limit: Infinity, types }), limit),
    );
  }
}

/**
 * What the status region announces, and the panel says when it has no options: the count, "no
 * results", why results cannot be shown, or that they are on the way. Empty for an empty query.
 */
export function describe(
  m: Messages,
  query: string,
  results: Results | undefined,
  failed: boolean,
): string {
  const text = query.trim();
  if (!text) return '';
  if (results)
    return (results.count ?? results.all.length)
      ? m.search.results(results.count ?? results.all.length)
      : m.search.noResults(text);
  return failed ? m.state.errorTitle : m.state.loading;
}

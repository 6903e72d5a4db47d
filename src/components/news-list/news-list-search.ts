/**
 * A news list filtered by `<mlo-search target>` (`filterIds`, with `filterResults`: see
 * internal/filter-results.ts). Its page: a new search starts at the first page, more results for
 * the same search (Load more, a file the list read, a live refresh) keep it, and the end of the
 * search restores the page the list was on. With an archive index, the list shows the search's
 * results in its ranking, best first (an index ranks only as many results as are asked for, so
 * a page can only be added under the last, never merged by date), its own copy of an item it has
 * loaded in place of the index's record; Load more asks the search for the next page of them.
 */
import type { PropertyValues } from 'lit';
import type { FeedItem } from '../../feed/types.js';
import type { FilterResults } from '../../internal/filter-results.js';
import type { Pages } from './news-list-pages.js';

interface Filtered {
  filterIds?: ReadonlySet<string>;
  filterResults?: FilterResults;
}

/** The search's `ranked` items, with the list's own copy (`items`, `older`) of those it has. */
export function ownCopies(
  ranked: readonly FeedItem[],
  items: readonly FeedItem[],
  older: readonly FeedItem[],
): FeedItem[] {
  const own = new Map<string, FeedItem>();
  for (const item of [...older, ...items]) own.set(item.id, item);
  const seen = new Set<string>();
  // A hostile index may name one id twice: the first (best) result stands.
  return ranked
    .filter((item) => !seen.has(item.id) && !!seen.add(item.id))
    .map((item) => own.get(item.id) ?? item);
}

/** `selected` (sorted by date, and filtered) back in the order of `ranked`. */
export function inRankOrder(selected: FeedItem[], ranked: readonly FeedItem[]): FeedItem[] {
  const rank = new Map(ranked.map((item, i) => [item.id, i]));
  return selected.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

export class SearchFilter {
  /** The pages the list showed before the search began, shown again when it ends. */
  private before?: number;

  /**
   * Before an update: the list's page for a change of `filterIds` or `filterResults`. `reset`:
   * the list went back to its first page for a change of its own (that page is the one kept).
   */
  willUpdate(changed: PropertyValues, host: Filtered, pages: Pages, reset: boolean): void {
    if (reset) this.before = undefined;
    if (!changed.has('filterIds') && !changed.has('filterResults')) return;
    const was = (changed.has('filterIds') ? changed.get('filterIds') : host.filterIds) as
      Filtered['filterIds'] | undefined;
    const wasFor = (
      changed.has('filterResults') ? changed.get('filterResults') : host.filterResults
    ) as FilterResults | undefined;
    if (!was && host.filterIds) {
      this.before = pages.count;
      pages.first();
    } else if (was && !host.filterIds) {
      pages.count = this.before ?? 1;
      this.before = undefined;
    } else if (host.filterIds && (!wasFor || wasFor.key !== host.filterResults?.key)) {
      pages.first();
    }
  }

  /** With archive results: whether the search has more to give; `undefined` without. */
  hasMore(results: FilterResults | undefined): boolean | undefined {
    return results?.items ? results.items.length < results.count : undefined;
  }

  /** Load more past the results in hand: the search's next `size`; `undefined` without. */
  older(results: FilterResults | undefined, size: number): Promise<boolean> | undefined {
    return results?.items && results.more?.(results.items.length + size);
  }
}

/**
 * What `<mlo-search target>` hands the list it filters, beside `filterIds` (the ids to show):
 * which search the ids are for, how many match, and, from an archive index, the results the list
 * has not loaded. A list (or any element) that has no `filterResults` property is filtered by
 * `filterIds` alone, as before. A list says how many results its first page shows with
 * `filterPage`, so that an index search ranks that many from the start (a page that grew from the
 * search's own `limit` to the list's would move what is under the list).
 */
import type { FeedItem } from '../feed/types.js';

export interface FilterResults {
  /**
   * The search these results are for (its text, types, language and index). More results for
   * the same key (Load more, a file the list read, a live refresh) keep the list's page; a new
   * key takes it back to its first page.
   */
  readonly key: string;
  /** How many items match in all (more than `items` holds when more can be asked for). */
  readonly count: number;
  /**
   * With an archive index: the results so far, best first, as items built from the index's
   * records. The list shows them in this order, with its own copy of any item it has loaded.
   * Without an index: `undefined`, and the list shows its own items that `filterIds` names.
   */
  readonly items?: readonly FeedItem[];
  /**
   * Asks for at least `count` results (the list's page, or Load more). Resolves `true` once
   * they are in (or every match is), `false` when they cannot come (a file failed, a new search).
   */
  readonly more?: (count: number) => Promise<boolean>;
}

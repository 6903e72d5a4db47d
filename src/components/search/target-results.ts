/**
 * What `<mlo-search target>` hands the list it filters besides the ids (internal/filter-results.ts):
 * the key of the search, the count and, with an archive index, the results as list items, and
 * `more`, through which the list asks for the results its page (or Load more) needs. The search
 * then ranks that many (`limit`), fetches their records, and answers once they are in.
 */
import type { FilterResults } from '../../internal/filter-results.js';
import type { SearchEngine } from './load-engine.js';
import type { Results } from './results.js';

interface Ask {
  key: string;
  count: number;
  resolve: (done: boolean) => void;
}

/** The key of a search: what, in which language and types, over which index. */
export const searchKey = (query: string, lang: string, types: string, index = ''): string =>
  [query.trim(), lang, types, index].join('\u0000');

export class TargetResults {
  /** How many results the list asked for, for the search of `key`. */
  private wanted?: { key: string; count: number };
  private asks: Ask[] = [];
  private last?: { results: Results; key: string; value: FilterResults };

  /** `onAsk`: the list asked for more; the host fetches again (past a failure) and updates. */
  constructor(private readonly onAsk: () => void) {}

  /**
   * How many results to rank for the search of `key`: at least `limit`, and with a target list,
   * its first `page`, or what it asked for since (Load more).
   */
  limit(key: string, limit: number, page = 0): number {
    return Math.max(limit, page, this.wanted?.key === key ? this.wanted.count : 0);
  }

  /**
   * What the list is given for `results`, whose key is `key`; with `index` (its URL), the
   * results' records as items. The same results give the same object.
   */
  get(
    results: Results,
    key: string,
    engine: SearchEngine | undefined,
    index: string | undefined,
  ): FilterResults {
    if (this.last?.results === results && this.last.key === key) return this.last.value;
    const count = results.count ?? results.all.length;
    const items =
      index && engine ? results.all.map((hit) => engine.recordItem(hit.item, index)) : undefined;
    const more = items && ((wanted: number) => this.ask(key, wanted));
    const value: FilterResults = { key, count, items, more };
    this.last = { results, key, value };
    return value;
  }

  /**
   * After an update: answers the asks that are answered. `current` is the key of the field's
   * search now, `shown` what the list was given, `failed` whether a file of the index failed.
   */
  settle(current: string, shown: FilterResults | undefined, failed: boolean): void {
    this.asks = this.asks.filter((ask) => {
      let done: boolean | undefined;
      if (ask.key !== current || failed) done = false;
      else if (
        shown?.key === ask.key &&
        (shown.items?.length ?? 0) >= Math.min(ask.count, shown.count)
      )
        done = true;
      if (done === undefined) return true;
      ask.resolve(done);
      return false;
    });
  }

  private ask(key: string, count: number): Promise<boolean> {
    const before = this.wanted?.key === key ? this.wanted.count : 0;
    this.wanted = { key, count: Math.max(before, count) };
    const answer = new Promise<boolean>((resolve) => this.asks.push({ key, count, resolve }));
    this.onAsk();
    return answer;
  }
}

/**
 * What a news list shows: the feed's items and the archive's older ones, through the list's
 * attributes, a `<mlo-search target>`'s ids and the visitor's filter bar, pinned items first;
 * the new items a live refresh brought wait behind "Show N new items" (`held`).
 */
import { parseFacets } from '../../feed/facets.js';
import { isPinned, pinnedFirst } from '../../feed/pins.js';
import { parseItemTypes, selectItems } from '../../feed/select.js';
import type { FeedItem, ItemType } from '../../feed/types.js';
import type { Lang } from '../../i18n/index.js';
import type { Memo } from '../../internal/memo.js';
import { numberFrom } from '../../internal/numbers.js';
import type { ListFilters } from './news-list-filters.js';
import { inRankOrder, ownCopies } from './news-list-search.js';

export const DEFAULT_TYPES: ItemType[] = ['article', 'statement', 'visit'];

/** The properties whose change takes the list back to its first page. */
export const FIRST_PAGE_ON = ['type', 'tag', 'year', 'src', 'feed', 'filters', 'noPins'] as const;

/** What the list selects: `shown` and `waiting` (new, held), `base` (before the filter bar). */
export interface Selected {
  shown: FeedItem[];
  waiting: number;
  base: FeedItem[];
  pinned: ReadonlySet<string>;
}

/** What the selection depends on (the memo's key, with the filter bar's choices). */
export type Query = readonly [
  items: readonly FeedItem[],
  older: FeedItem[],
  type: string,
  tag: string | undefined,
  year: number | undefined,
  lang: Lang,
  ids: ReadonlySet<string> | undefined,
  held: ReadonlySet<string>,
  filters: string | undefined,
  noPins: boolean,
  /** An archive search's results, best first (news-list-search.ts): the list shows these. */
  ranked: readonly FeedItem[] | undefined,
];

/** The items the filters select, split into those shown and those held back as new. */
export function selectList(memo: Memo<Selected>, query: Query, choices: ListFilters): Selected {
  const [items, older, type, tag, year, lang, ids, held, filters, noPins, ranked] = query;
  return memo.get([...query, choices.selection], () => {
    const types = parseItemTypes(type) ?? DEFAULT_TYPES;
    const known = ranked
      ? ownCopies(ranked, items, older)
      : older.length
        ? [...items, ...older]
        : items;
    let all = selectItems(known, { types, tag, year: numberFrom(year), lang });
    if (ids) all = all.filter((item) => ids.has(item.id));
    if (ranked) all = inRankOrder(all, known);
    const base = held.size ? all.filter((item) => !held.has(item.id)) : all;
    all = choices.apply(all, parseFacets(filters));
    const now = Date.now();
    const pins = !noPins && !ranked;
    if (pins) all = pinnedFirst(all, now);
    const pinned = new Set(!pins ? [] : all.filter((i) => isPinned(i, now)).map((i) => i.id));
    const shown = held.size ? all.filter((item) => !held.has(item.id)) : all;
    return { shown, waiting: all.length - shown.length, base, pinned };
  });
}

/**
 * The news list's filter bar as data: which values each facet (`type`, `tag`, `year`) takes in
 * the items a list can show, how many items each value would leave, and which items a choice
 * keeps. AND across facets, OR within one: "Statements or Visits, about NATO, in 2026".
 * A value's count is what choosing it would leave, given the other facets' choices (its own
 * facet's choice aside), as Pagefind's filters count; every value the items carry stays listed
 * (a count of 0 included), so the bar does not change shape as choices are made. Plain
 * functions, no DOM.
 */
import { ITEM_TYPES, type FeedItem } from './types.js';

const FACETS = ['type', 'tag', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

/** The chosen values per facet; a facet without a non-empty list is not filtering. */
export type FacetSelection = Partial<Record<FacetName, readonly string[]>>;

export interface FacetValue {
  /** What the selection holds: the type, the tag in lower case, the year. */
  value: string;
  /** Items it would leave, the other facets' choices applied. */
  count: number;
  /** The first item carrying it: a tag is shown as that item writes it, in its script. */
  first: FeedItem;
}

export interface Facet {
  name: FacetName;
  values: FacetValue[];
}

/** The valid facet names of a space-separated list (an attribute), each once, in its order. */
export function parseFacets(list: string | undefined): FacetName[] {
  const words = (list ?? '').toLowerCase().split(/\s+/);
  return FACETS.filter((name) => words.includes(name)).sort(
    (a, b) => words.indexOf(a) - words.indexOf(b),
  );
}

/** The values an item has in a facet (tags compared without case, as `tag` selection does). */
function valuesOf(item: FeedItem, name: FacetName): string[] {
  switch (name) {
    case 'type':
      return [item.type];
    case 'tag':
      return [...new Set(item.tags.map((tag) => tag.toLocaleLowerCase()))];
    case 'year': {
      const year = item.datePublished?.slice(0, 4);
      return year && /^\d{4}$/.test(year) ? [year] : [];
    }
  }
}

/** Whether `item` passes every facet's choice, leaving out the facet `except`. */
function matchesFacets(item: FeedItem, selection: FacetSelection, except?: FacetName): boolean {
  return FACETS.every((name) => {
    const chosen = selection[name];
    if (name === except || !chosen?.length) return true;
    return valuesOf(item, name).some((value) => chosen.includes(value));
  });
}

/** The items every facet's choice keeps; the same array when nothing is chosen. */
export function filterByFacets(items: FeedItem[], selection: FacetSelection): FeedItem[] {
  if (!FACETS.some((name) => selection[name]?.length)) return items;
  return items.filter((item) => matchesFacets(item, selection));
}

/**
 * The facets `names` over `items`, with counts under `selection`. Values in order: types as
 * ITEM_TYPES lists them, years newest first, tags most used first (then alphabetically). A
 * chosen value the items no longer carry is kept, at 0, so it can be unchosen.
 */
export function facetsOf(
  items: readonly FeedItem[],
  names: readonly FacetName[],
  selection: FacetSelection,
): Facet[] {
  return names.map((name) => {
    const values = new Map<string, FacetValue & { total: number }>();
    for (const item of items) {
      const counted = matchesFacets(item, selection, name);
      for (const value of valuesOf(item, name)) {
        const entry = values.get(value) ?? { value, count: 0, total: 0, first: item };
        entry.total++;
        if (counted) entry.count++;
        values.set(value, entry);
      }
    }
    const list = [...values.values()];
    for (const value of selection[name] ?? [])
      if (!values.has(value) && items[0]) list.push({ value, count: 0, total: 0, first: items[0] });
    list.sort(order(name));
    return { name, values: list.map(({ value, count, first }) => ({ value, count, first })) };
  });
}

type Entry = FacetValue & { total: number };

function order(name: FacetName): (a: Entry, b: Entry) => number {
  if (name === 'type') return (a, b) => typeIndex(a.value) - typeIndex(b.value);
  if (name === 'year') return (a, b) => b.value.localeCompare(a.value);
  return (a, b) => b.total - a.total || a.value.localeCompare(b.value);
}

const typeIndex = (value: string) => (ITEM_TYPES as readonly string[]).indexOf(value);

/** `count` items the facets keep, ignoring a facet's choice (the "All" value's count). */
export function countAll(items: readonly FeedItem[], selection: FacetSelection, name: FacetName) {
  return items.filter((item) => matchesFacets(item, selection, name)).length;
}

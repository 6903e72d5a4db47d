/**
 * Which items a widget shows, in which order: filters by type, tag and year, prefers the
 * widget's own language, newest first with undated items last. Plain functions, no DOM.
 */
import { collapseTranslations } from './translations.js';
import { ITEM_TYPES, type FeedItem, type ItemType } from './types.js';

/** The valid item types in a space-separated list (an attribute); `undefined` when none is. */
export function parseItemTypes(list: string | undefined): ItemType[] | undefined {
  const wanted = (list ?? '')
    .split(/\s+/)
    .filter((t): t is ItemType => (ITEM_TYPES as readonly string[]).includes(t));
  return wanted.length ? wanted : undefined;
}

export interface SelectOptions {
  types?: readonly ItemType[];
  tag?: string;
  year?: number;
  /** The widget's language (`en`, `sr-Latn`, `sr-Cyrl`): items in it are preferred. */
  lang?: string;
}

export function selectItems(items: readonly FeedItem[], options: SelectOptions = {}): FeedItem[] {
  const tag = options.tag?.trim().toLocaleLowerCase();
  const filtered = items.filter(
    (item) =>
      (!options.types?.length || options.types.includes(item.type)) &&
      (!tag || item.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
      (!options.year || yearOf(item) === options.year),
  );
  return sortNewestFirst(collapseTranslations(filtered, options.lang));
}

/**
 * Where a feed holds the same news in several languages, shows the items in the widget's
 * language (Serbian in either script counts: it is transliterated on display), plus items with
 * no language. When none match, shows everything rather than nothing.
 */
export function preferLanguage(items: FeedItem[], lang: string | undefined): FeedItem[] {
  if (!lang) return items;
  const wanted = primary(lang);
  const languages = new Set(
    items.map((item) => item.language && primary(item.language)).filter(Boolean),
  );
  if (languages.size < 2 || !languages.has(wanted)) return items;
  return items.filter((item) => !item.language || primary(item.language) === wanted);
}

export function sortNewestFirst(items: FeedItem[]): FeedItem[] {
  // Stable: items with equal (or no) dates keep the feed's order.
  return items
    .map((item, index) => ({ item, index, time: timeOf(item) }))
    .sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity) || a.index - b.index)
    .map((entry) => entry.item);
}

/**
 * The item's publication time in ms, or undefined when it has no (valid) date. A time without a
 * zone (`2018-01-06T08:00:00`, a floating time) is read as UTC, as the date is shown (the wall
 * clock as written): `Date.parse` would read it in the visitor's zone, and the server's order
 * would then differ from each visitor's.
 */
export function timeOf(item: Pick<FeedItem, 'datePublished'>): number | undefined {
  const date = item.datePublished;
  if (!date) return undefined;
  const time = Date.parse(
    date.length > 10 && !/(?:Z|[+-]\d\d:\d\d)$/i.test(date) ? `${date}Z` : date,
  );
  return Number.isNaN(time) ? undefined : time;
}

function yearOf(item: FeedItem): number | undefined {
  return item.datePublished ? Number(item.datePublished.slice(0, 4)) : undefined;
}

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

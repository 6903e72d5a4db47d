/**
 * Translations of one statement (`_mlo.translations`): which items are language versions of
 * each other, which one a widget shows, and what "Also in" offers. A link counts from either
 * side (A naming B makes B a version of A too), and links chain (A–B, B–C: one statement of
 * three), so cycles and one-sided lists give the same groups. Plain functions, no DOM.
 */
import { preferLanguage, timeOf } from './select.js';
import type { FeedItem } from './types.js';

/** An item's group: every version in the set, in feed order (the item itself included). */
export type Groups = Map<FeedItem, FeedItem[]>;

/**
 * The groups of `items`: only items that name a translation, or are named by one, have one (an
 * item whose versions are all elsewhere, by URL, is a group of one). A link to an id not in
 * `items` links nothing. Linear in the items and their links (union–find).
 */
export function translationGroups(items: readonly FeedItem[]): Groups {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) index.set(item.id, i);
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const linked = new Set<number>();
  items.forEach((item, i) => {
    if (!item.translations?.length) return;
    linked.add(i);
    for (const entry of item.translations) {
      const j = entry.id === undefined ? undefined : index.get(entry.id);
      if (j === undefined || j === i) continue;
      linked.add(j);
      const [a, b] = [find(i), find(j)];
      // The lower index as the root keeps each group in feed order below.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const byRoot = new Map<number, FeedItem[]>();
  const groups: Groups = new Map();
  for (const i of [...linked].sort((a, b) => a - b)) {
    const root = find(i);
    const group = byRoot.get(root) ?? [];
    byRoot.set(root, group);
    group.push(items[i]);
    groups.set(items[i], group);
  }
  return groups;
}

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The original of a group: the version published first (undated ones after dated ones, then
 * feed order). JSON-LD calls the others its translations.
 */
export function originalOf(group: readonly FeedItem[]): FeedItem {
  let best = group[0];
  for (const item of group.slice(1)) {
    const [a, b] = [timeOf(item), timeOf(best)];
    if (a !== undefined && (b === undefined || a < b)) best = item;
  }
  return best;
}

/**
 * The version a widget in `lang` shows: the one in exactly its language, else in the same
 * language in another script or region (Serbian is shown in the widget's script), else the
 * original.
 */
export function versionFor(group: readonly FeedItem[], lang: string | undefined): FeedItem {
  if (lang) {
    const wanted = lang.toLowerCase();
    const exact = group.find((item) => item.language?.toLowerCase() === wanted);
    if (exact) return exact;
    const near = group.find((item) => item.language && primary(item.language) === primary(lang));
    if (near) return near;
  }
  return originalOf(group);
}

/**
 * What a widget in `lang` lists: one entry per statement, the version `versionFor` picks, in
 * the items' order. Items that name no translation keep the older rule (`preferLanguage`: in a
 * feed with several languages, the widget's own), since nothing says they have another version.
 */
export function collapseTranslations(items: FeedItem[], lang: string | undefined): FeedItem[] {
  const groups = translationGroups(items);
  if (!groups.size) return preferLanguage(items, lang);
  const plain = new Set(preferLanguage(items, lang));
  const shown = new Set<FeedItem>();
  for (const group of new Set(groups.values())) shown.add(versionFor(group, lang));
  return items.filter((item) => (groups.has(item) ? shown.has(item) : plain.has(item)));
}

/** One entry of "Also in": a version in the feed (`item`), or elsewhere (`url`). */
export interface OtherVersion {
  language: string;
  item?: FeedItem;
  url?: string;
}

/**
 * The other versions of `item`, one per language: the group's items first (feed order), then
 * the pages elsewhere any of them names, in a language none of the items is in.
 */
export function otherVersions(items: readonly FeedItem[], item: FeedItem): OtherVersion[] {
  const group = translationGroups(items).get(item) ?? [item];
  const taken = new Set([item.language?.toLowerCase()]);
  const out: OtherVersion[] = [];
  for (const other of group) {
    const key = other.language?.toLowerCase();
    if (other === item || !key || taken.has(key)) continue;
    taken.add(key);
    out.push({ language: other.language!, item: other });
  }
  for (const member of group) {
    for (const entry of member.translations ?? []) {
      const key = entry.language.toLowerCase();
      if (!entry.url || taken.has(key)) continue;
      if (entry.id !== undefined && group.some((other) => other.id === entry.id)) continue;
      taken.add(key);
      out.push({ language: entry.language, url: entry.url });
    }
  }
  return out;
}

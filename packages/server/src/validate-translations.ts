/**
 * `validate`: what only the whole feed shows about `_mlo.translations` (the reader checks each
 * list alone: its entries, the item itself, its own language). Every id named must be an item
 * of the feed, in the language the entry says; and one statement has one version per language,
 * or the widgets show only one of them.
 */
import { translationGroups } from '../../../src/feed/translations.js';
import type { ReadFeed } from './read.js';
import type { ReportEntry } from './validate.js';

const HINT =
  'Name each other version as { "language": "sr-Latn", "id": "<its id in this feed>" }, or { "language": …, "url": "https://…" } for one elsewhere.';

export function translationEntries(read: ReadFeed): ReportEntry[] {
  const items = read.result.feed.items;
  const out: ReportEntry[] = [];
  const byId = new Map(items.map((item) => [item.id, item]));
  const indexOf = new Map(items.map((item, i) => [item, read.rawIndex[i]]));
  const cut = (id: string) => JSON.stringify(id.slice(0, 80));
  items.forEach((item, i) => {
    const path = `$.items[${read.rawIndex[i]}]._mlo.translations`;
    for (const entry of item.translations ?? []) {
      if (entry.id === undefined) continue;
      const target = byId.get(entry.id);
      const lang = target?.language;
      if (!target)
        out.push({
          severity: entry.url ? 'note' : 'warning',
          path,
          message: `names ${cut(entry.id)} as its ${entry.language} version, but the feed has no item with that id${entry.url ? ': its url is linked instead' : ''}`,
          hint: HINT,
        });
      else if (lang?.toLowerCase() !== entry.language.toLowerCase())
        out.push({
          severity: 'warning',
          path,
          message: `names ${cut(entry.id)} as its ${entry.language} version, but that item is ${lang ? `in ${lang}` : 'in no language'}`,
          hint: 'Give each version its own "language", and name it with that language here.',
        });
    }
  });
  for (const group of new Set(translationGroups(items).values())) {
    const seen = new Map<string, string>();
    for (const item of group) {
      const key = item.language?.toLowerCase();
      if (!key) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, item.id);
      else
        out.push({
          severity: 'warning',
          path: `$.items[${indexOf.get(item)}]._mlo.translations`,
          message: `${cut(item.id)} and ${cut(first)} are both the ${item.language} version of one statement: the widgets show one of them`,
          hint: 'Link only the versions of one statement, one per language.',
        });
    }
  }
  return out;
}

/** What a live refresh changed in a feed's items, by id (the `mlo-update` event's fields). */
import type { FeedItem } from './types.js';

export interface ItemDiff {
  added: string[];
  changed: string[];
  removed: string[];
  /** The new items, where an unchanged item is the old object (so no render touches it). */
  items: FeedItem[];
}

/**
 * Compares two versions of a feed's items. An item whose id stays keeps its old object unless
 * anything in it changed (`date_modified`, the text, an image...); `keep` names an item that
 * stays where it was even if the feed dropped it (the one keyboard focus is in).
 */
export function diffItems(
  before: readonly FeedItem[],
  after: readonly FeedItem[],
  keep?: string,
): ItemDiff {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  const diff: ItemDiff = { added: [], changed: [], removed: [], items: [] };
  for (const item of after) {
    const was = old.get(item.id);
    const same = was !== undefined && JSON.stringify(was) === JSON.stringify(item);
    if (!was) diff.added.push(item.id);
    else if (!same) diff.changed.push(item.id);
    diff.items.push(same ? was : item);
  }
  before.forEach((item, index) => {
    if (ids.has(item.id)) return;
    if (item.id === keep) diff.items.splice(Math.min(index, diff.items.length), 0, item);
    else diff.removed.push(item.id);
  });
  return diff;
}

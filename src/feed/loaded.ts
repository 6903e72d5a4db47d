/**
 * What the page has loaded of a feed, for a widget that works on all of it (`<mlo-search>`): the
 * first file as last fetched (a live refresh replaces it in the store) and the older files a news
 * list read through `next_url`. Kept in the page-wide store, so every copy of the library on the
 * page sees the same; nothing is fetched here.
 */
import { feedStore } from './store.js';
import type { FeedItem, NormalizedFeed } from './types.js';

const store = feedStore();

/** A news list read `file`, an older file of the feed whose first file is `first` (absolute URLs). */
export function noteOlderFile(first: string, file: string): void {
  const files = store.older.get(first) ?? [];
  if (!files.includes(file)) store.older.set(first, [...files, file]);
  feedLoaded(first);
}

/** Tells whoever listens on `first` that more of that feed is in the store. */
export function feedLoaded(first: string): void {
  for (const listener of [...(store.listeners.get(first) ?? [])]) listener();
}

/** Calls `listener` whenever more of the feed at `first` is loaded; returns how to stop. */
export function onFeedLoaded(first: string, listener: () => void): () => void {
  let set = store.listeners.get(first);
  if (!set) store.listeners.set(first, (set = new Set()));
  set.add(listener);
  const joined = set;
  return () => {
    joined.delete(listener);
    if (!joined.size && store.listeners.get(first) === joined) store.listeners.delete(first);
  };
}

/** The first file as the page last loaded it, and the older files read so far, in order. */
export function loadedFiles(first: string): { first?: NormalizedFeed; older: NormalizedFeed[] } {
  const older = (store.older.get(first) ?? []).map((url) => store.done.get(url));
  return {
    first: store.done.get(first),
    older: older.filter((file): file is NormalizedFeed => file !== undefined),
  };
}

/** The items of `files`, in order; an id already seen is dropped (a page boundary that moved). */
export function mergeItems(files: readonly (readonly FeedItem[])[]): FeedItem[] {
  const ids = new Set<string>();
  const items: FeedItem[] = [];
  for (const file of files)
    for (const item of file) {
      if (ids.has(item.id)) continue;
      ids.add(item.id);
      items.push(item);
    }
  return items;
}

/**
 * The page-wide feed store: one per page, shared by every copy of the library (and by the
 * script-tag loader, a separate file), so two bundles still make one request per URL.
 */
import type { FeedError } from './errors.js';
import type { NormalizedFeed } from './types.js';

export interface Entry {
  promise: Promise<NormalizedFeed>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One widget following a feed's live refresh (poll.ts). */
export interface Watcher {
  /** Seconds between checks it asks for. */
  seconds: number;
  /** After a successful check: the new feed, or `undefined` when it has not changed. */
  onFeed(feed: NormalizedFeed | undefined): void;
  onError(error: FeedError): void;
}

/** The one poll of a feed URL on the page (poll.ts). */
export interface Poll {
  watchers: Set<Watcher>;
  timer?: ReturnType<typeof setTimeout>;
  /** A check fell due while the tab was hidden or offline: it runs on return. */
  due: boolean;
  failures: number;
  running?: boolean;
  abort?: AbortController;
  stop?: () => void;
}

export interface Store {
  /** Requests being read and checked, by absolute URL. */
  inflight: Map<string, Entry>;
  /** Checked feeds, by absolute URL. */
  done: Map<string, NormalizedFeed>;
  /** Responses the loader asked for before the elements' code arrived (prefetch.ts). */
  prefetched: Map<string, Promise<Response>>;
  /** What the feed on show was, by absolute URL, to tell an unchanged poll (fresh.ts). */
  fingerprints: Map<string, string>;
  /** Live refresh polls, by absolute URL (poll.ts). */
  polls: Map<string, Poll>;
  /** The older files read through `next_url`, by the first file's absolute URL (loaded.ts). */
  older: Map<string, string[]>;
  /** Who hears that more of a feed was loaded, by the first file's absolute URL (loaded.ts). */
  listeners: Map<string, Set<() => void>>;
}

const STORE = Symbol.for('mlo-newsroom.feed-cache.v1');

export function feedStore(): Store {
  const global = globalThis as Record<symbol, unknown>;
  // On a null prototype: a map name left on a polluted Object.prototype must not stand in.
  const store =
    (global[STORE] as Partial<Store> | undefined) ??
    (global[STORE] = Object.create(null) as Partial<Store>);
  // An older copy on the page may have made the store without the newer maps.
  store.inflight ??= new Map();
  store.done ??= new Map();
  store.prefetched ??= new Map();
  store.fingerprints ??= new Map();
  store.polls ??= new Map();
  store.older ??= new Map();
  store.listeners ??= new Map();
  return store as Store;
}

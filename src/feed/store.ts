/**
 * The page-wide feed store: one per page, shared by every copy of the library (and by the
 * script-tag loader, a separate file), so two bundles still make one request per URL.
 */
import type { NormalizedFeed } from './types.js';

export interface Entry {
  promise: Promise<NormalizedFeed>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

export interface Store {
  /** Requests being read and checked, by absolute URL. */
  inflight: Map<string, Entry>;
  /** Checked feeds, by absolute URL. */
  done: Map<string, NormalizedFeed>;
  /** Responses the loader asked for before the elements' code arrived (prefetch.ts). */
  prefetched: Map<string, Promise<Response>>;
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
  return store as Store;
}

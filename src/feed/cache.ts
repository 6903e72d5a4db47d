/**
 * One request per feed URL per page. Every widget that names a URL shares one in-flight
 * request and then its result from memory. The request is aborted only when every widget
 * waiting on it has let go (left the page, changed `src`, or reached its own `timeout`):
 * each caller's timeout is its own, so the first widget's short timeout no longer decides
 * for every widget sharing the feed.
 */
import { clampDelay } from '../util/delay.js';
import { abortedError, FeedError } from './errors.js';
import { feedUrl } from './urls.js';
import { DEFAULT_TIMEOUT_MS, fetchFeed, type LoadOptions } from './load.js';
import { feedStore, type Entry } from './store.js';
import type { NormalizedFeed } from './types.js';

// Shared across copies of the library on one page, so two bundles still make one request.
const store = feedStore();

export interface RequestOptions extends Omit<LoadOptions, 'signal'> {
  /** The caller's own signal: aborting it lets go of the shared request. */
  signal?: AbortSignal;
  /** Skip the memory cache and fetch again (a refresh); still shared while in flight. */
  reload?: boolean;
}

/** The normalized feed at `src`, shared with every other caller on the page. */
export function requestFeed(src: string, options: RequestOptions = {}): Promise<NormalizedFeed> {
  const key = cacheKey(src);
  const cached = store.done.get(key);
  if (cached && !options.reload) return Promise.resolve(cached);

  let entry = store.inflight.get(key);
  if (!entry || entry.controller.signal.aborted) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      waiting: 0,
      settled: false,
      // No timeout of the shared request's own: each caller below has its own.
      promise: fetchFeed(key, { ...options, timeoutMs: Infinity, signal: controller.signal })
        .then(({ feed, fingerprint }) => {
          // Kept so a live refresh's first poll can tell the feed has not changed (poll.ts).
          store.fingerprints.set(key, fingerprint);
          store.done.set(key, feed!);
          return feed!;
        })
        .finally(() => {
          created.settled = true;
          if (store.inflight.get(key) === created) store.inflight.delete(key);
        }),
    };
    // Nobody may be left listening when it fails; never leave an unhandled rejection behind.
    created.promise.catch(() => {});
    store.inflight.set(key, created);
    entry = created;
  }
  return follow(entry, options.signal, options.timeoutMs);
}

/**
 * Resolves with the shared result, or rejects as `aborted` as soon as this caller's signal
 * fires, or as `timeout` once this caller has waited its own `timeoutMs`.
 */
function follow(
  entry: Entry,
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): Promise<NormalizedFeed> {
  if (signal?.aborted) return Promise.reject(abortedError());
  entry.waiting++;
  return new Promise<NormalizedFeed>((resolve, reject) => {
    const onAbort = () => {
      release();
      reject(abortedError());
    };
    const limit = clampDelay(timeoutMs, DEFAULT_TIMEOUT_MS);
    const timer = setTimeout(() => {
      release();
      reject(new FeedError('timeout', `No feed after ${limit} ms`));
    }, limit);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) entry.controller.abort();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => {
        release();
        resolve(value);
      },
      (error: unknown) => {
        release();
        reject(error);
      },
    );
  });
}

/** The last good result for `src`, if any widget on the page has loaded it. */
export function cachedFeed(src: string): NormalizedFeed | undefined {
  return store.done.get(cacheKey(src));
}

/** Forgets every cached feed (tests, or a host that knows the feed changed). */
export function clearFeedCache(): void {
  store.done.clear();
  store.fingerprints.clear();
  store.older.clear();
}

function cacheKey(src: string): string {
  try {
    return feedUrl(src);
  } catch {
    return src;
  }
}

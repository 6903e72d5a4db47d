/**
 * Live refresh: one poll per feed URL per page, however many widgets watch it, kept in the
 * page-wide store (so two copies of the library still make one). Each poll is a conditional
 * request through the HTTP cache (`fetchFeed` with `revalidate`), and a feed whose fingerprint
 * has not changed is neither parsed nor handed on. Polite: nothing is fetched while the tab is
 * hidden or the browser offline (one check on return), failures back off by doubling up to a
 * cap, and a server's `Cache-Control: max-age` or `Retry-After` lengthens any wait.
 */
import { clampDelay } from '../util/delay.js';
import { FeedError } from './errors.js';
import { fetchFeed } from './load.js';
import { feedLoaded } from './loaded.js';
import { serverWaitMs } from './server-wait.js';
import { feedStore, type Poll, type Watcher } from './store.js';

export type { Watcher };
// For the widgets, which load this module lazily with what they need to apply a poll's news.
export { diffItems } from './diff.js';

/** The shortest interval, in seconds: a smaller `refresh` is raised to it. */
const MIN_REFRESH = 5;
/** The longest wait after failures, in seconds (unless the server asks for longer). */
const MAX_BACKOFF = 15 * 60;

/**
 * Internal, for tests only (not exported by the package): how many ms a second lasts, so a
 * test drives the real timers, backoff and pauses in milliseconds instead of minutes.
 */
export const pollClock = { second: 1000 };

const store = feedStore();

/** Starts (or joins) the poll of the feed at the absolute URL `url`; returns how to stop. */
export function watchFeed(url: string, watcher: Watcher): () => void {
  let poll = store.polls.get(url);
  if (!poll) {
    poll = { watchers: new Set(), due: false, failures: 0 };
    store.polls.set(url, poll);
    const onReturn = () => resume(url, poll!);
    poll.stop = () => {
      document.removeEventListener('visibilitychange', onReturn);
      globalThis.removeEventListener('online', onReturn);
    };
    document.addEventListener('visibilitychange', onReturn);
    globalThis.addEventListener('online', onReturn);
  }
  poll.watchers.add(watcher);
  if (poll.timer === undefined && !poll.running) schedule(url, poll, interval(poll));
  const joined = poll;
  return () => {
    joined.watchers.delete(watcher);
    if (joined.watchers.size || store.polls.get(url) !== joined) return;
    store.polls.delete(url);
    clearTimeout(joined.timer);
    joined.abort?.abort();
    joined.stop?.();
  };
}

/** The shortest interval any watcher asked for, in ms (at least MIN_REFRESH seconds). */
function interval(poll: Poll): number {
  let seconds = Infinity;
  for (const w of poll.watchers) seconds = Math.min(seconds, Math.max(MIN_REFRESH, w.seconds));
  return seconds * pollClock.second;
}

const away = () => document.hidden || globalThis.navigator?.onLine === false;

function schedule(url: string, poll: Poll, ms: number): void {
  clearTimeout(poll.timer);
  poll.timer = setTimeout(
    () => {
      poll.timer = undefined;
      // Hidden or offline: no request now; the one check happens on return (resume).
      if (away()) poll.due = true;
      else void check(url, poll);
    },
    clampDelay(ms, MAX_BACKOFF * 1000),
  );
}

function resume(url: string, poll: Poll): void {
  if (!poll.due || away() || store.polls.get(url) !== poll) return;
  poll.due = false;
  void check(url, poll);
}

async function check(url: string, poll: Poll): Promise<void> {
  const abort = (poll.abort = new AbortController());
  poll.running = true;
  let wait: number;
  let asked = 0; // what the last response's Retry-After or max-age asks for
  try {
    const { feed, fingerprint } = await fetchFeed(url, {
      revalidate: true,
      known: store.fingerprints.get(url),
      signal: abort.signal,
      onResponse: (headers) => (asked = serverWaitMs(headers)),
    });
    store.fingerprints.set(url, fingerprint);
    if (feed) {
      store.done.set(url, feed);
      feedLoaded(url); // a search on the feed indexes what changed, with or without `refresh`
    }
    poll.failures = 0;
    wait = Math.max(interval(poll), asked);
    tell(poll, (w) => w.onFeed(feed));
  } catch (error) {
    if (abort.signal.aborted) return;
    const failure = error instanceof FeedError ? error : new FeedError('network', String(error));
    poll.failures++;
    const every = interval(poll);
    const backoff = Math.min(
      every * 2 ** poll.failures,
      Math.max(every, MAX_BACKOFF * pollClock.second),
    );
    wait = Math.max(backoff, asked);
    tell(poll, (w) => w.onError(failure));
  } finally {
    poll.running = false;
  }
  if (store.polls.get(url) === poll) schedule(url, poll, wait);
}

/** One watcher's fault must not stop the others, nor the poll. */
function tell(poll: Poll, call: (w: Watcher) => void): void {
  for (const w of [...poll.watchers]) {
    try {
      call(w);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

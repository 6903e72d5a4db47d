/**
 * A feed request started before the element's code has arrived. The script-tag loader calls
 * `prefetchFeed` as soon as it sees an `<mlo-*>` with a `src`; the first `loadFeed` for that URL
 * then takes the response (`takePrefetched`) instead of asking again, so the feed downloads
 * while the code does. Both live in the page-wide store of `cache.ts`, which every copy of the
 * library shares: the loader and the elements are separate files, each with its own copy of
 * this small module, and meet there.
 *
 * The request is the one `loadFeed` would make (`feedRequestInit`): no credentials, CORS, the
 * same `Accept`. That is also what lets the browser hand a partner's
 * `<link rel="preload" as="fetch" crossorigin="anonymous">` to it (README, "Use it").
 */
import { feedStore } from './store.js';
import { feedUrl } from './urls.js';

/** The feed's Accept header: CORS-safelisted (under 128 bytes), so no preflight. */
const ACCEPT =
  'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml;q=0.8, */*;q=0.1';

/** An unclaimed prefetch is dropped (its body cancelled) after this long. */
const UNCLAIMED_MS = 60_000;

/**
 * The request options of every feed fetch, on a null prototype: `integrity`, `credentials` or
 * `headers` left on a polluted Object.prototype must not reach the request (see internal/own.ts).
 *
 * Never credentials: no cookie, HTTP auth or client certificate goes with a feed request, and a
 * `Set-Cookie` in the answer is ignored. For a feed on another origin `same-origin` means exactly
 * that (and is what a `<link rel="preload" as="fetch" crossorigin="anonymous">` matches: Chromium
 * hands a preload only to a request of the same credentials mode, and no `crossorigin` value
 * gives `omit`); for a feed on the page's own origin it would send the page's cookies, so `omit`.
 */
export function feedRequestInit(url: string, signal?: AbortSignal): RequestInit {
  let sameOrigin = true;
  try {
    sameOrigin = new URL(url).origin === pageOrigin();
  } catch {
    // Not a URL: fetch will refuse it; keep the strictest mode.
  }
  return Object.assign(Object.create(null) as RequestInit, {
    signal,
    credentials: sameOrigin ? 'omit' : 'same-origin',
    mode: 'cors',
    headers: [['Accept', ACCEPT]],
  } satisfies RequestInit);
}

/**
 * The document's own origin (`self.origin`), not `location.origin`: in an `about:blank` or
 * `srcdoc` frame the location says `"null"` while the document has its parent's origin, so a feed
 * on that origin would be taken for another one and sent with the page's cookies.
 */
function pageOrigin(): string | undefined {
  const own = (globalThis as { origin?: unknown }).origin;
  return typeof own === 'string' ? own : globalThis.location?.origin;
}

/** Starts fetching `src` unless it is loaded, loading or already prefetched. */
export function prefetchFeed(src: string): void {
  let url: string;
  try {
    url = feedUrl(src);
  } catch {
    return; // Malformed: the element reports it when it loads.
  }
  const store = feedStore();
  if (!/^https?:/.test(url) || store.done.has(url) || store.inflight.has(url)) return;
  if (store.prefetched.has(url)) return;
  const response = globalThis.fetch(url, feedRequestInit(url));
  // Nobody may claim it (the element got `.feed` instead): never leave a rejection unhandled.
  response.catch(() => {});
  store.prefetched.set(url, response);
  setTimeout(() => {
    if (store.prefetched.get(url) !== response) return;
    store.prefetched.delete(url);
    void response.then((r) => r.body?.cancel()).catch(() => {});
  }, UNCLAIMED_MS);
}

/**
 * The prefetched response for `url`, once (the caller owns it), or `undefined`. Given up, its
 * body cancelled when it comes, if `signal` fires first.
 */
export function takePrefetched(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const store = feedStore();
  const response = store.prefetched.get(url);
  if (!response) return undefined;
  store.prefetched.delete(url);
  const drop = () => void response.then((r) => r.body?.cancel()).catch(() => {});
  if (signal.aborted) {
    drop();
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      drop();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    response.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

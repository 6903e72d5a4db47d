/**
 * Fetching a feed over the real network: timeouts, bounded retries that honour Retry-After,
 * a size cap enforced while streaming, and every fault mapped to one `FeedError` reason.
 */
import { decodeFeed } from './decode.js';
import { clampDelay } from '../util/delay.js';
import { abortedError, FeedError } from './errors.js';
import { feedUrl } from './urls.js';
import { normalizeFeedInSlices } from './normalize.js';
import { headerFingerprint, textFingerprint } from './fresh.js';
import { feedRequestInit, takePrefetched } from './prefetch.js';
import { sniffFeed } from './sniff.js';
import type { NormalizedFeed } from './types.js';
import { yieldToPage } from '../util/yield.js';

export interface LoadOptions {
  /** Aborts the request (the element left the page, or its `src` changed). */
  signal?: AbortSignal;
  /** Gives up after this long, body included. Default 10 s; `Infinity` for no limit of its own. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Extra attempts after a 408, 429 or 503. Default 2. */
  retries?: number;
  /** Longest wait between attempts, whatever Retry-After asks. Default 5 s. */
  maxRetryDelayMs?: number;
  /** For tests and special hosts; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * A poll: ask the server whether the feed changed (`cache: 'no-cache'`, so the browser sends
   * its `If-None-Match` / `If-Modified-Since` and an unchanged feed costs a 304).
   */
  revalidate?: boolean;
  /** The fingerprint of the feed on show: when the answer has the same, it is not parsed. */
  known?: string;
  /** Sees every response's headers (a poll reads `Retry-After` and `max-age` there). */
  onResponse?: (headers: Headers) => void;
}

/** A feed as fetched: `feed` is missing when its fingerprint was `known` (unchanged). */
export interface Fetched {
  feed?: NormalizedFeed;
  fingerprint: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const RETRY_STATUSES = new Set([408, 429, 503]);

/** Loads, parses and normalizes the feed at `src`. Rejects only with a `FeedError`. */
export async function loadFeed(src: string, options: LoadOptions = {}): Promise<NormalizedFeed> {
  return (await fetchFeed(src, { ...options, known: undefined })).feed!;
}

/** `loadFeed`, with what a poll needs: the fingerprint, the server's wait, "unchanged". */
export async function fetchFeed(src: string, options: LoadOptions = {}): Promise<Fetched> {
  const url = feedUrl(src);
  const timeoutMs = clampDelay(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const controller = new AbortController();
  const timer =
    options.timeoutMs === Infinity
      ? undefined
      : setTimeout(
          () => controller.abort(new FeedError('timeout', `No feed after ${timeoutMs} ms`)),
          timeoutMs,
        );
  const onAbort = () => controller.abort(abortedError());
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const { text, type, finalUrl, fingerprint } = await fetchText(url, controller.signal, options);
    if (fingerprint === options.known) return { fingerprint };
    // Reading starts in a task of its own: a prefetched response is ready by the time the
    // element's code has run, and reading it at once would lengthen that task (bench/trace.mjs).
    await yieldToPage();
    controller.signal.throwIfAborted();
    // Relative URLs resolve against where the feed really is: after a redirect, `response.url`.
    const data = sniffFeed(text, type) === 'xml' ? await readXml(text, finalUrl) : parseJson(text);
    // In slices: a 10,000-item feed is 70–100 ms of checking, which must not be one long task.
    const feed = await normalizeFeedInSlices(data, {
      baseUrl: finalUrl,
      signal: controller.signal,
    });
    return { feed, fingerprint };
  } catch (error) {
    throw toFeedError(error, controller.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** RSS and Atom: the XML reader is a lazy chunk, so pages that read JSON never download it. */
async function readXml(text: string, feedUrl: string): Promise<unknown> {
  const { readXmlFeed } = await import('./xml/read-xml.js');
  return readXmlFeed(text, { feedUrl });
}

export async function fetchText(
  url: string,
  signal: AbortSignal,
  options: LoadOptions,
): Promise<{ text: string; type: string; finalUrl: string; fingerprint: string }> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retries = options.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    // The loader's early request for this URL, if it made one (prefetch.ts); else our own.
    const early =
      attempt === 0 && !options.fetch && !options.revalidate
        ? takePrefetched(url, signal)
        : undefined;
    const init = feedRequestInit(url, signal);
    if (options.revalidate) init.cache = 'no-cache';
    const response = await (early ?? doFetch(url, init));
    const { headers } = response;
    options.onResponse?.(headers);
    if (response.ok) {
      const validator = headerFingerprint(headers);
      if (validator && validator === options.known) {
        // Unchanged, and the validator says so: the body is not even read.
        void response.body?.cancel().catch(() => {});
        return { text: '', type: '', finalUrl: url, fingerprint: validator };
      }
      const bytes = await readBody(response, options.maxBytes ?? DEFAULT_MAX_BYTES, signal);
      const type = headers.get('Content-Type') ?? '';
      // Decoded whole, once the encoding is known: it may be declared in the first bytes.
      const text = decodeFeed(bytes, type).text;
      const fingerprint = validator ?? textFingerprint(text);
      return { text, type, finalUrl: response.url || url, fingerprint };
    }
    void response.body?.cancel().catch(() => {});
    if (RETRY_STATUSES.has(response.status) && attempt < retries) {
      await sleep(retryDelay(response, attempt, options.maxRetryDelayMs ?? 5_000), signal);
      continue;
    }
    throw statusError(response.status);
  }
}

function statusError(status: number): FeedError {
  if (status === 404 || status === 410)
    return new FeedError('not-found', `The feed was not found (HTTP ${status})`, status);
  if (status === 429 || status === 503)
    return new FeedError('rate-limited', `The feed server is busy (HTTP ${status})`, status);
  if (status === 408)
    return new FeedError('timeout', 'The feed server timed out (HTTP 408)', status);
  if (status >= 500)
    return new FeedError('server', `The feed server failed (HTTP ${status})`, status);
  return new FeedError('http', `The feed could not be fetched (HTTP ${status})`, status);
}

/** Retry-After in seconds or as an HTTP date, else exponential backoff with jitter; capped. */
export function retryDelay(
  response: Pick<Response, 'headers'>,
  attempt: number,
  maxMs: number,
): number {
  const header = response.headers.get('Retry-After')?.trim();
  let ms = 500 * 2 ** attempt * (0.75 + Math.random() * 0.5);
  if (header && /^\d+$/.test(header)) ms = Number(header) * 1000;
  else if (header) {
    const at = Date.parse(header);
    if (!Number.isNaN(at)) ms = at - Date.now();
  }
  return Math.min(Math.max(ms, 0), clampDelay(maxMs, 5_000));
}

async function readBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  // WebKit's streams read `getReader()`'s missing options object as `{}`, so `mode` left on a
  // polluted Object.prototype ('closed', say) made every feed fail there: pass one with no prototype.
  const reader = response.body.getReader(
    Object.create(null) as ReadableStreamGetReaderOptions,
  ) as ReadableStreamDefaultReader<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const cancel = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
    return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

const tooLarge = (maxBytes: number) =>
  new FeedError('too-large', `The feed is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * JSON, or a clear reason why not: an HTML page sent with 200 is not a truncated feed, and an
 * RSS or Atom feed never gets here (the loader sniffs it first).
 */
export function parseJson(text: string): unknown {
  const start = text.trimStart(); // a byte-order mark (U+FEFF) is white space to trimStart
  if (!start.startsWith('{') && !start.startsWith('[')) {
    throw new FeedError(
      'not-json',
      start.startsWith('<')
        ? 'The address sent a web page (HTML), not a feed: point src at the JSON Feed, RSS or Atom file'
        : 'The address sent neither JSON nor XML, so not a feed',
    );
  }
  try {
    return JSON.parse(start);
  } catch (error) {
    throw new FeedError('parse', 'The feed is not valid JSON (truncated or malformed)', undefined, {
      cause: error,
    });
  }
}

export function toFeedError(error: unknown, signal: AbortSignal): FeedError {
  if (signal.aborted && signal.reason instanceof FeedError) return signal.reason;
  if (error instanceof FeedError) return error;
  if (error instanceof RangeError)
    return new FeedError('too-large', 'The feed is too large to read', undefined, { cause: error });
  // fetch rejects with a TypeError for DNS, refused connections, resets and CORS refusals alike.
  return new FeedError(
    'network',
    'The feed could not be reached (network error or blocked by CORS)',
    undefined,
    {
      cause: error,
    },
  );
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

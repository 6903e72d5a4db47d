/**
 * A JSON file fetched by the rules of a feed (load.ts): no credentials, CORS, a timeout, a size
 * cap read while streaming, retries after 408/429/503, and every fault one `FeedError`. For the
 * files of an archive search index (`index.json`, its shards and docs), which are not feeds.
 */
import { clampDelay } from '../util/delay.js';
import { abortedError, FeedError } from './errors.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  fetchText,
  parseJson,
  toFeedError,
} from './load.js';

interface JsonOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
  /** Ask the server, not the browser's cache (a retry after a failure). */
  revalidate?: boolean;
}

export async function fetchJson(url: string, options: JsonOptions = {}): Promise<unknown> {
  const timeoutMs = clampDelay(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new FeedError('timeout', `No answer after ${timeoutMs} ms`)),
    timeoutMs,
  );
  const onAbort = () => controller.abort(abortedError());
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const { text } = await fetchText(url, controller.signal, {
      fetch: options.fetch,
      revalidate: options.revalidate,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    });
    return parseJson(text);
  } catch (error) {
    throw toFeedError(error, controller.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A feed's text from a file or an http(s) URL, bounded like the widgets' own loader: a timeout
 * (body included) and a size cap enforced while streaming. Decoded by the widgets' rule: a
 * byte-order mark, the Content-Type's charset (URLs), the XML declaration, else UTF-8.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../../src/feed/load.js';
import { decodeBytes, type Decoding } from './decoding.js';

export interface SourceOptions {
  /** Gives up after this long, body included (URLs). Default 10 s. */
  timeoutMs?: number;
  /** Largest feed accepted, in bytes. Default 5 MB, as in the browser. */
  maxBytes?: number;
  /** For tests and special hosts; defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

export interface SourceText {
  text: string;
  /** The response's Content-Type (URLs); `''` for files. */
  type: string;
  /** Where it was read from: the final URL after redirects, or the file's `file:` URL. */
  url: string;
  /** True for http(s) sources: their URL is a base for relative links. */
  remote: boolean;
  /** How the bytes were decoded (absent for text that was never bytes). */
  decoding?: Decoding;
}

/** A readable failure: the feed could not be read at all (exit code 2). */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

const isRemote = (source: string) => /^https?:\/\//i.test(source);

export async function readSource(source: string, options: SourceOptions = {}): Promise<SourceText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!isRemote(source)) {
    const path = resolve(source);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (error) {
      throw new SourceError(`Cannot read ${source}: ${(error as Error).message}`);
    }
    if (size > maxBytes) throw tooLarge(maxBytes);
    return {
      ...decodeBytes(await readFile(path), ''),
      type: '',
      url: pathToFileURL(path).href,
      remote: false,
    };
  }
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let body: { bytes: Uint8Array; type: string; url: string };
  try {
    const response = await doFetch(source, {
      signal,
      headers: {
        Accept:
          'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml;q=0.8, */*;q=0.1',
      },
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new SourceError(`${source} answered HTTP ${response.status}`);
    }
    if (Number(response.headers.get('Content-Length')) > maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    body = {
      bytes: await readCapped(response, maxBytes),
      type: response.headers.get('Content-Type') ?? '',
      url: response.url || source,
    };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (signal.aborted) throw new SourceError(`No answer from ${source} after ${timeoutMs} ms`);
    throw new SourceError(`Cannot fetch ${source}: ${(error as Error).message}`);
  }
  return { ...decodeBytes(body.bytes, body.type), type: body.type, url: body.url, remote: true };
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    received += chunk.byteLength;
    if (received > maxBytes) {
      void response.body.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (maxBytes: number) =>
  new SourceError(`The feed is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);

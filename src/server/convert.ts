/**
 * `convert`: RSS 2.0, RSS 1.0 or Atom to JSON Feed 1.1 (with `_mlo` where the item type can be
 * derived), by the very mapping the widgets use in the browser (`readXmlFeed` / `xmlToJsonFeed`),
 * here with @xmldom/xmldom's DOMParser. A JSON Feed is passed through as it is.
 */
import { FeedError } from '../feed/errors.js';
import { parseJson } from '../feed/load.js';
import { sniffFeed } from '../feed/sniff.js';
import { readXmlFeed } from '../feed/xml/read-xml.js';
import { XmlParser } from './read.js';
import { readSource, type SourceOptions } from './source.js';

export interface ConvertOptions extends SourceOptions {
  /** The feed's own URL, for relative links (default: the URL it was fetched from). */
  baseUrl?: string;
}

/** The feed at `source` (a path or an http(s) URL) as a JSON Feed object. */
export async function convert(
  source: string,
  options: ConvertOptions = {},
): Promise<Record<string, unknown>> {
  const read = await readSource(source, options);
  return convertText(read.text, {
    type: read.type,
    baseUrl: options.baseUrl ?? (read.remote ? read.url : undefined),
  });
}

/** The same for text already in hand. Throws a `FeedError` when it is not a feed at all. */
export function convertText(
  text: string,
  options: { type?: string; baseUrl?: string } = {},
): Record<string, unknown> {
  if (sniffFeed(text, options.type) === 'xml')
    return readXmlFeed(text, { DOMParser: XmlParser, feedUrl: options.baseUrl });
  const json = parseJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new FeedError('schema', 'Not a JSON Feed: not an object');
  return json as Record<string, unknown>;
}

/** JSON text for a converted feed: two-space indent, a final newline, stable for the same input. */
export const stringifyFeed = (feed: unknown) => `${JSON.stringify(feed, null, 2)}\n`;

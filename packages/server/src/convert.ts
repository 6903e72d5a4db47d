/**
 * `convert`: RSS 2.0, RSS 1.0 or Atom to JSON Feed 1.1 (with `_mlo` where the item type can be
 * derived), by the very mapping the widgets use in the browser (`readXmlFeed` / `xmlToJsonFeed`),
 * here with @xmldom/xmldom's DOMParser. A JSON Feed is passed through as it is, but for its dates.
 *
 * JSON Feed dates are RFC 3339, so every item date is written as one (`readDate` reads RFC 2822,
 * `2023-07-01 09:00:00 +0200` and the rest a feed may hold); one that cannot be read is left out
 * with a note, never copied as it was.
 */
import { FeedError } from '../../../src/feed/errors.js';
import { parseJson } from '../../../src/feed/load.js';
import { quote, readDate } from '../../../src/feed/read-values.js';
import { sniffFeed } from '../../../src/feed/sniff.js';
import { readXmlFeed } from '../../../src/feed/xml/read-xml.js';
import { XmlParser } from './read.js';
import { readSource, type SourceOptions } from './source.js';
import { withinDepth } from './json-ld.js';

export interface ConvertOptions extends SourceOptions {
  /** The feed's own URL, for relative links (default: the URL it was fetched from). */
  baseUrl?: string;
  /** Told what was changed or left out on the way (a date that could not be read). */
  onNote?: (note: string) => void;
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
    onNote: options.onNote,
  });
}

/** The same for text already in hand. Throws a `FeedError` when it is not a feed at all. */
export function convertText(
  text: string,
  options: { type?: string; baseUrl?: string; onNote?: (note: string) => void } = {},
): Record<string, unknown> {
  if (sniffFeed(text, options.type) === 'xml')
    return withRfc3339Dates(
      readXmlFeed(text, { DOMParser: XmlParser, feedUrl: options.baseUrl }),
      options.onNote,
    );
  const json = parseJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new FeedError('schema', 'Not a JSON Feed: not an object');
  // JSON.parse reads any depth, JSON.stringify overflows the stack on some thousands of levels:
  // copy what any reader could use (as the server render's inline data does) and say so once.
  let cut = false;
  const kept = withinDepth(json, MAX_DEPTH, () => (cut = true)) as Record<string, unknown>;
  if (cut) options.onNote?.(`fields nested more than ${MAX_DEPTH} levels deep are left out`);
  return withRfc3339Dates(kept, options.onNote);
}

/**
 * Every item's `date_published` and `date_modified` as RFC 3339 date-times. A day alone becomes
 * its midnight UTC, and a time without a zone is written as UTC: the widgets read both so (the
 * date as written, in every visitor's zone), and other readers need a full date-time.
 */
function withRfc3339Dates(
  feed: Record<string, unknown>,
  onNote: ((note: string) => void) | undefined,
): Record<string, unknown> {
  const items = Array.isArray(feed.items) ? (feed.items as unknown[]) : [];
  items.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
    const raw = item as Record<string, unknown>;
    for (const key of ['date_published', 'date_modified']) {
      const value = raw[key];
      if (value === undefined || value === null) continue;
      const read = typeof value === 'string' ? readDate(value) : undefined;
      const where = `items[${index}].${key}`;
      if (read === undefined) {
        delete raw[key];
        onNote?.(`${where} ${quote(value)} is not a date we can read: left out`);
      } else if (read.length === 10) raw[key] = `${read}T00:00:00Z`;
      else if (/(?:Z|[+-]\d\d:\d\d)$/.test(read)) raw[key] = read;
      else {
        raw[key] = `${read}Z`;
        onNote?.(`${where} ${quote(value)} has no time zone: written as UTC (${read}Z)`);
      }
    }
  });
  return feed;
}

/** JSON text for a converted feed: two-space indent, a final newline, stable for the same input. */
/** Deeper than any field a widget reads; the render's inline data keeps the same. */
const MAX_DEPTH = 64;

export const stringifyFeed = (feed: unknown) => `${JSON.stringify(feed, null, 2)}\n`;

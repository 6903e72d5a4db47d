/**
 * A feed's text to the widgets' model, with exactly the reader the widgets use: `sniffFeed`
 * decides JSON or XML, RSS and Atom go through `readXmlFeed` (with @xmldom/xmldom's DOMParser,
 * which never fetches anything), JSON through `parseJson`, then `normalizeFeed` with every
 * problem collected with its place. XML items also get their line in the file.
 */
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { FeedError } from '../../../src/feed/errors.js';
import { parseJson } from '../../../src/feed/load.js';
import { normalizeFeed, MAX_ITEMS, type FeedProblem } from '../../../src/feed/normalize.js';
import { sniffFeed } from '../../../src/feed/sniff.js';
import type { NormalizedFeed } from '../../../src/feed/types.js';
import {
  readXmlFeed,
  prepareXml,
  spaceBeforeDeclaration,
  type DomParserLike,
} from '../../../src/feed/xml/read-xml.js';
import type { Decoding } from './decoding.js';
import type { SourceText } from './source.js';

export interface ReadFeed {
  /** `json`, or `xml` for RSS and Atom (converted to JSON Feed first). */
  format: 'json' | 'xml';
  /** The JSON Feed the widgets read: the file itself, or the RSS/Atom mapped to JSON Feed. */
  json: Record<string, unknown>;
  result: NormalizedFeed;
  /** Every problem, unbounded, in the order found. */
  problems: FeedProblem[];
  /** Index in `json.items` of each item in `result.feed.items`. */
  rawIndex: number[];
  /** For XML: the line of each `<item>`/`<entry>`, by index in `json.items`. */
  lines?: number[];
  /** How the file's bytes were decoded, when it was read as bytes. */
  decoding?: Decoding;
  /** For XML: blank space came before `<?xml`, and was ignored. */
  spaceBeforeDeclaration?: boolean;
}

/**
 * @xmldom/xmldom's DOMParser, strict as a browser's: an error (an undefined entity, say) stops
 * parsing, where xmldom would print it and go on. The browser reports such a feed as not
 * well-formed, and so does the command.
 */
class StrictParser extends DOMParser {
  constructor() {
    super({ onError: onErrorStopParsing });
  }
}
export const XmlParser = StrictParser as unknown as DomParserLike;

/** Parses and reads `source`; throws a `FeedError` when it is not a feed at all. */
export function readFeed(source: SourceText, baseUrl?: string): ReadFeed {
  const kind = sniffFeed(source.text, source.type);
  const base = baseUrl ?? (source.remote ? source.url : undefined);
  const { decoding } = source;
  if (kind !== 'xml')
    return { format: 'json', ...readJsonFeed(parseJson(source.text), base), decoding };
  const json = readXmlFeed(source.text, { DOMParser: XmlParser, feedUrl: base });
  return {
    format: 'xml',
    ...readJsonFeed(json, base),
    lines: itemLines(source.text),
    decoding,
    spaceBeforeDeclaration: spaceBeforeDeclaration(source.text) !== undefined,
  };
}

/** A JSON Feed object (parsed, or mapped from RSS/Atom) read as the widgets read it. */
export function readJsonFeed(
  json: unknown,
  baseUrl?: string,
): Omit<ReadFeed, 'format' | 'lines' | 'decoding' | 'spaceBeforeDeclaration'> {
  const problems: FeedProblem[] = [];
  const result = normalizeFeed(json, { baseUrl, onProblem: (p) => problems.push(p) });
  const skipped = new Set(
    problems.filter((p) => p.where === 'item' && p.field === '').map((p) => p.index),
  );
  const items = (json as { items: unknown[] }).items;
  const rawIndex: number[] = [];
  for (let i = 0; i < Math.min(items.length, MAX_ITEMS); i++) if (!skipped.has(i)) rawIndex.push(i);
  if (rawIndex.length !== result.feed.items.length)
    throw new FeedError('schema', 'Internal error: items and their places disagree');
  return { json: json as Record<string, unknown>, result, problems, rawIndex };
}

/** The line of every RSS `<item>` or Atom `<entry>`, in document order (xmldom's locator). */
function itemLines(text: string): number[] {
  const doc = new DOMParser({ onError: () => {} }).parseFromString(
    prepareXml(text),
    'application/xml',
  ) as unknown as Document;
  const root = doc.documentElement;
  if (!root) return [];
  const name = root.localName === 'feed' ? 'entry' : 'item';
  const lines: number[] = [];
  for (const element of Array.from(root.getElementsByTagNameNS('*', name))) {
    // Only the feed's own entries: an <item> nested in another (rare extensions) is not one.
    if (element.parentNode !== root && (element.parentNode as Element | null)?.parentNode !== root)
      continue;
    lines.push((element as unknown as { lineNumber?: number }).lineNumber ?? 0);
  }
  return lines;
}

/**
 * An RSS or Atom document (text) to a JSON Feed object: the lazy chunk the loader imports only
 * when a response is XML, so pages that read JSON never download it.
 *
 * Parsed with a `DOMParser`: the browser's own, or one passed in (in Node, @xmldom/xmldom's or
 * linkedom's), which never fetches anything. The document type declaration is removed before
 * parsing: feeds have no use for one, and without it an entity-expansion bomb or an external
 * entity (`<!ENTITY x SYSTEM "file:///…">`) declares nothing; their references are then
 * undefined entities and the document is reported as not well-formed, whatever the parser.
 *
 * Trusted Types: `parseFromString` is a sink even for XML, so under
 * `require-trusted-types-for 'script'` the text goes through our own policy:
 *   policy name: `mlo-newsroom-xml`
 * It only ever hands feed text to this parser, whose document is inert (no script runs in it, and
 * nothing of it is inserted into the page: the mapping reads text and attributes out of it).
 */
import { FeedError } from '../errors.js';
import { readProlog } from '../sniff.js';
import { xmlToJsonFeed } from './map.js';

export { xmlToJsonFeed, type MapOptions } from './map.js';

/** Any `DOMParser` constructor: the browser's, @xmldom/xmldom's, linkedom's. */
export type DomParserLike = new () => { parseFromString(text: string, type: string): Document };

export interface XmlReadOptions {
  /** The feed's URL, for relative links. */
  feedUrl?: string;
  /** Defaults to `globalThis.DOMParser`. */
  DOMParser?: DomParserLike;
}

export function readXmlFeed(text: string, options: XmlReadOptions = {}): Record<string, unknown> {
  const Parser = options.DOMParser ?? (globalThis as { DOMParser?: DomParserLike }).DOMParser;
  if (!Parser)
    throw new FeedError('parse', 'No DOMParser to read XML with: pass one in (options.DOMParser)');
  let doc: Document;
  try {
    const source = withoutDoctype(text);
    doc = new Parser().parseFromString(
      (options.DOMParser ? source : trusted(source)) as string,
      'application/xml',
    );
  } catch (error) {
    if (
      error instanceof TypeError &&
      !options.DOMParser &&
      policy === null &&
      (globalThis as { trustedTypes?: unknown }).trustedTypes
    ) {
      throw new FeedError(
        'parse',
        `Trusted Types blocked reading the XML feed; allow the policy "${XML_POLICY_NAME}"`,
        undefined,
        { cause: error },
      );
    }
    // @xmldom/xmldom throws a ParseError that carries the position in `locator`.
    const at = (error as { locator?: { lineNumber?: unknown } } | null)?.locator?.lineNumber;
    throw notWellFormed(
      error instanceof Error ? error.message : String(error),
      typeof at === 'number' ? at : undefined,
    );
  }
  const failure = doc.getElementsByTagName('parsererror')[0];
  if (failure || !doc.documentElement) throw notWellFormed(failure?.textContent ?? '');
  return xmlToJsonFeed(doc, { feedUrl: options.feedUrl });
}

export const XML_POLICY_NAME = 'mlo-newsroom-xml';

interface Policy {
  createHTML(text: string): unknown;
}
let policy: Policy | null | undefined;

/** The text as TrustedHTML where the page has Trusted Types (and allows our policy), else as is. */
function trusted(text: string): unknown {
  if (policy === undefined) {
    policy = null;
    const factory = (
      globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }
    ).trustedTypes;
    try {
      policy =
        factory?.createPolicy(XML_POLICY_NAME, { createHTML: (markup: string) => markup }) ?? null;
    } catch {
      // The page does not allow the name: parsing then fails where Trusted Types are enforced,
      // and the error says which policy to allow.
      policy = null;
    }
  }
  return policy ? policy.createHTML(text) : text;
}

/** The doctype blanked out, line breaks kept so error line numbers still match the file. */
export function withoutDoctype(text: string): string {
  const span = readProlog(text).doctype;
  if (!span) return text;
  const [start, end] = span;
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, '') + text.slice(end);
}

function notWellFormed(detail: string, known?: number): FeedError {
  const line = known ?? /line(?: number)?:? ?(\d{1,9})/i.exec(detail)?.[1];
  const first = detail.replace(/\s+/g, ' ').trim().slice(0, 160);
  return new FeedError(
    'parse',
    `The feed is not well-formed XML${line ? ` (line ${line})` : ''}${first ? `: ${first}` : ''}`,
    undefined,
    {
      line: line ? Number(line) : undefined,
    },
  );
}

/**
 * An RSS or Atom document (text) to a JSON Feed object: the lazy chunk the loader imports only
 * when a response is XML, so pages that read JSON never download it.
 *
 * Parsed with a `DOMParser`: the browser's own, or one passed in (in Node, @xmldom/xmldom's or
 * linkedom's), which never fetches anything. No document type declaration reaches the parser:
 * feeds have no use for one. Each is blanked (RSS 0.91's public DOCTYPE, say), and one with an
 * internal subset, where entities are declared (an expansion bomb, an external entity
 * `<!ENTITY x SYSTEM "file:///…">`), refuses the feed: Firefox expands the first of two
 * DOCTYPEs, so blanking only one let 4 kB become 8 MB of text. A parsed document that still has
 * a doctype is refused too.
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
  const source = prepareXml(text);
  let doc: Document;
  try {
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
  // One the prolog scan missed, whatever the reason: the parser may have read its entities.
  if (doc.doctype) throw doctypeError('a DOCTYPE reached the XML parser');
  return xmlToJsonFeed(doc, { feedUrl: options.feedUrl });
}

const XML_POLICY_NAME = 'mlo-newsroom-xml';

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

/** Blank space before `<?xml` (not allowed there, yet common): the text it is, if any. */
export const spaceBeforeDeclaration = (text: string) =>
  /^\uFEFF?([ \t\r\n]+)<\?xml[ \t\r\n?]/.exec(text)?.[1];

/**
 * The text as the parser gets it, line breaks kept so error lines match the file: a byte-order
 * mark dropped, blank space before `<?xml` moved after the declaration (where it is allowed),
 * every declaration before the root blanked. Throws for one with an internal subset.
 */
export function prepareXml(text: string): string {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const space = spaceBeforeDeclaration(source);
  if (space) {
    const end = source.indexOf('?>', space.length) + 2;
    if (end > 1) source = source.slice(space.length, end) + space + source.slice(end);
  }
  let out = '';
  let from = 0;
  for (const [start, end, subset] of readProlog(source).declarations) {
    if (subset)
      throw doctypeError(
        'a DOCTYPE declares entities (<!DOCTYPE … [ … ]>)',
        source.slice(0, start).split('\n').length,
      );
    out += source.slice(from, start) + source.slice(start, end).replace(/[^\n]/g, '');
    from = end;
  }
  return out + source.slice(from);
}

const doctypeError = (what: string, line?: number) =>
  new FeedError(
    'parse',
    `The feed is refused${line ? ` (line ${line})` : ''}: ${what}, and feeds have no use for one`,
    undefined,
    { line },
  );

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

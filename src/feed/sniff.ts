/**
 * What a response body is, from its first bytes and its content type: JSON, an RSS or Atom feed
 * (XML), or a web page. Part of the entry (it decides whether the XML chunk is loaded at all), so
 * it is small: one forward scan over the prolog, no regex over the body.
 */
export type FeedKind = 'json' | 'xml' | 'html' | 'other';

export interface Prolog {
  /** The first element's name, lower case, without its prefix (`rss`, `feed`, `rdf`, `html`). */
  root?: string;
  /**
   * Where each `<!DOCTYPE …>` (or other `<!…>` declaration) before the root starts and ends,
   * and whether it has an internal subset `[…]`: every one, as a parser may honour any of them.
   */
  declarations: [start: number, end: number, subset: boolean][];
}

const XML_TYPE = /[/+]xml\b/i;

export function sniffFeed(text: string, contentType = ''): FeedKind {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) <= 32 || text.charCodeAt(start) === 0xfeff))
    start++;
  const first = text[start];
  if (first === '{' || first === '[') return 'json';
  if (first !== '<') return 'other';
  const { root } = readProlog(text, start);
  if (root === 'rss' || root === 'feed' || root === 'rdf') return 'xml';
  if (
    root === 'html' ||
    root === 'head' ||
    root === 'body' ||
    contentType.toLowerCase().includes('html')
  )
    return 'html';
  return XML_TYPE.test(contentType) ? 'xml' : 'html';
}

/** Skips the XML declaration, processing instructions, comments and the doctype to the root. */
export function readProlog(text: string, from = 0): Prolog {
  const prolog: Prolog = { declarations: [] };
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xfeff) {
      i++;
    } else if (text.startsWith('<?', i)) {
      i = after(text, '?>', i + 2);
    } else if (text.startsWith('<!--', i)) {
      i = after(text, '-->', i + 4);
    } else if (text.startsWith('<!', i)) {
      const [end, subset] = declarationEnd(text, i + 2);
      prolog.declarations.push([i, end, subset]);
      i = end;
    } else if (c === 60) {
      let end = i + 1;
      while (end < text.length && !' \t\r\n>/'.includes(text[end])) end++;
      const name = text.slice(i + 1, end).toLowerCase();
      prolog.root = name.slice(name.indexOf(':') + 1);
      return prolog;
    } else {
      return prolog;
    }
  }
  return prolog;
}

const after = (text: string, token: string, from: number) => {
  const at = text.indexOf(token, from);
  return at < 0 ? text.length : at + token.length;
};

/** The end of `<!DOCTYPE …>` (its internal subset `[…]` and quoted strings may hold `>`), and whether it has a subset. */
function declarationEnd(text: string, from: number): [number, boolean] {
  let depth = 0;
  let subset = false;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') {
      depth++;
      subset = true;
    } else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return [i + 1, subset];
  }
  return [text.length, subset];
}

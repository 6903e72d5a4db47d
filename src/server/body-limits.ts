/**
 * How big an article body the server sanitizes itself. jsdom is slow where a browser is fast:
 * its HTML parser takes time in proportion to depth × elements for nested formatting tags and
 * runs out of stack a few thousand levels deep, so a hostile body could block a Node process
 * for seconds or abort the render. A body past any of these limits is left to the browser's
 * own sanitizer (the article shows it once its script runs) and the render notes it.
 *
 * The limits: a long article is 20–60 kB of HTML and a few hundred elements nested 10–20 deep,
 * so real bodies stay far inside them, while the worst body inside them still renders in well
 * under a second (bench/README.md, growth). 256 levels is half of Chromium's parser depth
 * limit (512; deeper elements are flattened), so what jsdom checked is what a browser builds.
 */
export const MAX_SERVER_BODY_CHARS = 200_000;
export const MAX_SERVER_BODY_TAGS = 10_000;
export const MAX_SERVER_BODY_DEPTH = 256;

/** Why the server leaves `html` to the browser, or `undefined` when it is within the limits. */
export function overLimits(html: string): string | undefined {
  if (html.length > MAX_SERVER_BODY_CHARS)
    return `${html.length} characters, more than the server's ${MAX_SERVER_BODY_CHARS}`;
  const shape = estimateShape(html);
  if (shape.tags > MAX_SERVER_BODY_TAGS)
    return `more than ${MAX_SERVER_BODY_TAGS} tags, the server's limit`;
  if (shape.depth > MAX_SERVER_BODY_DEPTH)
    return `nested more than ${MAX_SERVER_BODY_DEPTH} elements deep, the server's limit`;
  return undefined;
}

const VOID = new Set(
  'area base br col embed hr img image input keygen link meta param source track wbr basefont bgsound frame'.split(
    ' ',
  ),
);
/** Formatting elements: their end tag runs the adoption agency, so it pops only when on top. */
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '));
const BLOCKS =
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt';
/** For an open element (key), the start tags that close it first (the parser's implied ends). */
const CLOSED_BY: Record<string, Set<string>> = {
  p: new Set(BLOCKS.split(' ')),
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  option: new Set(['option', 'optgroup']),
  td: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
  th: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
  tr: new Set(['tr', 'tbody', 'thead', 'tfoot']),
  tbody: new Set(['tbody', 'thead', 'tfoot']),
  thead: new Set(['tbody', 'thead', 'tfoot']),
  tfoot: new Set(['tbody', 'thead', 'tfoot']),
};
/** Open elements an end tag of another element closes on its way (implied end tags). */
const IMPLIED = new Set('p li dt dd option optgroup rb rp rt rtc'.split(' '));
const TABLE_PARTS = new Set('td th tr tbody thead tfoot caption colgroup'.split(' '));
const TABLE_ENDS = new Set('table tbody thead tfoot tr'.split(' '));

/**
 * A linear scan of `html` (no parse): how many start tags, and how deep the parser's stack of
 * open elements can get. The depth is meant to be an upper bound: where the parser's rules are
 * not followed exactly (an end tag that misnests, SVG and MathML, whose rules differ) it counts
 * an element as still open. Comments, `<!…>`, `<?…>` and quoted attribute values are skipped as
 * the HTML tokenizer skips them, so no tag-like text inside them pops anything.
 */
export function estimateShape(html: string): { tags: number; depth: number } {
  const stack: string[] = [];
  let tags = 0;
  let depth = 0;
  let foreign = false;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= html.length) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      i = html.startsWith('<!--', lt) ? commentEnd(html, lt + 4) : after(html, '>', lt + 2);
    } else if (next === 63 /* ? */) {
      i = after(html, '>', lt + 2);
    } else if (next === 47 /* / */) {
      if (isLetter(html.charCodeAt(lt + 2))) {
        const [name, end] = readTag(html, lt + 2);
        if (!foreign) closeTo(stack, name);
        i = end;
      } else i = html.charCodeAt(lt + 2) === 62 ? lt + 3 : after(html, '>', lt + 2);
    } else if (isLetter(next)) {
      const [name, end] = readTag(html, lt + 1);
      tags++;
      if (name === 'svg' || name === 'math') foreign = true;
      if (!VOID.has(name)) {
        while (!foreign && stack.length && CLOSED_BY[stack[stack.length - 1]]?.has(name))
          stack.pop();
        if (!foreign) implyTableParts(stack, name);
        stack.push(name);
        depth = Math.max(depth, stack.length);
        if (depth > MAX_SERVER_BODY_DEPTH) return { tags, depth };
      }
      i = end;
    } else i = lt + 1;
  }
  return { tags, depth };
}

/** The parser adds a `<tbody>` and a `<tr>` where a table's row or cell starts without them. */
function implyTableParts(stack: string[], name: string): void {
  const top = stack[stack.length - 1];
  if (top === 'table' && (name === 'tr' || name === 'td' || name === 'th')) stack.push('tbody');
  const section = stack[stack.length - 1];
  if (
    (section === 'tbody' || section === 'thead' || section === 'tfoot') &&
    (name === 'td' || name === 'th')
  )
    stack.push('tr');
}

/** An end tag pops its element when only elements whose end the parser implies are above it. */
function closeTo(stack: string[], name: string): void {
  if (stack[stack.length - 1] === name) {
    stack.pop();
    return;
  }
  if (FORMATTING.has(name)) return;
  for (let at = stack.length - 1; at >= 0; at--) {
    const open = stack[at];
    if (open === name) {
      stack.length = at;
      return;
    }
    if (!IMPLIED.has(open) && !(TABLE_ENDS.has(name) && TABLE_PARTS.has(open))) return;
  }
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

function after(html: string, what: string, from: number): number {
  const at = html.indexOf(what, from);
  return at < 0 ? html.length : at + what.length;
}

/** Past the comment that starts at `from` (just after `<!--`), as the HTML tokenizer ends it. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  for (let at = html.indexOf('--', from); at >= 0; at = html.indexOf('--', at + 1)) {
    if (html.startsWith('>', at + 2)) return at + 3;
    if (html.startsWith('!>', at + 2)) return at + 4;
  }
  return html.length;
}

/** The tag name at `from` (lowercased) and the index past the tag's `>` (quoted values skipped). */
function readTag(html: string, from: number): [string, number] {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  const name = html.slice(from, i).toLowerCase();
  // Attributes: a quote opens a value only after a name and `=` (and spaces), as in the tokenizer.
  let named = false;
  let value = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return [name, i + 1];
    if (value && (c === 34 || c === 39)) {
      i = after(html, html[i], i + 1);
      named = value = false;
      continue;
    }
    if (value && !isSpace(c)) {
      // An unquoted value runs to a space or `>`.
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
      named = value = false;
      continue;
    }
    if (c === 61 /* = */ && named) value = true;
    else if (c === 47 /* / */) named = false;
    else if (!isSpace(c)) named = true;
    i++;
  }
  return [name, html.length];
}

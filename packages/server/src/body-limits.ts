/**
 * How big an article body the server sanitizes itself. jsdom is slow where a browser is fast:
 * its HTML parser takes time in proportion to depth × elements for nested formatting tags and
 * runs out of stack a few thousand levels deep, so a hostile body could block a Node process
 * for seconds or abort the render. A body past any of these limits is left to the browser's
 * own sanitizer (the article shows it once its script runs) and the render notes it.
 *
 * The limits: a long article is 20–60 kB of HTML, 500–2,000 elements nested 10–20 deep, so
 * real bodies stay well inside them, while the slowest body inside them renders in under a
 * second on a busy 2-core machine (8,000 elements took about 1.3 s there, hence 5,000; figures
 * in bench/README.md, growth). 256 levels is half of Chromium's parser depth limit (512; it
 * flattens deeper elements), so what jsdom checked is what a browser builds.
 */
import { after, commentEnd, isLetter, readTag } from './html-tokens.js';

const MAX_SERVER_BODY_CHARS = 200_000;
const MAX_SERVER_BODY_ELEMENTS = 5_000;
export const MAX_SERVER_BODY_DEPTH = 256;

/** Why the server leaves `html` to the browser, or `undefined` when it is within the limits. */
export function overLimits(html: string): string | undefined {
  if (html.length > MAX_SERVER_BODY_CHARS)
    return `${html.length} characters, more than the server's ${MAX_SERVER_BODY_CHARS}`;
  const shape = estimateShape(html);
  if (shape.elements > MAX_SERVER_BODY_ELEMENTS)
    return `more than ${MAX_SERVER_BODY_ELEMENTS} elements, the server's limit`;
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
/** Start tags that close an open `<p>` in button scope (with what is above it). */
const CLOSE_P = new Set(BLOCKS.split(' '));
/** For an open element on top (key), the start tags that close it first. */
const CLOSED_BY: Record<string, Set<string>> = {
  option: new Set(['option', 'optgroup']),
  td: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
  th: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
  tr: new Set(['tr', 'tbody', 'thead', 'tfoot']),
  tbody: new Set(['tbody', 'thead', 'tfoot']),
  thead: new Set(['tbody', 'thead', 'tfoot']),
  tfoot: new Set(['tbody', 'thead', 'tfoot']),
};
/**
 * The parser's "special" elements: an end tag of any other element is ignored when one of these
 * is open above it. A special element's own end tag pops everything above it, as long as it is
 * "in scope": no scope boundary between.
 */
const SPECIAL = new Set(
  `${BLOCKS} applet area base basefont bgsound body br button caption col colgroup embed frame frameset head html iframe img input keygen link listing marquee meta noembed noframes noscript object param plaintext script search select source style tbody td template textarea tfoot th thead title tr track wbr xmp`.split(
    ' ',
  ),
);
const SCOPE = new Set('applet caption html table td th marquee object template'.split(' '));
const TABLE_SCOPE = new Set('html table template'.split(' '));
const TABLE_ENDS = new Set('table tbody thead tfoot tr td th caption colgroup'.split(' '));

/** The open elements as counted; `~b` is a `<b>` the parser closed and will open again. */
interface Open {
  stack: string[];
  /** How many `~` entries the stack holds. */
  reopened: number;
  /** Something was closed since they were last opened again: the next text or tag does. */
  due: boolean;
  /** Elements made by opening them again. */
  made: number;
}

/** Text or a start tag: the parser opens the closed formatting elements again, if due. */
function reopen(open: Open): void {
  if (!open.due) return;
  open.made += open.reopened;
  open.due = false;
}

/**
 * A linear scan of `html` (no parse): how many elements the parser can make, and how deep its
 * stack of open elements can get. Both are meant as upper bounds: where the parser's rules are
 * not followed exactly (an end tag that misnests, SVG and MathML, whose rules differ) it counts
 * an element as still open. Formatting elements the parser closed but keeps in its list count
 * as still open, and as made again at the next text or tag after anything closes (the parser
 * "reconstructs" them all there): 250 unclosed `<b>`s in a `<div>`, then 1,000 paragraphs,
 * make 250,000 elements. Comments, `<!…>`, `<?…>` and quoted attribute values are skipped as
 * the HTML tokenizer skips them, so no tag-like text inside them pops anything.
 *
 * @testHook Exported for tests/node/server-properties.test.mjs, which bundles this file alone.
 */
export function estimateShape(html: string): { elements: number; depth: number } {
  const open: Open = { stack: [], reopened: 0, due: false, made: 0 };
  const stack = open.stack;
  let tags = 0;
  let depth = 0;
  let foreign = false;
  let i = 0;
  const shape = () => ({ elements: tags + open.made, depth });
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= html.length) break;
    if (lt > i) reopen(open);
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      i = html.startsWith('<!--', lt) ? commentEnd(html, lt + 4) : after(html, '>', lt + 2);
    } else if (next === 63 /* ? */) {
      i = after(html, '>', lt + 2);
    } else if (next === 47 /* / */) {
      if (isLetter(html.charCodeAt(lt + 2))) {
        const [name, end] = readTag(html, lt + 2);
        // `</p>` with no paragraph open makes an empty one; `</br>` is a `<br>`.
        if ((foreign || !closeTo(open, name)) && (name === 'p' || name === 'br')) {
          depth = Math.max(depth, stack.length + 1);
          open.made++;
        }
        i = end;
      } else i = html.charCodeAt(lt + 2) === 62 ? lt + 3 : after(html, '>', lt + 2);
    } else if (isLetter(next)) {
      const [name, end] = readTag(html, lt + 1);
      tags++;
      if (name === 'svg' || name === 'math') foreign = true;
      if (!foreign && CLOSE_P.has(name)) closeTo(open, 'p');
      // A second `<a>` (`<nobr>`, `<button>`) first ends the open one, as its end tag would.
      if (!foreign && (name === 'a' || name === 'nobr' || name === 'button')) closeTo(open, name);
      // A list item closes the one open in it, unless a block other than div (or p) is between.
      if (!foreign && (name === 'li' || name === 'dd' || name === 'dt'))
        for (const item of name === 'li' ? ['li'] : ['dd', 'dt']) closeTo(open, item, ITEM_SCOPE);
      while (!foreign && stack.length && CLOSED_BY[stack[stack.length - 1]]?.has(name)) {
        stack.pop();
        open.due = true;
      }
      reopen(open);
      implyTableParts(open, name);
      // In SVG and MathML no element is void.
      if (VOID.has(name) && !foreign) depth = Math.max(depth, stack.length + 1);
      else {
        stack.push(name);
        depth = Math.max(depth, stack.length);
      }
      i = end;
    } else {
      reopen(open);
      i = lt + 1;
    }
    if (depth > MAX_SERVER_BODY_DEPTH || tags + open.made > MAX_SERVER_BODY_ELEMENTS)
      return shape();
  }
  if (i < html.length) reopen(open);
  return shape();
}

/** The parser adds a `<tbody>` and a `<tr>` where a table's row or cell starts without them. */
function implyTableParts(open: Open, name: string): void {
  const { stack } = open;
  if (name === 'col') open.made++; // and a <colgroup>
  if (stack[stack.length - 1] === 'table' && (name === 'tr' || name === 'td' || name === 'th')) {
    stack.push('tbody');
    open.made++;
  }
  const section = stack[stack.length - 1];
  if (
    (section === 'tbody' || section === 'thead' || section === 'tfoot') &&
    (name === 'td' || name === 'th')
  ) {
    stack.push('tr');
    open.made++;
  }
}

/**
 * Pops `name` and what is above it where the parser does (`true` when it did). Formatting elements above it stay
 * counted: the parser takes them off its stack but opens them again (reconstructs them) at the
 * next text, and nests them all. A formatting end tag that is not on top runs the adoption
 * agency, which can move elements down: nothing is popped then.
 */
function closeTo(open: Open, name: string, scope?: Set<string>): boolean {
  const { stack } = open;
  const top = stack[stack.length - 1];
  if (top === name || top === `~${name}`) {
    stack.pop();
    if (top !== name) open.reopened--;
    open.due = true;
    return true;
  }
  if (FORMATTING.has(name)) {
    // The adoption agency: the parser may take this and every formatting element above it off
    // its stack (to open them again later) or move elements down. Nothing popped here.
    const at = stack.lastIndexOf(name);
    for (let k = Math.max(at, 0); at >= 0 && k < stack.length; k++)
      if (FORMATTING.has(stack[k])) {
        stack[k] = `~${stack[k]}`;
        open.reopened++;
      }
    if (at >= 0) {
      open.due = true;
      // It makes elements too: at most 8 rounds, each 1 new element and at most 3 copies.
      open.made += 8 * 4;
    }
    return false;
  }
  const boundary =
    scope ??
    (!SPECIAL.has(name)
      ? SPECIAL
      : TABLE_ENDS.has(name)
        ? TABLE_SCOPE
        : name === 'p'
          ? P_SCOPE
          : name === 'li'
            ? LI_SCOPE
            : SCOPE);
  for (let at = stack.length - 1; at >= 0; at--) {
    if (stack[at] === name) {
      const kept = stack.slice(at + 1).filter((above) => FORMATTING.has(above.replace('~', '')));
      open.reopened += kept.filter((above) => above[0] !== '~').length;
      stack.length = at;
      for (const above of kept) stack.push(above[0] === '~' ? above : `~${above}`);
      open.due = true;
      return true;
    }
    if (boundary.has(stack[at])) return false;
  }
  return false;
}
const P_SCOPE = new Set([...SCOPE, 'button']);
const ITEM_SCOPE = new Set([...SPECIAL].filter((name) => !['address', 'div', 'p'].includes(name)));
const LI_SCOPE = new Set([...SCOPE, 'ol', 'ul']);

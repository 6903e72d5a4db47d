/**
 * The browser's own HTML sanitizer: `Element.prototype.setHTML` with a `Sanitizer` (Chromium,
 * Firefox), used before DOMPurify wherever it exists and honours our configuration, so those
 * engines never download DOMPurify (sanitizer-chunk.ts stays for the others and the server).
 *
 * The same rules as DOMPurify's path (sanitize.ts), in two steps:
 * 1. `setHTML` (always the safe variant: no script, no event handler, no `javascript:` URL, no
 *    frames, objects or embeds) with our attribute allow-list, no comments, no `data-*`, and
 *    the elements removed with their content. It parses in an inert document of our own, so no
 *    image loads and nothing runs before step 2.
 * 2. A walk over what is left: an element outside the allow-list is replaced by its content
 *    (the Sanitizer API can only keep content of elements it names, and a feed may use any
 *    tag), attribute values DOMPurify would refuse go, then the shared URL rules.
 * `setHTML` is not a Trusted Types sink: this path needs no policy.
 *
 * The configuration is checked before use: an engine with an older draft of the API (other
 * option names, silently ignored) fails the probe and gets DOMPurify.
 */
import { ALLOWED_ATTR, ALLOWED_TAGS, DROP_WITH_CONTENT, checkUrls } from './sanitize.js';

const HTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
interface SanitizerConfig {
  removeElements: { name: string; namespace: string }[];
  attributes: string[];
  comments: boolean;
  dataAttributes: boolean;
}
/** `setHTML` is newer than TypeScript's DOM types. */
type WithSetHtml = Element & { setHTML?: (html: string, options: { sanitizer: unknown }) => void };

const allowedTags = new Set(ALLOWED_TAGS);
/** DOMPurify's value checks on kept attributes (its SAFE_FOR_XML and URI rules), copied so both paths keep the same. */
const BREAKOUT =
  /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
// eslint-disable-next-line no-control-regex
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const URI_LIKE =
  /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/**
 * Probe and its one right answer under our configuration. No event handler in it: parsing one
 * makes Chromium report a `script-src-attr` violation on a strict-CSP page, even in a document
 * of its own (the safe `setHTML` drops handlers whatever the configuration).
 */
const PROBE =
  '<p title="t" class="c" data-x="1"><iframe>f</iframe><svg><text>s</text></svg><x-y>k</x-y><!--c--><a href="javascript:1">a</a></p>';
const PROBE_RESULT = '<p title="t"><x-y>k</x-y><a>a</a></p>';

const OTHER_NODES = NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION;

let ready: { sanitizer: unknown; doc: Document } | null | undefined;

/**
 * Sanitizes feed HTML into an inert fragment with the browser's sanitizer, or returns
 * `undefined` where there is none we can trust (then use DOMPurify).
 */
export function sanitizeNative(html: string, base?: string): DocumentFragment | undefined {
  const setup = (ready ??= setUp());
  if (!setup) return undefined;
  const holder = setup.doc.createElement('div');
  (holder as WithSetHtml).setHTML!(typeof html === 'string' ? html : '', {
    sanitizer: setup.sanitizer,
  });
  clean(holder, base);
  const fragment = document.createDocumentFragment();
  fragment.append(...holder.childNodes);
  return fragment;
}

/** Whether this engine's own sanitizer is used. */
export const hasNativeSanitizer = (): boolean => !!(ready ??= setUp());

function setUp(): { sanitizer: unknown; doc: Document } | null {
  const Ctor = (globalThis as { Sanitizer?: new (config: SanitizerConfig) => unknown }).Sanitizer;
  if (
    typeof Ctor !== 'function' ||
    typeof (Element.prototype as WithSetHtml).setHTML !== 'function'
  )
    return null;
  try {
    const sanitizer = new Ctor({
      // Named as HTML elements, and the two roots of foreign content in their own namespaces
      // (a bare name means HTML): what is inside them goes with them.
      removeElements: [
        ...DROP_WITH_CONTENT.map((name) => ({ name, namespace: HTML })),
        { name: 'svg', namespace: SVG },
        { name: 'math', namespace: MATHML },
      ],
      attributes: ALLOWED_ATTR,
      comments: false,
      dataAttributes: false,
    });
    // An inert document: nothing in it loads or runs.
    const doc = document.implementation.createHTMLDocument('');
    const probe = doc.createElement('div');
    (probe as WithSetHtml).setHTML!(PROBE, { sanitizer });
    return probe.innerHTML === PROBE_RESULT ? { sanitizer, doc } : null;
  } catch {
    return null;
  }
}

/** Step 2 (see above), children before parents, so an unwrapped element's content is already clean. */
function clean(holder: Element, base: string | undefined): void {
  // Comments are already gone (`comments: false`); processing instructions too, where the
  // engine parses them at all. Belt and braces: only elements and text stay.
  const walker = holder.ownerDocument.createTreeWalker(holder, OTHER_NODES);
  const others: Node[] = [];
  while (walker.nextNode()) others.push(walker.currentNode);
  for (const node of others) (node as ChildNode).remove();
  const elements = holder.querySelectorAll('*');
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i];
    if (element.namespaceURI !== HTML) {
      element.remove();
    } else if (!allowedTags.has(element.localName)) {
      element.replaceWith(...element.childNodes);
    } else {
      for (const { name, value } of [...element.attributes]) {
        if (!keepValue(element.localName, name, value)) element.removeAttribute(name);
      }
      checkUrls(element, base);
    }
  }
}

function keepValue(tag: string, name: string, value: string): boolean {
  if (BREAKOUT.test(value)) return false;
  if (name === 'alt' || name === 'title' || !value) return true;
  if (URI_LIKE.test(value.replace(ATTR_WHITESPACE, ''))) return true;
  return name === 'src' && tag === 'img' && value.startsWith('data:');
}

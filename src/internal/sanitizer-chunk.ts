/**
 * The DOMPurify sanitizer, loaded on first use through sanitize.ts where the browser has no
 * HTML Sanitizer API of its own (sanitizer-native.ts), and used by the server render: one lazy
 * chunk in the script-tag build. The allow-list and URL rules are shared (sanitize.ts). Feed HTML (an article body) to a sanitized, inert
 * `DocumentFragment`, ready to append.
 * Lit's unsafe-HTML directive is never used on feed content: it would bypass this and route the string
 * through Lit's own Trusted Types policy.
 *
 * A private DOMPurify instance (`DOMPurify(window)`) keeps our hooks away from the partner's.
 *
 * Trusted Types: DOMPurify parses with `DOMParser.parseFromString`, an HTML sink. Left alone it
 * would create a policy named `dompurify`, which clashes with a partner's own DOMPurify unless
 * their CSP says `'allow-duplicates'`. We hand it our own instead:
 *   policy name: `mlo-newsroom-sanitizer`
 * A partner enforcing `require-trusted-types-for 'script'` allows it next to Lit's `lit-html`:
 *   trusted-types lit-html mlo-newsroom-sanitizer;
 * The policy is private to this module, passes markup only into DOMPurify's inert parsing
 * document, and refuses script URLs. If the page forbids it and enforces Trusted Types,
 * `sanitizeToFragment` rejects (so a widget falls back to the plain-text body) instead of
 * silently returning nothing.
 */
import createDOMPurify, { type Config } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, SANITIZER_POLICY_NAME, checkUrls } from './sanitize.js';

type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML(s: string): string; createScriptURL(s: string): string },
  ): Policy;
}

/** Belt and braces: these are already outside the allow-list. */
const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'template',
  'link',
  'meta',
  'base',
];
const FORBID_ATTR = ['style', 'class', 'id', 'name', 'srcset', 'target', 'rel', 'ping'];

let purifier: ReturnType<typeof createDOMPurify> | undefined;
/** The feed URL for the `sanitize` call in progress (sanitize is synchronous). */
let currentBase: string | undefined;
let policy: Policy | null | undefined;

/**
 * Sanitizes feed HTML into an inert fragment. Links and images pass the same allow-list as the
 * rest of the library; relative ones are resolved against `base` (the feed URL) when given.
 * Rejects only when the page's Trusted Types policy forbids parsing HTML at all.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async so that a refusal rejects, never throws
export async function sanitizeToFragment(html: string, base?: string): Promise<DocumentFragment> {
  return sanitizeNow(html, base);
}

/** The same, synchronously (throws where the async form rejects). */
export function sanitizeNow(html: string, base?: string): DocumentFragment {
  // DOMPurify answers `null` instead of a fragment when the markup leaves the parsed document
  // without a <body> (`<frameset>`): that is "nothing safe to show", not an error.
  return (
    (run(html, base, 'fragment') as DocumentFragment | null) ?? document.createDocumentFragment()
  );
}

/**
 * The server render's path: the sanitized `<body>` of DOMPurify's own parsed document, or
 * `null` (see above). Not a fragment: in jsdom, DOMPurify's move of every node into one costs
 * time in proportion to the nodes already moved (8,000 siblings took 13 s); the body is
 * handed over as it is and serialized once (packages/server/src/sanitized-markup.ts).
 */
export function sanitizeToBody(html: string, base?: string): HTMLElement | null {
  return run(html, base, 'body') as HTMLElement | null;
}

function run(html: string, base: string | undefined, into: 'fragment' | 'body'): Node | null {
  const purify = (purifier ??= createPurifier());
  const trustedTypesPolicy = getPolicy();
  if (trustedTypesPolicy === null && parsingBlocked()) {
    throw new TypeError(
      `mlo-newsroom: Trusted Types blocked HTML parsing; allow the policy "${SANITIZER_POLICY_NAME}".`,
    );
  }
  currentBase = base;
  try {
    return purify.sanitize(typeof html === 'string' ? html : '', {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      RETURN_DOM: true,
      RETURN_DOM_FRAGMENT: into === 'fragment',
      TRUSTED_TYPES_POLICY: trustedTypesPolicy,
    });
  } finally {
    currentBase = undefined;
  }
}

function createPurifier(): ReturnType<typeof createDOMPurify> {
  const purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) checkUrls(node, currentBase);
  });
  return purify;
}

/** Our policy, or `null` where Trusted Types are absent or the page refuses the name. */
function getPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = null;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(SANITIZER_POLICY_NAME, {
        createHTML: (markup) => markup,
        createScriptURL: () => {
          throw new TypeError('mlo-newsroom: script URLs are never created.');
        },
      });
    } catch {
      policy = null;
    }
  }
  return policy;
}

let blocked: boolean | undefined;
/** Without a policy: does the page enforce Trusted Types (and have no default policy)? */
function parsingBlocked(): boolean {
  if (blocked === undefined) {
    try {
      new DOMParser().parseFromString('<p></p>', 'text/html');
      blocked = false;
    } catch {
      blocked = true;
    }
  }
  return blocked;
}

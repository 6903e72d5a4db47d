/**
 * In-page checks shared by the hostile suite: the web-test-runner tests import them, and
 * tests/e2e/hostile.test.mjs bundles this file into an IIFE (`window.mloHostile`) for its pages.
 * Plain DOM code, no test framework, so it runs in any page.
 */

export interface Finding {
  where: string;
  what: string;
}

/** Elements that must never appear in a widget's shadow root (our own icons aside, see `isOurIcon`). */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'template',
  'noscript',
  'portal',
  'foreignobject',
]);
/** Attributes that hold a URL somewhere in HTML or SVG. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'srcset',
  'ping',
  'data',
  'codebase',
  'cite',
  'lowsrc',
  'dynsrc',
];
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/]+={0,2}$/i;

/** Every shadow root under `root`, recursively (the root's own, nested widgets', ours and theirs). */
export function shadowRoots(root: Element | Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | Document | ShadowRoot) => {
    if (node instanceof Element && node.shadowRoot) {
      found.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const child of node.querySelectorAll('*')) {
      if (child.shadowRoot) {
        found.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
    }
  };
  visit(root);
  return [...new Set(found)];
}

/** What the WHATWG URL parser does before it reads the scheme. */
function urlCore(value: string): string {
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** A decorative icon from our own templates: `<svg aria-hidden>` holding only `<path d>`. */
function isOurIcon(svg: Element): boolean {
  if (svg.getAttribute('aria-hidden') !== 'true') return false;
  return [...svg.querySelectorAll('*')].every(
    (child) => child.localName === 'path' && [...child.attributes].every((a) => a.name === 'd'),
  );
}

function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  const part = el.getAttribute('part');
  return `<${host}> ${el.localName}${part ? `[part="${part}"]` : ''}`;
}

/**
 * Static audit of every shadow root under `root`: no script-capable elements, no `on*`
 * attributes, no `style` attributes (strict CSP), and every URL attribute on the allow-list.
 */
export function auditShadowDom(root: Element | Document): Finding[] {
  const findings: Finding[] = [];
  for (const shadow of shadowRoots(root)) {
    for (const el of shadow.querySelectorAll('*')) {
      const where = describe(el);
      const tag = el.localName.toLowerCase();
      if (FORBIDDEN_TAGS.has(tag) && !(tag === 'svg' && isOurIcon(el))) {
        findings.push({ where, what: `forbidden element <${tag}>` });
      }
      if (tag === 'svg' || el.closest('svg')) continue; // our icon's <path d>: checked above
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on'))
          findings.push({
            where,
            what: `event handler attribute ${name}="${attr.value.slice(0, 60)}"`,
          });
        if (name === 'style')
          findings.push({ where, what: `style attribute "${attr.value.slice(0, 60)}"` });
        if (name === 'srcdoc') findings.push({ where, what: 'srcdoc attribute' });
      }
      for (const name of URL_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        const problem = urlProblem(tag, name, value, el.baseURI);
        if (problem) findings.push({ where, what: `${name}="${value.slice(0, 80)}": ${problem}` });
      }
    }
  }
  return findings;
}

function urlProblem(tag: string, name: string, value: string, base: string): string | undefined {
  const core = urlCore(value);
  if (/^(?:javascript|vbscript):/i.test(core)) return 'script URL';
  if (/^data:/i.test(core)) {
    return tag === 'img' && name === 'src' && SAFE_DATA_IMAGE.test(core) ? undefined : 'data URL';
  }
  if (!['href', 'src', 'cite'].includes(name)) return `unexpected URL attribute ${name}`;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return 'unparsable URL';
  }
  if (name === 'src' && !['http:', 'https:'].includes(url.protocol))
    return `scheme ${url.protocol} on src`;
  if ((name === 'href' || name === 'cite') && !LINK_PROTOCOLS.has(url.protocol))
    return `scheme ${url.protocol} on href`;
  if (url.username || url.password) return 'userinfo in URL';
  return undefined;
}

/** Every `<img>` in every shadow root under `root`. */
export function shadowImages(root: Element | Document): HTMLImageElement[] {
  return shadowRoots(root).flatMap((s) => [...s.querySelectorAll('img')]);
}

/** Text as the suite compares it: whitespace runs collapsed, ends trimmed. */
export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The normalized text of every element matching `selector` in `el`'s shadow root. */
export const texts = (el: Element, selector: string) =>
  [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => norm(node.textContent));

/** Records anything a payload may do when it runs. Call once per page, before rendering. */
export interface Tripwire {
  hits: string[];
  reset(): void;
}

export function installTripwire(): Tripwire {
  const w = window as unknown as Record<string, unknown> & Window & typeof globalThis;
  const existing = w.__mloTripwire as Tripwire | undefined;
  if (existing) return existing;
  const hits: string[] = [];
  const hit = (what: string) => hits.push(what);
  w.alert = (message?: unknown) => hit(`alert(${String(message)})`);
  w.confirm = (message?: unknown) => (hit(`confirm(${String(message)})`), false);
  w.prompt = (message?: unknown) => (hit(`prompt(${String(message)})`), null);
  const realEval = w.eval;
  w.eval = (code: unknown) => (hit(`eval(${String(code).slice(0, 60)})`), realEval(code as string));
  w.Function = new Proxy(Function, {
    apply: (target, self, args) => (
      hit(`Function(${String(args.at(-1)).slice(0, 60)})`),
      Reflect.apply(target, self, args)
    ),
    construct: (target, args) => (
      hit(`new Function(${String(args.at(-1)).slice(0, 60)})`),
      Reflect.construct(target, args)
    ),
  });
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const real = w[name] as (...args: unknown[]) => number;
    (w as unknown as Record<string, unknown>)[name] = function (
      handler: unknown,
      ...rest: unknown[]
    ) {
      if (typeof handler === 'string') hit(`${name}("${handler.slice(0, 60)}")`);
      return real.call(window, handler, ...rest);
    };
  }
  // The flag most payloads set; a setter also catches `__xss=1` from an inline handler.
  Object.defineProperty(w, '__xss', {
    configurable: true,
    get: () => undefined,
    set: (v) => hit(`__xss=${String(v)}`),
  });
  w.addEventListener('beforeunload', () => hit('beforeunload (navigation)'));
  w.addEventListener('pagehide', () => hit('pagehide (navigation)'));
  const tripwire: Tripwire = {
    hits,
    reset: () => void hits.splice(0),
  };
  w.__mloTripwire = tripwire;
  return tripwire;
}

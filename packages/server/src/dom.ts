/**
 * The DOMs the server side needs, kept out of the partner's globals as far as Lit allows:
 * - Lit's own: its Node build brings the SSR registry (`globalThis.customElements`) and a stub
 *   `HTMLElement` base by itself. We do not install `@lit-labs/ssr`'s global DOM shim, which
 *   left a `window`, a `document` without `querySelector` and a `location` of
 *   `http://localhost` on the partner's `globalThis` (Next.js and React read those as "in a
 *   browser"), and on which Turbopack panicked (issue #26);
 * - one jsdom window, the DOM implementation DOMPurify is tested against, lent to the page-side
 *   code (the sanitizer, the element constructors) only while `withDom` runs, then taken back.
 * No script ever runs in the jsdom window (`runScripts` is off) and it loads nothing.
 */
import { JSDOM } from 'jsdom';

const LENT = ['window', 'document', 'Node', 'NodeFilter', 'DOMParser', 'DocumentFragment'] as const;

let dom: JSDOM | undefined;

/**
 * The jsdom window (made on first use). Its document is `about:blank`, which is no base for any
 * URL: relative feed URLs stay relative, as the partner's page will resolve them.
 */
export function jsdomWindow(): Window & typeof globalThis {
  dom ??= new JSDOM('<!doctype html><html><head></head><body></body></html>');
  return dom.window as unknown as Window & typeof globalThis;
}

/**
 * Runs `fn` with jsdom's `window`, `document`, `Node`, `NodeFilter` and `DOMParser` on
 * `globalThis`, then puts back what was there (Lit's shim). `fn` must be synchronous.
 */
export function withDom<T>(fn: () => T): T {
  const window = jsdomWindow();
  const global = globalThis as unknown as Record<string, unknown>;
  const saved = LENT.map((name) => [name, Object.getOwnPropertyDescriptor(global, name)] as const);
  for (const name of LENT) {
    Object.defineProperty(global, name, {
      value: name === 'window' ? window : (window as unknown as Record<string, unknown>)[name],
      configurable: true,
      writable: true,
    });
  }
  try {
    return fn();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(global, name, descriptor);
      else delete global[name];
    }
  }
}

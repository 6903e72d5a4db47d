/**
 * What the end-to-end suites share besides the browser (./browsers.mjs): a local HTTP server, the
 * in-page "every widget is ready" test, and the layout-shift recorder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
export const contentType = (path) => TYPES[extname(path)] ?? 'application/octet-stream';

/** Sends `dir`'s file at `urlPath` (never outside `dir`); false when there is none. */
export function sendFile(res, dir, urlPath, headers = {}) {
  const file = resolve(dir, `.${decodeURIComponent(urlPath)}`);
  if (!file.startsWith(dir) || !extname(file) || !existsSync(file)) return false;
  res.writeHead(200, { 'Content-Type': contentType(file), ...headers });
  res.end(readFileSync(file));
  return true;
}

/** An HTTP server on 127.0.0.1 and a free port: `{ origin, close() }`. */
export async function serve(handler) {
  const server = createServer((req, res) =>
    Promise.resolve(handler(req, res)).catch((error) => {
      res.writeHead(500).end(String(error));
    }),
  );
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Every state a widget ends in (docs: the reflected `state` attribute); `null` before it upgrades. */
export const SETTLED = ['ready', 'empty', 'error', 'stale'];

/**
 * In the page (a function for `waitForFunction`): there is an `mlo-*` element under `scope` (a
 * selector), unless `none` allows it, and each one is defined and in one of `states`.
 */
export function widgetsSettled({ scope = 'body', states = ['ready'], none = false } = {}) {
  const widgets = [...(document.querySelector(scope)?.querySelectorAll('*') ?? [])].filter((el) =>
    el.localName.startsWith('mlo-'),
  );
  return (
    (none || widgets.length > 0) &&
    widgets.every((el) => {
      const state = el.getAttribute('state');
      // A server-rendered element says `ready` before its class is defined.
      return states.includes(state) && (state === null || !!customElements.get(el.localName));
    })
  );
}

/**
 * Layout shift in the page (an init script), split by where it happened: inside an `<aside>` or
 * elsewhere. `window.__cls.measured` is false where the engine has no `layout-shift` entries
 * (only Chromium has them).
 */
export const CLS_OBSERVER = `window.__cls = { aside: 0, rest: 0, measured: false };
if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  window.__cls.measured = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const inAside = entry.sources.some((source) => source.node?.parentElement?.closest?.('aside'));
      window.__cls[inAside ? 'aside' : 'rest'] += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}`;

/** The reason for a layout-shift check an engine cannot make. */
export const NO_LAYOUT_SHIFT = "this engine reports no 'layout-shift' performance entries";

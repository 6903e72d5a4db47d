// The browser half of bench/search-archive.mjs: a cold first query in Chromium on the slow
// network of bench/slow-network.mjs (150 ms round trip, 1.6 Mbps down), ours against Pagefind.
// Each run starts in a fresh browser context at a blank page and measures from loading the
// engine's script (ours: the archive search and its loader, bundled; Pagefind: pagefind.js and
// its WebAssembly) to the docs of the first 8 results, counting requests and bytes on the wire.
// Every file is served brotli-compressed when that makes it smaller, as a static host would.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { launch } from '../tests/e2e/browsers.mjs';

const CONDITIONS = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

const ENTRY = `
import { ArchiveSearch } from './src/search/archive.ts';
import { fetchJson } from './src/feed/fetch-json.ts';
export function query(url, text, lang) {
  return new Promise((resolve, reject) => {
    let archive;
    const tick = () => {
      const found = archive.results(text, lang, undefined, 8);
      if (found) resolve({ count: found.count, shown: found.items.map((i) => i.url) });
      else if (archive.error) reject(new Error(String(archive.error)));
    };
    archive = new ArchiveSearch(url, (u) => fetchJson(u), tick);
    tick();
  });
}
`;

const served = { requests: 0, bytes: 0, script: 0 };

export async function archiveBrowserBench({ root, ours, theirs, log, queries }) {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const script = bundle.outputFiles[0].contents;
  const compressed = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body;
    let type = 'application/octet-stream';
    if (path === '/') {
      body = Buffer.from(
        '<!doctype html><html lang="LANG"><title>bench</title>'.replace(
          'LANG',
          new URL(req.url, 'http://x').searchParams.get('lang') ?? 'en',
        ),
      );
      type = 'text/html';
    } else if (path === '/ours.js') {
      body = Buffer.from(script);
      type = 'text/javascript';
    } else {
      const [, folder, ...rest] = path.split('/');
      const base = folder === 'ours' ? ours : folder === 'pagefind' ? theirs : undefined;
      const file = base && normalize(join(base, ...rest));
      if (!file || !file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      body = readFileSync(file);
      type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.json')
          ? 'application/json'
          : type;
    }
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = `${path}?${body.length}`;
      if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body));
      if (compressed.get(key).length < body.length) {
        body = compressed.get(key);
        headers['Content-Encoding'] = 'br';
      }
    }
    if (path !== '/') {
      served.requests++;
      served.bytes += body.length;
      if (path === '/ours.js') served.script += body.length;
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch('chromium');
  const out = { ours: {}, pagefind: {}, pagefindRecall: {} };
  try {
    for (const q of queries) {
      out.ours[q] = await measure(browser, origin, 'en', async (page) =>
        page.evaluate(
          async ([u, text]) => {
            const t = performance.now();
            const { query } = await import('/ours.js');
            const found = await query(u, text, 'en');
            return { ms: performance.now() - t, count: found.count };
          },
          [`${origin}/ours/index.json`, q],
        ),
      );
      out.pagefind[q] = await measure(browser, origin, 'en', (page) => pagefindQuery(page, q, 8));
      log(
        `slow 4G "${q}": ours ${out.ours[q].ms.toFixed(0)} ms, pagefind ${out.pagefind[q].ms.toFixed(0)} ms`,
      );
    }
    // Recall, without the slow network: matches in the English and the Serbian page together.
    for (const q of ['vucic', 'Vučić', 'Вучић']) {
      let count = 0;
      for (const lang of ['en', 'sr']) {
        const r = await measure(browser, origin, lang, (page) => pagefindQuery(page, q, 0), false);
        count += r.count;
      }
      out.pagefindRecall[q] = count;
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

function pagefindQuery(page, q, shown) {
  return page.evaluate(
    async ([text, n]) => {
      const t = performance.now();
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(text);
      await Promise.all(search.results.slice(0, n).map((r) => r.data()));
      return { ms: performance.now() - t, count: search.results.length };
    },
    [q, shown],
  );
}

/** Runs `act` in a fresh context, counting the requests and bytes it causes. */
async function measure(browser, origin, lang, act, slow = true) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=${lang}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) await cdp.send('Network.emulateNetworkConditions', CONDITIONS);
  // Counted where they are answered (the page's, its workers' and every fetch alike): requests,
  // and bytes of the bodies as sent (brotli where smaller), headers left out.
  served.requests = 0;
  served.bytes = 0;
  served.script = 0;
  const result = await act(page);
  await context.close();
  return {
    ...result,
    requests: served.requests,
    bytes: served.bytes,
    dataBytes: served.bytes - served.script,
  };
}

#!/usr/bin/env node
// `npm run bench`: mlo-newsroom measured against its peers, side by side. Every comparison is a
// ratio to a baseline measured in the same run; no figure is an assertion (exit 0 unless crashed).
// Usage: node bench/run.mjs [--smoke] [--runs N] [--baseline REF]
//        [--only weight,render,paint,slow,dates,search,growth]
// Prints a Markdown report; writes bench/results.json. See bench/README.md.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';
import { findBrowsers } from '../scripts/browsers.mjs';
import { launch } from '../tests/e2e/browsers.mjs';
import { partnerCssText } from '../scripts/emit-partner-css.mjs';
import { datesBench } from './dates.mjs';
import { growthBench } from './growth.mjs';
import { baselineCdn, slowNetworkBench } from './slow-network.mjs';
import { breakdown, startTrace, stopTrace } from './trace.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: process.env.BENCH_SMOKE === '1' },
    runs: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: join(here, 'results.json') },
    baseline: { type: 'string' },
  },
});
const smoke = values.smoke;
const runs = Math.max(1, Number(values.runs ?? (smoke ? 1 : 5)));
const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : undefined;
const want = (part) => !only || only.has(part);
const log = (...a) => console.error('[bench]', ...a);
const out = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};

// ---------- statistics ----------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({
  runs: xs.length,
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  samples: xs,
});
const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const spread = (s, d = 1) => `${f(s.median, d)} [${f(s.min, d)}–${f(s.max, d)}]`;
const kb = (bytes) => (bytes / 1024).toFixed(2);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

const results = {
  date: new Date().toISOString(),
  smoke,
  runs,
  machine: {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadavg: os.loadavg(),
  },
};

// ---------- 1. weight ----------
const sizes = (text) => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
  brotli: brotliCompressSync(text, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (list) =>
  list.reduce(
    (a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );

const esbuildBase = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  write: false,
  conditions: ['production'],
  legalComments: 'none',
  logLevel: 'silent',
  metafile: true,
};

/** Bundles with splitting; sizes the entry's static import graph and each lazy chunk apart. */
async function bundleSplit(options) {
  const r = await build({ ...esbuildBase, splitting: true, outdir: '/virtual', ...options });
  const files = new Map(r.outputFiles.map((o) => [relative('/virtual', o.path), o.text]));
  const key = (p) => relative('/virtual', resolve(p));
  const metaOut = Object.fromEntries(
    Object.entries(r.metafile.outputs).map(([k, v]) => [key(k), v]),
  );
  const entryName = Object.keys(metaOut).find((k) => metaOut[k].entryPoint && k.endsWith('.js'));
  const staticSet = new Set();
  const walk = (name) => {
    if (staticSet.has(name)) return;
    staticSet.add(name);
    for (const imp of metaOut[name]?.imports ?? [])
      if (imp.kind === 'import-statement') walk(key(imp.path));
  };
  walk(entryName);
  const lazy = [...files.keys()]
    .filter((k) => k.endsWith('.js') && !staticSet.has(k))
    .map((name) => {
      const inputs = Object.entries(metaOut[name]?.inputs ?? {}).sort(
        (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
      );
      const top = inputs[0]?.[0] ?? '';
      const label = /dompurify/.test(top)
        ? 'DOMPurify (sanitize)'
        : /src\/search|components\/search/.test(top)
          ? 'search engine'
          : top.replace(/^.*node_modules\//, '');
      return { name, label, ...sizes(files.get(name)) };
    });
  return {
    entry: entryName,
    static: sum([...staticSet].map((n) => sizes(files.get(n) ?? ''))),
    staticFiles: [...staticSet],
    lazy,
    files,
  };
}
const bundleStdin = (contents) =>
  bundleSplit({ stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' } });

async function weight() {
  log('weight: bundling');
  const lit = await bundleStdin(`import { LitElement, html, css } from 'lit';
class Floor extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>floor</p>\`; } }
customElements.define('x-floor', Floor);`);
  const floor = lit.static.brotli;
  const ours = await bundleSplit({ entryPoints: [join(root, 'src/define.ts')] });
  const rows = [];
  rows.push({ name: 'Lit floor (lit + trivial LitElement)', ...lit.static, note: 'baseline' });
  rows.push({
    name: 'ours: src/define.ts entry (static graph)',
    ...ours.static,
    note: `${ours.staticFiles.length} file(s)`,
  });
  for (const l of ours.lazy)
    rows.push({
      ...l,
      name: `ours: lazy chunk: ${l.label} (${l.name})`,
      note: 'loaded on first use',
    });
  rows.push({
    name: 'ours: entry + all lazy chunks',
    ...sum([ours.static, ...ours.lazy]),
    note: 'worst case',
  });
  // The script-tag files as built (vite, minified template literals), when `npm run build` has run:
  // what a partner's page downloads, the same figures scripts/check-sizes.mjs checks.
  for (const [file, note] of [
    ['mlo-newsroom.js', 'script tag, up front (search and sanitizer are chunks)'],
    ['mlo-newsroom.iife.js', 'classic script, everything'],
  ]) {
    const path = join(root, 'dist/cdn', file);
    if (existsSync(path))
      rows.push({
        name: `script tag: dist/cdn/${file}`,
        ...sizes(readFileSync(path, 'utf8')),
        note,
      });
  }
  const elements = [];
  const compDir = join(root, 'src/components');
  for (const dir of readdirSync(compDir).sort()) {
    const file = join(compDir, dir, `mlo-${dir}.ts`);
    if (!existsSync(file)) continue;
    try {
      const b = await bundleSplit({ entryPoints: [file] });
      const lazy = sum(b.lazy);
      elements.push({
        element: `mlo-${dir}`,
        ...b.static,
        own: b.static.brotli - floor,
        lazyBrotli: lazy.brotli,
        lazyLabels: b.lazy.map((l) => l.label),
      });
      rows.push({
        name: `element mlo-${dir} standalone (static)`,
        ...b.static,
        note: `own ≈ ${kb(b.static.brotli - floor)} KB br over the floor${b.lazy.length ? `; + lazy ${kb(lazy.brotli)} KB br (${b.lazy.map((l) => l.label).join(', ')})` : ''}`,
      });
    } catch (e) {
      rows.push({
        name: `element mlo-${dir}`,
        raw: NaN,
        gzip: NaN,
        brotli: NaN,
        note: `did not bundle: ${e.message.split('\n')[0]}`,
      });
    }
  }
  const peers = [
    ['DOMPurify 3', `import DOMPurify from 'dompurify'; globalThis.x = DOMPurify;`],
    ['MiniSearch 7', `import MiniSearch from 'minisearch'; globalThis.x = MiniSearch;`],
    [
      'FlexSearch 0.8 (bundle: Index + Document)',
      `import { Index, Document } from 'flexsearch'; globalThis.x = [Index, Document];`,
    ],
    [
      'FlexSearch 0.8 light (Index only)',
      `import FlexSearch from ${JSON.stringify(join(root, 'node_modules/flexsearch/dist/flexsearch.light.module.min.js'))}; globalThis.x = FlexSearch;`,
    ],
  ];
  if (existsSync(join(root, 'node_modules/@shoelace-style/shoelace'))) {
    peers.push([
      'Shoelace 2 card list (sl-card, own Lit)',
      `import '@shoelace-style/shoelace/dist/components/card/card.js';`,
    ]);
  }
  for (const [name, src] of peers) {
    try {
      const b = await bundleStdin(src);
      rows.push({ name, ...sum([b.static, ...b.lazy]), note: 'peer' });
    } catch (e) {
      rows.push({
        name,
        raw: NaN,
        gzip: NaN,
        brotli: NaN,
        note: `not measured: ${e.message.split('\n')[0]}`,
      });
    }
  }
  results.weight = {
    floorBrotli: floor,
    rows,
    elements,
    lazy: ours.lazy.map(({ name, label, raw, gzip, brotli }) => ({
      name,
      label,
      raw,
      gzip,
      brotli,
    })),
  };

  print('## 1. Weight');
  print();
  print(
    'Minified with esbuild (ESM, `conditions: [production]`, splitting); gzip level 9, brotli quality 11, each file compressed on its own. Deterministic: one build, no spread.',
  );
  print();
  print('| bundle | min KB | gzip KB | brotli KB | brotli ÷ Lit floor | note |');
  print('|---|---|---|---|---|---|');
  for (const r of rows)
    print(
      `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${ratio(r.brotli, floor)} | ${r.note} |`,
    );
  print();
  const over = elements.filter((e) => e.brotli > 20 * 1024);
  const entryRatio = ours.static.brotli / floor;
  results.weight.goals = {
    allWidgetsUnder20KB: over.length === 0,
    entryTimesLit: entryRatio,
  };
  print(
    `Goals: every widget ≤ 20 KB brotli standalone: **${over.length ? `not met (${over.map((e) => `${e.element} ${kb(e.brotli)} KB`).join(', ')})` : 'met'}**; entry ≈ 3.5× Lit: **${entryRatio.toFixed(2)}×** (${entryRatio <= 3.5 ? 'met' : 'over'}).`,
  );
  print();
}

// ---------- server for the browser measures ----------
function svg(i) {
  const hue = (i * 37) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400"><rect width="600" height="400" fill="hsl(${hue} 40% 60%)"/></svg>`;
}
function partnerFeed() {
  const items = Array.from({ length: 20 }, (_, i) => ({
    id: `p-${i}`,
    url: `https://news.example/p/${i}`,
    title: `Partner page item ${i}: minister visits the training centre`,
    summary: `A short summary of item ${i}, long enough to wrap onto a second line in the list layout of the widget.`,
    content_text: `Full text of item ${i}.`,
    date_published: new Date(Date.UTC(2025, 5, 1) - i * 864e5).toISOString(),
    image: `/img/${i}.svg`,
    _mlo: {
      type: i % 4 === 3 ? 'statement' : 'article',
      image: { alt: `Photo ${i}`, width: 600, height: 400 },
    },
  }));
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Partner feed',
    language: 'en',
    items,
  });
}
/** A partner's page: header, intro, the widget (or nothing), then content below it. */
function partnerHtml(withWidget, delay, css = false, opts = {}) {
  const base = opts.build === 'old' ? '/old' : '/w';
  // The Lit floor (bench/pages/lit-floor.ts) in the widget's place, with no partner stylesheet.
  const tag = opts.floor ? 'floor-list' : 'mlo-news-list';
  const script = opts.floor ? '/floor/floor.js' : `${base}/mlo-newsroom.js`;
  const feedSrc = opts.feed ?? `/feed.json?delay=${delay}`;
  const inline = opts.inline ? `<script type="application/json">${partnerFeed()}</script>` : '';
  // The feed alone: the same request the widget makes, timed to its last byte.
  const feedOnly = `<script>fetch(${JSON.stringify(feedSrc)}, { mode: 'cors', credentials: 'same-origin' }).then((r) => r.text()).then(() => { window.__firstItem = performance.now() - performance.getEntriesByName('script-start')[0].startTime; window.__firstItemSeen(); });</script>`;
  const below = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Partner content paragraph ${i + 1}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>partner</title>
<meta name="viewport" content="width=device-width">
<script>
performance.mark('script-start');
window.__cls = 0; window.__shifts = []; window.__long = [];
window.__firstItemReady = new Promise((resolve) => { window.__firstItemSeen = resolve; });
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) { window.__cls += e.value; window.__shifts.push([+e.value.toFixed(4), Math.round(e.startTime)]); } }).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
(function poll() {
  const el = document.querySelector('mlo-news-list, floor-list');
  if (el && el.shadowRoot && el.shadowRoot.querySelector('article')) {
    requestAnimationFrame(() => { window.__firstItem = performance.now() - performance.getEntriesByName('script-start')[0].startTime; window.__firstItemSeen(); });
    return;
  }
  requestAnimationFrame(poll);
})();
</script>
${withWidget && css && !opts.floor ? '<link rel="stylesheet" href="/w/mlo-newsroom.css">' : ''}
${opts.preload ? `<link rel="preload" as="fetch" crossorigin="anonymous" href="${feedSrc}">` : ''}
${withWidget ? `<script type="module" src="${script}"></script>` : ''}
${opts.feedOnly ? feedOnly : ''}
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}</style>
</head><body>
<header><h1>Partner site</h1><nav>Home · News · Contact</nav></header>
<p>Intro paragraph above the widget.</p>
${withWidget ? `<${tag} ${opts.inline ? '' : `src="${feedSrc}"`} limit="5">${inline}</${tag}>` : ''}
<main>${below}</main>
</body></html>`;
}

/** Brotli for what a CDN would compress (the slow-network section counts bytes on the wire). */
const compressed = new Map();
function sendCompressed(req, res, type, body) {
  // Chromium offers br only over HTTPS; over http:// it gets gzip -9.
  const encoding = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') ? 'br' : 'gzip';
  const key = `${encoding}:${body}`;
  let data = compressed.get(key);
  if (!data)
    compressed.set(
      key,
      (data =
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 })),
    );
  res.writeHead(200, {
    'content-type': type,
    'content-encoding': encoding,
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  });
  res.end(data);
}

/** Requests the bench server has seen (the slow-network section counts feed requests per load). */
const serverStats = { feedRequests: 0 };

async function startServer(renderJs, { oldCdn, floorJs } = {}) {
  const feedJson = partnerFeed();
  const partnerCss = await partnerCssText(); // dist/cdn/mlo-newsroom.css
  const renderHtml =
    '<!doctype html><meta charset="utf-8"><title>render bench</title><body><div id="host"></div><script src="/render.js"></script>';
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/feed.json') serverStats.feedRequests++;
    const send = (type, body) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/render.html') return send('text/html; charset=utf-8', renderHtml);
    if (url.pathname === '/render.js') return send('text/javascript', renderJs);
    if (url.pathname === '/floor/floor.js' && floorJs)
      return sendCompressed(req, res, 'text/javascript', floorJs);
    if (url.pathname === '/partner.html')
      return send(
        'text/html; charset=utf-8',
        partnerHtml(
          url.searchParams.get('widget') !== '0',
          Number(url.searchParams.get('delay') ?? 0),
          url.searchParams.get('css') === '1',
          {
            build: url.searchParams.get('build') ?? 'new',
            feed: url.searchParams.get('feed') ?? undefined,
            preload: url.searchParams.get('preload') === '1',
            inline: url.searchParams.get('inline') === '1',
            feedOnly: url.searchParams.get('feedOnly') === '1',
            floor: url.searchParams.get('widget') === 'floor',
          },
        ),
      );
    if (url.pathname === '/w/mlo-newsroom.css') return send('text/css', partnerCss);
    // The script-tag build a partner pastes (dist/cdn/), entry and lazy chunks.
    const cdnFile =
      url.pathname.startsWith('/w/') &&
      !url.pathname.includes('..') &&
      join(root, 'dist/cdn', url.pathname.slice(3));
    if (cdnFile && cdnFile.endsWith('.js') && existsSync(cdnFile))
      return sendCompressed(req, res, 'text/javascript', readFileSync(cdnFile, 'utf8'));
    // The build before per-element loading (the slow-network section's baseline).
    const oldFile =
      oldCdn &&
      url.pathname.startsWith('/old/') &&
      !url.pathname.includes('..') &&
      join(oldCdn, url.pathname.slice(5));
    if (oldFile && oldFile.endsWith('.js') && existsSync(oldFile))
      return sendCompressed(req, res, 'text/javascript', readFileSync(oldFile, 'utf8'));
    if (url.pathname === '/feed.json') {
      const delay = Number(url.searchParams.get('delay') ?? 0);
      return void setTimeout(
        () => sendCompressed(req, res, 'application/feed+json', feedJson),
        delay,
      );
    }
    const img = url.pathname.match(/^\/img\/(\d+)\.svg$/);
    if (img) return send('image/svg+xml', svg(Number(img[1])));
    res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// ---------- 2. render ----------
async function renderBench(browser, origin) {
  const sizesN = smoke ? [100, 1000] : [100, 1000, 10000];
  const page = await browser.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  await page.goto(`${origin}/render.html`);
  await page.waitForFunction(() => 'bench' in window);
  const env = await page.evaluate((s) => window.bench.prepare(s), sizesN);
  log('render: memory api', env.memory, 'gc', env.gc);
  // Warm-up: one small render of each so first-run compilation is not timed.
  await page.evaluate(() => window.bench.render('mlo', 100));
  await page.evaluate(() => window.bench.render('vanilla', 100));
  const byN = {};
  for (const n of sizesN) {
    const r = { mlo: [], vanilla: [] };
    const reps = n >= 10000 ? runs : runs;
    for (let i = 0; i < reps; i++) {
      // Interleaved, alternating which goes first, so drift on a shared machine hits both.
      const order = i % 2 ? ['vanilla', 'mlo'] : ['mlo', 'vanilla'];
      for (const kind of order) {
        log(`render: ${kind} ${n} items, run ${i + 1}/${reps}`);
        const one = await page.evaluate(([k, m]) => window.bench.render(k, m), [kind, n]);
        if (one.articles !== n) log(`render: ${kind} rendered ${one.articles} of ${n} articles`);
        r[kind].push(one);
      }
    }
    const pick = (list, key) => stats(list.map((x) => x[key]));
    byN[n] = Object.fromEntries(
      ['mlo', 'vanilla'].map((k) => [
        k,
        {
          ms: pick(r[k], 'ms'),
          heapMB: stats(r[k].map((x) => x.heapBytes / 2 ** 20)),
          longTasks: pick(r[k], 'longTasks'),
          longestTaskMs: pick(r[k], 'longestTaskMs'),
          articles: r[k].map((x) => x.articles),
        },
      ]),
    );
  }
  await page.close();
  results.render = byN;

  print('## 2. Render');
  print();
  print(
    `\`<mlo-news-list limit=N>\` given \`.feed\` vs a vanilla-DOM baseline building the same markup into a shadow root with the same styles, headless Chromium. Time: set \`.feed\` → all items in the shadow root + one frame + forced layout (ours includes validating and normalising the feed; vanilla reads the raw JSON). Heap: usedJSHeapSize growth after full GC. Median [min–max] of ${runs} run(s), interleaved.`,
  );
  print();
  print(
    '| items | mlo ms | vanilla ms | time ÷ vanilla | mlo heap MB | vanilla heap MB | heap ÷ vanilla | mlo long tasks (longest ms) | vanilla long tasks (longest ms) |',
  );
  print('|---|---|---|---|---|---|---|---|---|');
  for (const n of sizesN) {
    const { mlo, vanilla } = byN[n];
    print(
      `| ${n.toLocaleString('en')} | ${spread(mlo.ms)} | ${spread(vanilla.ms)} | ${ratio(mlo.ms.median, vanilla.ms.median)} | ${spread(mlo.heapMB, 2)} | ${spread(vanilla.heapMB, 2)} | ${ratio(mlo.heapMB.median, vanilla.heapMB.median)} | ${f(mlo.longTasks.median, 0)} (${spread(mlo.longestTaskMs, 0)}) | ${f(vanilla.longTasks.median, 0)} (${spread(vanilla.longestTaskMs, 0)}) |`,
    );
  }
  print();
  const g = {};
  if (byN[1000])
    g.thousandWithin1_2xVanilla = byN[1000].mlo.ms.median / byN[1000].vanilla.ms.median <= 1.2;
  if (byN[10000]) g.tenThousandNoTaskOver50ms = byN[10000].mlo.longestTaskMs.max <= 50;
  results.render.goals = g;
  const say = (b) => (b === undefined ? 'not measured (smoke)' : b ? 'met' : 'not met');
  print(
    `Goals: 1,000 items within 1.2× vanilla: **${say(g.thousandWithin1_2xVanilla)}**${byN[1000] ? ` (${ratio(byN[1000].mlo.ms.median, byN[1000].vanilla.ms.median)})` : ''}; 10,000 items without a main-thread task over 50 ms: **${say(g.tenThousandNoTaskOver50ms)}**${byN[10000] ? ` (longest ${spread(byN[10000].mlo.longestTaskMs, 0)} ms)` : ''}.`,
  );
  print();
}

// ---------- 3. first paint on a partner page ----------
/** Main-thread figures of throttled loads: task time, long tasks (count, longest, sum). */
const taskStats = (loads) => ({
  taskMs: stats(loads.map((x) => x.taskMs)),
  longTasks: stats(loads.map((x) => x.long.length)),
  longestMs: stats(loads.map((x) => Math.max(0, ...x.long))),
  longSumMs: stats(loads.map((x) => x.longSum)),
});

async function paintBench(browser, origin, traceOnly = false) {
  const delays = [0, 500];
  // Each latency without and with the partner stylesheet (dist/cdn/mlo-newsroom.css) linked.
  const variants = delays.flatMap((delay) => [
    { delay, css: false },
    { delay, css: true },
  ]);
  const keyOf = (v) => `${v.delay}${v.css ? '+css' : ''}`;
  const settleMs = 1500; // after the feed is due, so late shifts and tasks are counted
  const r = {};
  async function load(widget, delay, throttle, css = false, trace = false) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => log('page error:', e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('about:blank');
    const before = await cdp.send('Performance.getMetrics');
    if (trace) await startTrace(cdp);
    await page.goto(
      `${origin}/partner.html?widget=${widget === 'floor' ? 'floor' : widget ? 1 : 0}&delay=${delay}&css=${css ? 1 : 0}`,
      { waitUntil: 'load' },
    );
    // One evaluation that waits on the page's own promise: polling from here (waitForFunction
    // polls every frame) would add main-thread tasks to the widget page only.
    if (widget) await page.evaluate(() => window.__firstItemReady);
    await page.waitForTimeout(delay + settleMs);
    const after = await cdp.send('Performance.getMetrics');
    const traced = trace ? breakdown(await stopTrace(cdp), join(root, 'dist/cdn')) : undefined;
    const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? NaN;
    const data = await page.evaluate(() => ({
      firstItem: window.__firstItem,
      cls: window.__cls,
      shifts: window.__shifts,
      long: window.__long,
    }));
    await context.close();
    return {
      ...data,
      traced,
      taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
      longSum: data.long.reduce((a, b) => a + b, 0),
    };
  }
  for (const { delay, css } of traceOnly ? [] : variants) {
    const fast = { firstItem: [], cls: [] };
    const slowW = [];
    const slowP = [];
    const slowF = [];
    for (let i = 0; i < runs; i++) {
      log(`paint: feed delay ${delay} ms${css ? ', partner CSS' : ''}, run ${i + 1}/${runs}`);
      const u = await load(true, delay, false, css);
      fast.firstItem.push(u.firstItem);
      fast.cls.push(u.cls);
      (fast.shifts ??= []).push({ firstItemMs: u.firstItem, shifts: u.shifts });
      // Interleaved, rotating which goes first: ours, the page without it, the Lit floor.
      const pages = [
        [true, slowW],
        [false, slowP],
        ['floor', slowF],
      ];
      for (let k = 0; k < 3; k++) {
        const [w, into] = pages[(i + k) % 3];
        into.push(await load(w, delay, true, css));
      }
    }
    const delayKey = keyOf({ delay, css });
    r[delayKey] = {
      firstItemMs: stats(fast.firstItem),
      shiftsUnthrottled: fast.shifts, // [value, startTime ms] of each layout shift, per run
      cls: stats(fast.cls),
      clsThrottled: stats(slowW.map((x) => x.cls)),
      widget: taskStats(slowW),
      plain: taskStats(slowP),
      floor: taskStats(slowF),
    };
    r[delayKey].addedTaskMs = r[delayKey].widget.taskMs.median - r[delayKey].plain.taskMs.median;
    r[delayKey].floorAddedTaskMs =
      r[delayKey].floor.taskMs.median - r[delayKey].plain.taskMs.median;
  }
  results.paint = r;

  // Where the time goes: a CDP trace of separate runs (tracing itself costs time), widget page
  // and plain page at 4× CPU, feed at once, partner stylesheet linked; medians per kind.
  const tracedW = [];
  const tracedP = [];
  const tracedF = [];
  for (let i = 0; i < runs; i++) {
    log(`paint: traced run ${i + 1}/${runs}`);
    tracedW.push((await load(true, 0, true, true, true)).traced);
    tracedP.push((await load(false, 0, true, true, true)).traced);
    tracedF.push((await load('floor', 0, true, true, true)).traced);
  }
  const names = (list, key) => [...new Set(list.flatMap((t) => Object.keys(t[key])))];
  const med = (list, key, name) => median(list.map((t) => t[key][name] ?? 0));
  const rowsOf = (key) =>
    names([...tracedW, ...tracedP], key)
      .map((name) => ({
        name,
        widget: med(tracedW, key, name),
        plain: med(tracedP, key, name),
      }))
      .sort((a, b) => b.widget - b.plain - (a.widget - a.plain));
  r.trace = {
    kinds: rowsOf('kinds'),
    js: rowsOf('js'),
    taskTotal: {
      widget: median(tracedW.map((t) => t.taskTotal)),
      plain: median(tracedP.map((t) => t.taskTotal)),
      floor: median(tracedF.map((t) => t.taskTotal)),
    },
    longest: {
      widget: stats(tracedW.map((t) => t.longest)),
      plain: stats(tracedP.map((t) => t.longest)),
    },
  };

  const longOf = (list) => list.map((t, i) => t.long.map((l) => ({ run: i + 1, ...l }))).flat();
  r.trace.longTasks = { widget: longOf(tracedW), plain: longOf(tracedP), floor: longOf(tracedF) };
  if (traceOnly) return printLongTasks(r.trace);

  print('## 3. First paint on a partner page');
  print();
  print(
    `A partner-like page (header, intro, \`<mlo-news-list src="/feed.json" limit="5">\`, eight paragraphs below) loading the script-tag build (\`dist/cdn/mlo-newsroom.js\`, what partners paste) as \`<script type="module">\` from 127.0.0.1. First item: \`performance.mark\` at the top of the page's first script → first \`article\` in the shadow root + one frame (unthrottled). CLS: sum of \`layout-shift\` values without recent input, buffered, until ${settleMs} ms after the feed is due. Main thread at 4× CPU throttling (CDP): \`Performance.getMetrics\` TaskDuration delta over the load, widget page vs the same page without the widget, and vs the *Lit floor*: the same page with a minimal Lit element in the widget's place (bench/pages/lit-floor.ts: one module, fetch, the first five items in one template; no checking, languages, states or skeleton), what any Lit widget adds on this machine. Median [min–max] of ${runs} run(s).`,
  );
  print();
  print(
    '| feed latency | partner CSS | first item ms | CLS | CLS at 4× | main thread ms, widget page (4×) | same page without widget (4×) | added ms | Lit floor added ms | added ÷ floor | long tasks, widget page: count / longest ms / sum ms | Lit floor: count / longest ms | without widget: count / longest ms |',
  );
  print('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const v of variants) {
    const x = r[keyOf(v)];
    print(
      `| ${v.delay} ms | ${v.css ? 'linked' : 'no'} | ${spread(x.firstItemMs, 0)} | ${spread(x.cls, 3)} | ${spread(x.clsThrottled, 3)} | ${spread(x.widget.taskMs, 0)} | ${spread(x.plain.taskMs, 0)} | ${f(x.addedTaskMs, 0)} | ${f(x.floorAddedTaskMs, 0)} | ${ratio(x.addedTaskMs, x.floorAddedTaskMs)} | ${f(x.widget.longTasks.median, 0)} / ${spread(x.widget.longestMs, 0)} / ${spread(x.widget.longSumMs, 0)} | ${f(x.floor.longTasks.median, 0)} / ${spread(x.floor.longestMs, 0)} | ${f(x.plain.longTasks.median, 0)} / ${spread(x.plain.longestMs, 0)} |`,
    );
  }
  print();
  const clsOf = (list) =>
    Math.max(...list.flatMap((v) => [r[keyOf(v)].cls.max, r[keyOf(v)].clsThrottled.max]));
  const clsMax = clsOf(variants.filter((v) => v.css));
  const clsBare = clsOf(variants.filter((v) => !v.css));
  const added = Math.max(...variants.map((v) => r[keyOf(v)].addedTaskMs));
  const anyLong = variants.some(
    (v) => r[keyOf(v)].widget.longTasks.max > r[keyOf(v)].plain.longTasks.max,
  );
  results.paint.goals = {
    cls0: clsMax < 0.0005,
    cls0WithoutStylesheet: clsBare < 0.0005,
    addedUnder50: added <= 50,
    noLongTask: !anyLong,
  };
  print(
    `Where the main-thread time goes (CDP trace, separate runs at 4× CPU, feed at once, partner stylesheet; median of ${runs}): main-thread tasks ${f(r.trace.taskTotal.widget, 0)} ms on the widget page, ${f(r.trace.taskTotal.plain, 0)} ms without (added ${f(r.trace.taskTotal.widget - r.trace.taskTotal.plain, 0)} ms); longest task ${spread(r.trace.longest.widget, 0)} ms (without the widget ${spread(r.trace.longest.plain, 0)} ms). Self time by kind of work, then the JavaScript by what ran (V8 samples mapped through dist/cdn's source maps):`,
  );
  print();
  print('| kind of work | widget page ms | without widget ms | added ms |');
  print('|---|---|---|---|');
  for (const k of [...r.trace.kinds, ...r.trace.js.map((j) => ({ ...j, name: `JS: ${j.name}` }))])
    print(`| ${k.name} | ${f(k.widget, 1)} | ${f(k.plain, 1)} | ${f(k.widget - k.plain, 1)} |`);
  print();
  print(
    `Goals: CLS 0.000 with the partner stylesheet: **${clsMax < 0.0005 ? 'met' : `not met (max ${clsMax.toFixed(3)})`}** (without it: max ${clsBare.toFixed(3)}); added main-thread time ≤ 50 ms: **${added <= 50 ? 'met' : 'not met'}** (${f(added, 0)} ms, worst latency); no long task from the widget: **${anyLong ? 'not met' : 'met'}**.`,
  );
  print();
}

/** `--only trace`: the breakdown and every task over 50 ms of each traced run, to find them. */
function printLongTasks(trace) {
  print('## Where the main-thread time goes (traced runs only)');
  print();
  print(
    `Added task time ${f(trace.taskTotal.widget - trace.taskTotal.plain, 0)} ms; the Lit floor adds ${f(trace.taskTotal.floor - trace.taskTotal.plain, 0)} ms.`,
  );
  for (const k of [...trace.kinds, ...trace.js.map((j) => ({ ...j, name: `JS: ${j.name}` }))])
    print(`- ${k.name}: ${f(k.widget, 1)} (without widget ${f(k.plain, 1)})`);
  print();
  print(
    '| page | run | at ms | task ms | opened by | its pieces (ms) | kinds (self ms) | JS by file (sampled ms) |',
  );
  print('|---|---|---|---|---|---|---|---|');
  for (const page of ['widget', 'floor', 'plain'])
    for (const l of trace.longTasks[page])
      print(
        `| ${page} | ${l.run} | ${l.at} | ${l.ms} | ${l.opener} | ${l.pieces} | ${l.kinds} | ${l.samples} |`,
      );
  print();
}

// ---------- 4. search ----------
async function searchBench() {
  const args = [
    join(here, 'search/run.mjs'),
    ...(smoke ? ['--smoke'] : ['--items', '10000', '--runs', String(runs)]),
  ];
  log('search: node', args.map((a) => relative(root, a) || a).join(' '));
  const stdout = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`bench/search/run.mjs exited ${code}`)),
    );
  });
  let json;
  try {
    json = JSON.parse(await readFile(join(here, 'search/results.json'), 'utf8'));
  } catch {
    json = undefined;
  }
  results.search = {
    command: `node ${args.map((a) => relative(root, a) || a).join(' ')}`,
    table: stdout.trim(),
    results: json,
  };
  print('## 5. Search');
  print();
  print(
    `\`${results.search.command}\` (its own table; baseline MiniSearch, same run; see bench/README.md):`,
  );
  print();
  print(stdout.trim());
  print();
}

/** Section 6: a whole archive through `mlo-newsroom index`, beside Pagefind (bench/search-archive.mjs). */
async function archiveBench() {
  const args = [join(here, 'search-archive.mjs'), ...(smoke ? ['--smoke'] : [])];
  log('archive: node', args.map((a) => relative(root, a) || a).join(' '));
  const stdout = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`bench/search-archive.mjs exited ${code}`)),
    );
  });
  results.archive = { command: `node ${args.map((a) => relative(root, a) || a).join(' ')}` };
  print(`## 6. ${stdout.trim().replace(/^## /, '')}`);
  print();
}

// ---------- main ----------
let browser;
let server;
let failed = false;
try {
  print(`# mlo-newsroom bench${smoke ? ' (smoke)' : ''}`);
  print();
  print(
    `${results.machine.cpus} × ${results.machine.cpuModel}, Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}, ${runs} run(s) per figure.`,
  );
  print();
  if (want('weight')) await weight();
  // The partner page loads the script-tag build, as partners do: build it when it is missing.
  if (
    (want('paint') || want('trace') || want('slow')) &&
    !existsSync(join(root, 'dist/cdn/mlo-newsroom.js'))
  ) {
    log('paint: dist/cdn missing, running npm run build:cdn');
    execSync('npm run build:cdn', { cwd: root, stdio: 'ignore' });
  }

  if (
    want('render') ||
    want('paint') ||
    want('trace') ||
    want('slow') ||
    want('dates') ||
    want('growth')
  ) {
    const pageBundle = await build({
      ...esbuildBase,
      metafile: false,
      format: 'iife',
      entryPoints: [join(here, 'pages/render.ts')],
    });
    const baseline = want('slow') ? baselineCdn(root, values.baseline, log) : undefined;
    const floorBundle = await build({
      ...esbuildBase,
      metafile: false,
      entryPoints: [join(here, 'pages/lit-floor.ts')],
    });
    ({ server } = await startServer(pageBundle.outputFiles[0].text, {
      oldCdn: baseline?.cdn,
      floorJs: floorBundle.outputFiles[0].text,
    }));
    const { origin } = { origin: `http://127.0.0.1:${server.address().port}` };
    browser = await launch('chromium', {
      args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    results.machine.chromium = browser.version();
    print(`Chromium ${browser.version()} (${findBrowsers().chromium}), headless.`);
    print();
    if (want('render')) await renderBench(browser, origin);
    if (want('paint') || want('trace')) await paintBench(browser, origin, !want('paint'));
    if (want('slow'))
      results.slowNetwork = await slowNetworkBench({
        browser,
        origin,
        // The same server under another name: another origin, as a newsroom's feed is.
        feedOrigin: `http://localhost:${server.address().port}`,
        runs,
        print,
        log,
        stats: serverStats,
        baseline,
      });
    if (want('dates')) results.dates = await datesBench({ browser, root, runs, print, log });
    if (want('growth'))
      results.growth = await growthBench({ browser, root, runs, smoke, print, log });
    await browser.close();
    browser = undefined;
  }
  if (want('search')) await searchBench();
  if (want('archive')) await archiveBench();
} catch (e) {
  failed = true;
  console.error('[bench] crashed:', e);
} finally {
  await browser?.close().catch(() => {});
  server?.close();
  await writeFile(
    values.out,
    JSON.stringify({ ...results, markdown: out.join('\n') }, null, 2) + '\n',
  );
  log(`wrote ${relative(root, values.out)}`);
}
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
/* global bench -- defined by bench/search/page.ts in the page that page.evaluate runs in */
// Search benchmark: ours vs MiniSearch vs FlexSearch in headless Chromium, same items, same
// keystrokes, one run. Usage: node bench/search/run.mjs [--items N] [--runs N] [--rounds N]
// [--seed N] [--engines 'mlo SearchIndex,FlexSearch'] [--smoke]. Prints a Markdown table; writes bench/search/results.json.
// Timings describe this machine on this day; nothing here asserts on them.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from '../../tests/e2e/browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    items: { type: 'string' },
    runs: { type: 'string' },
    rounds: { type: 'string' },
    seed: { type: 'string', default: '20250917' },
    engines: { type: 'string' }, // comma-separated names to run (default: all; MiniSearch is always kept as the baseline)
    smoke: { type: 'boolean', default: process.env.BENCH_SMOKE === '1' },
    out: { type: 'string', default: join(here, 'results.json') },
  },
});
const smoke = values.smoke;
const items = Number(values.items ?? (smoke ? 500 : 10000));
const runs = Number(values.runs ?? (smoke ? 1 : 5));
const rounds = Number(values.rounds ?? (smoke ? 1 : 5));
const seed = Number(values.seed);
const log = (...a) => console.error('[bench]', ...a);

/** Typed queries: every keystroke of each is one measured search. */
const QUERIES = [
  'vucic',
  'Вучић',
  'Vučić',
  'kfor',
  'space domain',
  'mojsilovic',
  'mojsilvoic',
  'djokovic',
  'partnership for peace',
  'Мојсиловић',
  'brnabic',
];
const keystrokes = QUERIES.flatMap((q) =>
  Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
);
/** [column, query, person]: recall = found / items that mention the person in any script. */
const RECALL = [
  ['vucic', 'vucic', 'vucic'],
  ['Vučić', 'Vučić', 'vucic'],
  ['Вучић', 'Вучић', 'vucic'],
];
const RECALL_EXTRA = [
  ['vuč (typing)', 'vuč', 'vucic'],
  ['djokovic', 'djokovic', 'djokovic'],
  ['dokovic', 'dokovic', 'djokovic'],
  ['Ђоковић', 'Ђоковић', 'djokovic'],
  ['mojsilvoic (typo)', 'mojsilvoic', 'mojsilovic'],
  ['ljajic', 'ljajic', 'ljajic'],
  ['Љајић', 'Љајић', 'ljajic'],
];

const bundle = await build({
  entryPoints: [join(here, 'page.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  logLevel: 'warning',
});
const js = bundle.outputFiles[0].text;
const html =
  '<!doctype html><meta charset="utf-8"><title>search bench</title><script src="/bench.js"></script>';
// Cross-origin isolation gives performance.now() its fine (5 µs) resolution in Chromium.
const isolation = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};
const server = createServer((req, res) => {
  const isJs = req.url === '/bench.js';
  res.writeHead(200, {
    ...isolation,
    'content-type': isJs ? 'text/javascript' : 'text/html; charset=utf-8',
  });
  res.end(isJs ? js : html);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await launch('chromium', {
  args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in globalThis);
  log(`generating ${items} items (seed ${seed}) and warming up`);
  const setup = await page.evaluate(([n, s]) => bench.setup(n, s), [items, seed]);
  const only = values.engines?.split(',').map((s) => s.trim());
  const engines = (await page.evaluate(() => bench.engines())).filter(
    (e) => !only || e === 'MiniSearch' || only.includes(e),
  );
  log(`isolated: ${setup.crossOriginIsolated}, timer tick ${setup.timerTickMs.toFixed(4)} ms`);

  const builds = Object.fromEntries(engines.map((e) => [e, []]));
  for (let r = 0; r < runs; r++) {
    for (const e of engines) {
      builds[e].push(await page.evaluate((name) => bench.build(name), e));
      log(`build run ${r + 1}/${runs} ${e}: ${builds[e].at(-1).toFixed(0)} ms`);
    }
  }
  const rows = [];
  for (const e of engines) {
    const heap = await page.evaluate((name) => bench.retain(name), e);
    const times = await page.evaluate(
      ([name, ks, n]) => bench.keystrokes(name, ks, n),
      [e, keystrokes, rounds],
    );
    const recall = {};
    for (const [col, q, person] of [...RECALL, ...RECALL_EXTRA]) {
      recall[col] = await page.evaluate(
        ([name, qq, p]) => bench.recall(name, qq, p),
        [e, q, person],
      );
    }
    const b = builds[e];
    rows.push({
      engine: e,
      build: { median: quantile(b, 0.5), min: Math.min(...b), max: Math.max(...b), runs: b },
      query: {
        median: quantile(times, 0.5),
        p95: quantile(times, 0.95),
        max: Math.max(...times),
        samples: times.length,
        // Per keystroke over the rounds: [median, max] ms, to see which keystrokes are slow.
        perKeystroke: Object.fromEntries(
          keystrokes.map((k) => {
            const xs = times.filter((_, j) => keystrokes[j % keystrokes.length] === k);
            return [k, [+quantile(xs, 0.5).toFixed(3), +Math.max(...xs).toFixed(3)]];
          }),
        ),
      },
      heapMB: heap / 2 ** 20,
      recall,
    });
    await page.evaluate(() => bench.release());
    log(
      `${e}: query median ${rows.at(-1).query.median.toFixed(3)} ms, p95 ${rows.at(-1).query.p95.toFixed(3)} ms`,
    );
  }

  const base = rows.find((r) => r.engine === 'MiniSearch');
  const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const pct = (r) => `${r.found}/${r.truth} (${f((100 * r.found) / r.truth, 0)}%)`;
  const lines = [
    `Search benchmark: ${items} items, build median of ${runs} run(s), ${keystrokes.length} keystrokes x ${rounds} round(s); ` +
      `${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, ${browser.version()}; timer tick ${f(setup.timerTickMs, 3)} ms.`,
    '',
    `| engine | build ms median [min-max] | query median ms | query p95 ms | heap MB | ${RECALL.map((r) => `recall ${r[0]}`).join(' | ')} | build x MiniSearch | p95 x MiniSearch |`,
    `|---|---|---|---|---|${RECALL.map(() => '---|').join('')}---|---|`,
    ...rows.map(
      (r) =>
        `| ${r.engine} | ${f(r.build.median, 0)} [${f(r.build.min, 0)}-${f(r.build.max, 0)}] | ${f(r.query.median, 3)} | ${f(r.query.p95, 3)} | ${f(r.heapMB)} | ` +
        `${RECALL.map(([c]) => pct(r.recall[c])).join(' | ')} | ${f(r.build.median / base.build.median, 2)} | ${f(r.query.p95 / base.query.p95, 2)} |`,
    ),
    '',
    `| engine | ${RECALL_EXTRA.map((r) => r[0]).join(' | ')} |`,
    `|---|${RECALL_EXTRA.map(() => '---|').join('')}`,
    ...rows.map(
      (r) => `| ${r.engine} | ${RECALL_EXTRA.map(([c]) => pct(r.recall[c])).join(' | ')} |`,
    ),
    '',
    'Recall cells: items returned that mention the person / items that mention the person in any script or spelling (all hits, no limit).',
  ];
  console.log(lines.join('\n'));
  const result = {
    date: new Date().toISOString(),
    items,
    runs,
    rounds,
    seed,
    keystrokes,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, browser: browser.version() },
    setup,
    rows,
  };
  await writeFile(values.out, JSON.stringify(result, null, 1) + '\n');
  log(`wrote ${values.out}`);
} finally {
  await browser.close();
  server.close();
}

#!/usr/bin/env node
// Search a whole archive (#28): `mlo-newsroom index` on a generated trilingual newsroom
// (bench/search/corpus.ts, written as JSON Feed pages linked by next_url), side by side with
// Pagefind (the `pagefind` npm package's Node API; its UI left out) on the same items.
// Usage: node bench/search-archive.mjs [--items N] [--smoke] [--no-browser]
// Prints a Markdown report; writes bench/search-archive-results.json.
// Node: build time and peak memory of the command (its own process), files and bytes on disk,
// bytes (brotli) and round trips per keystroke, p95 per keystroke in memory, recall.
// Chromium (playwright-core): a cold first query on slow 4G (bench/slow-network.mjs's
// emulation) for both, counting requests and bytes on the wire.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { loadArchiveModules, memoryLoader } from '../tests/node/archive-bundle.mjs';
import { archiveBrowserBench } from './search-archive-browser.mjs';

const here = import.meta.dirname;
const root = join(here, '..');
const { values } = parseArgs({
  options: {
    items: { type: 'string' },
    smoke: { type: 'boolean', default: process.env.BENCH_SMOKE === '1' },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string', default: join(here, 'search-archive-results.json') },
  },
});
const items = Number(values.items ?? (values.smoke ? 1000 : 100000));
const log = (...a) => console.error('[archive]', ...a);
const lines = [];
const print = (line = '') => {
  lines.push(line);
  console.log(line);
};
const kB = (n) => (n / 1024).toFixed(1);
const results = { items, date: new Date().toISOString() };

/** Typed queries (as bench/search/run.mjs): every keystroke of each is measured. */
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

const work = join(tmpdir(), `mlo-archive-bench-${items}`);
rmSync(work, { recursive: true, force: true });
const feeds = join(work, 'feeds');
const ours = join(work, 'index');
const theirs = join(work, 'pagefind');
mkdirSync(feeds, { recursive: true });

const m = await loadArchiveModules();
const { items: corpus, mentions } = m.makeCorpus(items);
writeFeeds(corpus, feeds);

// 1. The command, in a process of its own, as a newsroom would run it.
log('building the command');
spawnSync(
  process.execPath,
  [
    join(root, 'scripts/build-server.mjs'),
    '--outdir',
    join(root, 'node_modules/.cache/mlo-bench-server'),
  ],
  { stdio: 'inherit' },
);
const cli = join(root, 'node_modules/.cache/mlo-bench-server/cli.js');
const started = performance.now();
const run = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import { main } from ${JSON.stringify(cli)}; process.exitCode = await main(process.argv.slice(1)); console.log(JSON.stringify(process.resourceUsage()));`,
    'index',
    join(feeds, 'page-1.json'),
    '-o',
    ours,
  ],
  { encoding: 'utf8', maxBuffer: 1 << 24 },
);
if (run.status !== 0) throw new Error(`index failed: ${run.stderr}`);
const buildMs = performance.now() - started;
const peakMB = JSON.parse(run.stdout.trim().split('\n').pop()).maxRSS / 1024;
log(run.stderr.trim());
results.ours = { buildMs, peakMB, ...disk(ours) };

// 2. Keystrokes against the files, in memory: round trips, bytes, time.
const files = new Map(readdirSync(ours).map((n) => [n, readFileSync(join(ours, n), 'utf8')]));
const brotli = new Map();
const br = (name) => {
  if (!brotli.has(name)) brotli.set(name, brotliCompressSync(files.get(name)).length);
  return brotli.get(name);
};
Object.assign(results.ours, await keystrokes());
results.ours.recall = await recall();

// 3. Pagefind on the same items.
log('pagefind');
results.pagefind = await pagefindBuild();

// 4. The browser, slow 4G, cold first query, both.
if (!values['no-browser']) {
  const browser = await archiveBrowserBench({
    root,
    ours,
    theirs,
    log,
    queries: values.smoke ? ['vucic'] : ['vucic', 'Вучић', 'kfor'],
  });
  results.browser = browser;
}
report();
writeFileSync(
  values.out,
  `${JSON.stringify({ ...results, markdown: lines.join('\n') }, null, 2)}\n`,
);

function writeFeeds(list, dir) {
  const PAGE = 1000;
  for (let p = 0; p * PAGE < list.length; p++) {
    const page = list.slice(p * PAGE, (p + 1) * PAGE).map((it) => ({
      id: it.id,
      url: it.url,
      title: it.title,
      summary: it.summary,
      content_text: it.contentText,
      content_html: it.contentHtml,
      date_published: it.datePublished,
      tags: it.tags,
      language: it.language,
      authors: it.authors,
      _mlo: {
        type: it.type,
        speaker: it.speaker,
        visitor: it.visitor,
        metWith: it.metWith,
        location: it.location,
        context: it.context,
      },
    }));
    const next = (p + 1) * PAGE < list.length ? { next_url: `page-${p + 2}.json` } : {};
    writeFileSync(
      join(dir, `page-${p + 1}.json`),
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Newsroom',
        ...next,
        items: page,
      }),
    );
  }
}

function disk(dir) {
  let bytes = 0;
  let brotliBytes = 0;
  let count = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        count++;
        const data = readFileSync(path);
        bytes += data.length;
        brotliBytes += brotliCompressSync(data).length;
      }
    }
  };
  walk(dir);
  return { files: count, bytes, brotliBytes };
}

/** A fresh visitor per query: index.json on focus, then each keystroke. */
async function keystrokes() {
  const per = [];
  const times = [];
  let first = { bytes: 0, trips: 0 };
  for (const query of QUERIES) {
    const { load, requested, url } = memoryLoader(files);
    let wake;
    const archive = new m.ArchiveSearch(url, load, () => wake?.());
    const changed = () => new Promise((r) => (wake = r));
    archive.open();
    await changed();
    let seen = requested.length;
    let focusBytes = br('index.json');
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      let trips = 0;
      while (!archive.results(typed, 'en', undefined, 8) && !archive.error) {
        trips++;
        await changed();
      }
      const bytes = requested.slice(seen).reduce((s, u) => s + br(u.split('/').pop()), 0);
      seen = requested.length;
      if (i === 1) {
        if (focusBytes + bytes > first.bytes)
          first = { query: typed, bytes: focusBytes + bytes, trips: trips + 1 };
        focusBytes = 0;
      } else per.push({ typed, trips, bytes });
    }
    // In memory now: the time of each keystroke, recomputed (retry() drops the memo).
    for (let round = 0; round < 5; round++)
      for (let i = 1; i <= query.length; i++) {
        archive.retry();
        const t = performance.now();
        archive.results(query.slice(0, i), 'en', undefined, 8);
        times.push(performance.now() - t);
      }
  }
  const fetching = per.filter((k) => k.trips > 0);
  times.sort((a, b) => a - b);
  return {
    firstQuery: first,
    further: {
      keystrokes: per.length,
      fetching: fetching.length,
      maxTrips: Math.max(0, ...fetching.map((k) => k.trips)),
      maxBytes: Math.max(0, ...fetching.map((k) => k.bytes)),
      withinGoal: fetching.filter((k) => k.trips <= 1 && k.bytes <= 30 * 1024).length,
      worst: fetching.sort((a, b) => b.bytes - a.bytes).slice(0, 3),
    },
    p95ms: times[Math.floor(times.length * 0.95)],
  };
}

/** Share of the items naming Vučić (in any script) found by each spelling, both languages. */
async function recall() {
  const { load, url } = memoryLoader(files);
  let wake;
  const archive = new m.ArchiveSearch(url, load, () => wake?.());
  const changed = () => new Promise((r) => (wake = r));
  const truth = new Set(mentions.vucic);
  const out = {};
  for (const q of ['vucic', 'Vučić', 'Вучић']) {
    const found = new Set();
    for (const lang of ['en', 'sr-Latn']) {
      let got;
      while (!(got = archive.results(q, lang, undefined, Infinity)) && !archive.error)
        await changed();
      for (const item of got.items) if (truth.has(item.id)) found.add(item.id);
    }
    out[q] = found.size / truth.size;
  }
  return out;
}

async function pagefindBuild() {
  const pagefind = await import('pagefind');
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: undefined });
  for (const it of corpus) {
    const people = [it.speaker, it.visitor, ...it.metWith]
      .filter(Boolean)
      .map((p) => [p.name, p.role].join(' '));
    const content = [
      it.title,
      ...people,
      ...it.tags,
      it.location,
      it.summary,
      it.contentText,
      it.contentHtml?.replace(/<[^>]+>/g, ' '),
      it.context,
    ]
      .filter(Boolean)
      .join('\n');
    await index.addCustomRecord({
      url: it.url,
      content,
      language: it.language.split('-')[0],
      meta: { title: it.title ?? it.id, date: it.datePublished ?? '' },
    });
  }
  await index.writeFiles({ outputPath: theirs });
  const buildMs = performance.now() - started;
  await pagefind.close();
  return { buildMs, ...disk(theirs) };
}

function report() {
  const o = results.ours;
  const p = results.pagefind;
  print(
    `## Search a whole archive: ${items.toLocaleString('en')} items (bench/search-archive.mjs)`,
  );
  print();
  print(
    `Command: \`node bench/search-archive.mjs --items ${items}\`${values.smoke ? ' (smoke)' : ''}. Corpus: bench/search/corpus.ts (articles, statements, quotes, visits; English, Serbian Latin, Serbian Cyrillic), written as ${Math.ceil(items / 1000)} JSON Feed pages of 1,000 items linked by next_url.`,
  );
  print();
  print('| | mlo-newsroom index | Pagefind 1.x |');
  print('|---|---:|---:|');
  print(
    `| build (s) | ${(o.buildMs / 1000).toFixed(1)} (the command, feeds read included) | ${(p.buildMs / 1000).toFixed(1)} (Node API, records added) |`,
  );
  print(
    `| peak memory (MB) | ${o.peakMB.toFixed(0)} (the command's process) | n/a (a separate binary) |`,
  );
  print(`| files | ${o.files} | ${p.files} |`);
  print(
    `| on disk (MB) | ${(o.bytes / 1e6).toFixed(1)} (${(o.brotliBytes / 1e6).toFixed(1)} brotli) | ${(p.bytes / 1e6).toFixed(1)} |`,
  );
  const b = results.browser;
  if (b) {
    for (const q of Object.keys(b.ours)) {
      print(
        `| first query "${q}", slow 4G: requests | ${b.ours[q].requests} | ${b.pagefind[q].requests} |`,
      );
      print(
        `| first query "${q}", slow 4G: bytes on the wire (kB) | ${kB(b.ours[q].bytes)} (${kB(b.ours[q].dataBytes)} without the script) | ${kB(b.pagefind[q].bytes)} |`,
      );
      print(
        `| first query "${q}", slow 4G: time to results (ms) | ${b.ours[q].ms.toFixed(0)} | ${b.pagefind[q].ms.toFixed(0)} |`,
      );
      print(
        `| first query "${q}": matches (English part) | ${b.ours[q].count} | ${b.pagefind[q].count} |`,
      );
    }
  }
  print(
    `| recall vucic / Vučić / Вучић | ${Object.values(o.recall)
      .map((r) => `${(r * 100).toFixed(0)}%`)
      .join(' / ')} | ${
      b
        ? Object.values(b.pagefindRecall)
            .map((n) => `${((n / mentions.vucic.length) * 100).toFixed(0)}%`)
            .join(' / ')
        : 'n/a'
    } (matches in the English and Serbian pages / items naming him) |`,
  );
  print();
  const f = o.further;
  print(
    `Ours, keystroke by keystroke (a fresh visitor per query; brotli sizes): first query ${kB(o.firstQuery.bytes)} kB in ${o.firstQuery.trips} round trips after focus (worst first keystroke, "${o.firstQuery.query}", index.json included); of ${f.keystrokes} further keystrokes ${f.fetching} fetched something, ${f.withinGoal} of those within 1 round trip and 30 kB, at most ${f.maxTrips} round trips and ${kB(f.maxBytes)} kB (worst: ${f.worst.map((k) => `"${k.typed}" ${kB(k.bytes)} kB`).join(', ')}); p95 per keystroke in memory ${o.p95ms.toFixed(3)} ms.`,
  );
}

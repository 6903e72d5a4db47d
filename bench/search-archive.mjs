#!/usr/bin/env node
// Search a whole archive (#28): `mlo-newsroom index` on a generated trilingual newsroom
// (bench/search/corpus.ts, written as JSON Feed pages linked by next_url), side by side with
// Pagefind (the `pagefind` npm package's Node API; its UI left out) on the same items.
// Usage: node bench/search-archive.mjs [--items N] [--smoke] [--no-browser] [--no-pagefind]
// [--shard-bytes N --doc-bytes N] (file sizes other than the command's defaults).
// Prints a Markdown report; writes bench/search-archive-results.json.
// Node: build time and peak memory of the command (its own process), files and bytes on disk,
// bytes (brotli) and round trips per keystroke, p95 per keystroke in memory, recall.
// Chromium (playwright-core): a cold first query on slow 4G (bench/slow-network.mjs's
// emulation) for both, counting requests and bytes on the wire.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchiveModules, memoryLoader } from '../tests/node/archive-bundle.mjs';
import { archiveBrowserBench } from './search-archive-browser.mjs';
import {
  disk,
  keystrokeFigures,
  pagefindBuild,
  readIndex,
  runIndexCommand,
} from './search/archive-figures.mjs';

const here = import.meta.dirname;
const root = join(here, '..');
const { values } = parseArgs({
  options: {
    items: { type: 'string' },
    smoke: { type: 'boolean', default: process.env.BENCH_SMOKE === '1' },
    'no-browser': { type: 'boolean', default: false },
    'no-pagefind': { type: 'boolean', default: false },
    'shard-bytes': { type: 'string' },
    'doc-bytes': { type: 'string' },

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

/**
 * Typed queries, letter by letter, each in the part a visitor of that language searches: the
 * people, places and subjects of the sample newsroom in its three spellings, a typo, and phrases.
 */
const QUERIES = [
  ['vucic', 'en'],
  ['Vučić', 'en'],
  ['Вучић', 'en'],
  ['kfor', 'en'],
  ['space domain', 'en'],
  ['partnership for peace', 'en'],
  ['mojsilovic', 'en'],
  ['mojsilvoic', 'en'],
  ['djokovic', 'en'],
  ['brnabic', 'en'],
  ['cyber defence', 'en'],
  ['western balkans', 'en'],
  ['humanitarian demining', 'en'],
  ['rutte', 'en'],
  ['vučić', 'sr-Latn'],
  ['Beograd', 'sr-Latn'],
  ['partnerstvo za mir', 'sr-Latn'],
  ['sajber odbrana', 'sr-Latn'],
  ['Đoković', 'sr-Latn'],
  ['razminiranje', 'sr-Latn'],
  ['Вучић', 'sr-Cyrl'],
  ['Београд', 'sr-Cyrl'],
  ['Партнерство за мир', 'sr-Cyrl'],
  ['сајбер одбрана', 'sr-Cyrl'],
  ['Ђоковић', 'sr-Cyrl'],
  ['Мојсиловић', 'sr-Cyrl'],
];

// A folder of this run's own: another checkout may run the bench at the same time.
const work = mkdtempSync(join(tmpdir(), `mlo-archive-bench-${items}-`));
const feeds = join(work, 'feeds');
const ours = join(work, 'index');
const theirs = join(work, 'pagefind');
mkdirSync(feeds, { recursive: true });

const m = await loadArchiveModules();
const { items: corpus, mentions } = m.makeCorpus(items);
writeFeeds(corpus, feeds);

// 1. The command, in a process of its own, as a newsroom would run it.
log('building the command');
const { buildMs, peakMB, note } = runIndexCommand(root, [join(feeds, 'page-1.json')], ours);
log(note);
results.ours = { buildMs, peakMB, ...disk(ours) };
// Other file sizes than the command's defaults: built again in this process, written over.
if (values['shard-bytes'] || values['doc-bytes']) {
  const sizes = {
    shardBytes: Number(values['shard-bytes'] ?? 64000),
    docBytes: Number(values['doc-bytes'] ?? 160000),
  };
  rmSync(ours, { recursive: true, force: true });
  mkdirSync(ours);
  m.buildArchive(corpus, sizes, (name, text) => writeFileSync(join(ours, name), text));
  Object.assign(results.ours, { sizes }, disk(ours));
}

// 2. Keystrokes against the files, in memory: round trips, bytes, time.
const { files, br } = readIndex(ours);
Object.assign(results.ours, await keystrokeFigures(m, files, br, corpus, QUERIES));
results.ours.recall = await recall();

// 3. Pagefind on the same items.
if (!values['no-pagefind']) {
  log('pagefind');
  results.pagefind = await pagefindBuild(corpus, theirs);
}

// 4. The browser, slow 4G, cold first query, both.
if (!values['no-browser'] && !values['no-pagefind']) {
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
rmSync(work, { recursive: true, force: true });

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

function report() {
  const o = results.ours;
  const p = results.pagefind ?? { buildMs: NaN, files: NaN, bytes: NaN };
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
  print(
    `| files | ${o.files}${o.sizes ? ` (shards of ${o.sizes.shardBytes} bytes, docs files of ${o.sizes.docBytes})` : ''} | ${p.files} |`,
  );
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
  const line = (g) =>
    `${g.keystrokes} fetched, ${g.oneTrip} in 1 round trip (at most ${g.maxTrips}), ${g.withinGoal} within 1 round trip and 30 kB; bytes median ${kB(g.medianBytes)} kB, p90 ${kB(g.p90Bytes)} kB, max ${kB(g.maxBytes)} kB (worst: ${g.worst.map((k) => `"${k.typed}" ${k.trips} RT ${kB(k.bytes)} kB`).join(', ')})`;
  print(
    `Ours, keystroke by keystroke over ${QUERIES.length} queries in three spellings (a fresh visitor per query; brotli sizes): first query at most ${kB(o.firstQuery.bytes)} kB in ${o.firstQuery.trips} round trips after focus ("${o.firstQuery.query}", index.json included); of ${f.keystrokes} further keystrokes, ${f.fetching} fetched something.`,
  );
  print();
  print(`- a query's first word: ${line(f.firstWord)}`);
  print(`- its later words: ${line(f.laterWords)}`);
  print(
    `- in memory, per keystroke: p50 ${o.p50ms.toFixed(3)} ms, p95 ${o.p95ms.toFixed(3)} ms; the in-memory SearchIndex on the same part, same run: p95 ${o.baselineP95ms.toFixed(3)} ms (ratio ${(o.p95ms / o.baselineP95ms).toFixed(2)}).`,
  );
}

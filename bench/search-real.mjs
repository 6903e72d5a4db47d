#!/usr/bin/env node
// The archive index (#28) on a real corpus: HuffPost news in English (News Category Dataset,
// first 10,000 lines) and RTS headlines in Serbian Cyrillic and Latin, turned into JSON Feed pages
// (bench/search/real-corpus.mjs) and indexed by the real `mlo-newsroom index` command. The same
// figures as bench/search-archive.mjs, plus a check that every keystroke's results (ids and
// order) equal the in-memory SearchIndex's over the same language part.
// Usage: node bench/search-real.mjs [--en FILE] [--sr-cyrl FILE] [--sr-latn FILE]
//   [--no-pagefind] [--no-browser] [--out results.json]
// A FILE is a path, or `<git dir>::<path>` for a file at HEAD of a bare mirror (the defaults).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchiveModules, memoryLoader, settle } from '../tests/node/archive-bundle.mjs';
import { archiveBrowserBench } from './search-archive-browser.mjs';
import {
  disk,
  keystrokeFigures,
  pagefindBuild,
  readIndex,
  runIndexCommand,
} from './search/archive-figures.mjs';
import { huffpostItems, readSource, rtsItems, writePages } from './search/real-corpus.mjs';

const here = import.meta.dirname;
const root = join(here, '..');
const SOSC = '/work/.mirror/sarakojic+SOSC_314_Course_Project/repo';
const { values } = parseArgs({
  options: {
    en: {
      type: 'string',
      default: '/work/.mirror/Limpery+MGO/repo::News_Category_Dataset_v3.json',
    },
    'sr-cyrl': { type: 'string', default: `${SOSC}::data/rts.csv` },
    'sr-latn': { type: 'string', default: `${SOSC}::data/rts_latin.csv` },
    'no-pagefind': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const log = (...a) => console.error('[real]', ...a);

/** Typed letter by letter, each in the part a visitor of that language searches. */
const QUERIES = [
  ['trump', 'en'],
  ['biden', 'en'],
  ['covid vaccine', 'en'],
  ['ukraine', 'en'],
  ['russia ukraine war', 'en'],
  ['supreme court', 'en'],
  ['abortion', 'en'],
  ['zelenskyy', 'en'],
  ['zelensky', 'en'],
  ['kardashian', 'en'],
  ['climate change', 'en'],
  ['republicans', 'en'],
  ['ukriane', 'en'],
  ['vucic', 'sr-Latn'],
  ['Vučić', 'sr-Latn'],
  ['Вучић', 'sr-Cyrl'],
  ['Beograd', 'sr-Latn'],
  ['Београд', 'sr-Cyrl'],
  ['Kosovo', 'sr-Latn'],
  ['Косово', 'sr-Cyrl'],
  ['Priština', 'sr-Latn'],
  ['pristina', 'sr-Latn'],
  ['Brnabić', 'sr-Latn'],
  ['Мачут', 'sr-Cyrl'],
  ['studenti blokade', 'sr-Latn'],
  ['студенти блокаде', 'sr-Cyrl'],
  ['Novi Sad nadstrešnica', 'sr-Latn'],
  ['nadstresnica', 'sr-Latn'],
  ['vlada srbije', 'sr-Latn'],
  ['Евроспка унија', 'sr-Cyrl'],
];

const work = mkdtempSync(join(tmpdir(), 'mlo-real-bench-'));
const feeds = join(work, 'feeds');
const ours = join(work, 'index');
mkdirSync(feeds, { recursive: true });
const en = huffpostItems(readSource(values.en, '--en (News Category Dataset, JSON lines)'));
const cyrl = rtsItems(readSource(values['sr-cyrl'], '--sr-cyrl (RTS, CSV)'), 'sr-Cyrl');
const latn = rtsItems(readSource(values['sr-latn'], '--sr-latn (RTS, CSV)'), 'sr-Latn');
const sources = [
  writePages(en, feeds, 'en', 'HuffPost'),
  writePages(cyrl, feeds, 'cyrl', 'РТС'),
  writePages(latn, feeds, 'latn', 'RTS'),
];
log(`${en.length} + ${cyrl.length} + ${latn.length} items`);

// 1. The command, in a process of its own, as a newsroom would run it.
const { buildMs, peakMB, note } = runIndexCommand(root, sources, ours);
log(note);

// 2. The same items as the command read them, for the in-memory baseline.
const m = await loadArchiveModules();
const { items } = await m.collectItems(sources);
const { files, br } = readIndex(ours);
const results = { date: new Date().toISOString(), items: items.length, note };
results.ours = { buildMs, peakMB, ...disk(ours) };
Object.assign(results.ours, await keystrokeFigures(m, files, br, items, QUERIES));
results.correct = await sameAsMemory();
results.recall = await recall();
if (!values['no-pagefind']) {
  log('pagefind');
  results.pagefind = await pagefindBuild(items, join(work, 'pagefind'));
  if (!values['no-browser'])
    results.browser = await archiveBrowserBench({
      root,
      ours,
      theirs: join(work, 'pagefind'),
      log,
      queries: ['trump', 'vucic'],
    });
}
const markdown = (await import('./search/real-report.mjs')).report(results, QUERIES, values);
console.log(markdown);
if (values.out) writeFileSync(values.out, `${JSON.stringify({ ...results, markdown }, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });

/** Every keystroke of every query: the archive's ids, in order, against SearchIndex's. */
async function sameAsMemory() {
  const memory = new Map();
  const { load, url } = memoryLoader(files);
  let wake;
  const archive = new m.ArchiveSearch(url, load, () => wake?.());
  const changed = () => new Promise((r) => (wake = r));
  const out = { keystrokes: 0, sameTop: 0, differTop: [], fewer: [] };
  for (const [query, lang] of QUERIES) {
    if (!memory.has(lang))
      memory.set(lang, new m.SearchIndex(m.preferLanguage(items.slice(), lang)));
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      const got = await settle(archive, changed, typed, lang, undefined, 8);
      const expected = memory.get(lang).search(typed, { limit: Infinity });
      const a = got.items.map((item) => item.id);
      const b = expected.slice(0, 8).map((hit) => hit.item.id);
      out.keystrokes++;
      if (a.join('\n') === b.join('\n')) out.sameTop++;
      else out.differTop.push({ typed, lang });
      if (got.count === expected.length) continue;
      // Fewer matches: the typos the archive does not look for (docs/archive-index.md). Its
      // matches must still all be in-memory matches (`extra`, 0).
      const all = await settle(archive, changed, typed, lang, undefined, Infinity);
      const inMemory = new Set(expected.map((hit) => hit.item.id));
      const extra = all.items.filter((item) => !inMemory.has(item.id)).length;
      out.fewer.push({ typed, lang, count: [got.count, expected.length], extra });
    }
  }
  return out;
}

/**
 * Items naming Vučić (any script, any case ending: Vučić, Vučića, Вучићу…) found by each spelling
 * in the Serbian part, and the in-memory index's count for the same spelling.
 */
async function recall() {
  const names = /vu[cčć]i[cčć]|вучић/iu;
  const serbian = items.filter((it) => it.language?.startsWith('sr'));
  const truth = new Set(
    serbian.filter((it) => names.test(`${it.title} ${it.summary ?? ''}`)).map((it) => it.id),
  );
  const { load, url } = memoryLoader(files);
  let wake;
  const archive = new m.ArchiveSearch(url, load, () => wake?.());
  const changed = () => new Promise((r) => (wake = r));
  const memory = new m.SearchIndex(m.preferLanguage(items.slice(), 'sr'));
  const out = { mentions: truth.size };
  for (const q of ['vucic', 'Vučić', 'Вучић']) {
    const got = await settle(archive, changed, q, 'sr', undefined, Infinity);
    const found = got.items.filter((it) => truth.has(it.id)).length;
    const inMemory = memory
      .search(q, { limit: Infinity })
      .filter((h) => truth.has(h.item.id)).length;
    out[q] = { found, inMemory, share: found / truth.size };
  }
  return out;
}

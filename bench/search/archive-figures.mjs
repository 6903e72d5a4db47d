// The archive index's figures, shared by bench/search-archive.mjs (the generated newsroom) and
// bench/search-real.mjs (real news): bytes and round trips per keystroke, time per keystroke in
// memory, files on disk, and Pagefind's build on the same items.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { memoryLoader } from '../../tests/node/archive-bundle.mjs';

/**
 * Builds the command from source and runs `mlo-newsroom index <sources> -o <out>` in a process
 * of its own, as a newsroom would: its time (feeds read included), peak memory and message.
 */
export function runIndexCommand(root, sources, out) {
  const outdir = join(root, 'node_modules/.cache/mlo-bench-server');
  spawnSync(process.execPath, [join(root, 'scripts/build-server.mjs'), '--outdir', outdir], {
    stdio: 'inherit',
  });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { main } from ${JSON.stringify(join(outdir, 'cli.js'))}; process.exitCode = await main(process.argv.slice(1)); console.log(JSON.stringify(process.resourceUsage()));`,
      'index',
      ...sources,
      '-o',
      out,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (run.status !== 0) throw new Error(`index failed: ${run.stderr}`);
  const buildMs = performance.now() - started;
  const peakMB = JSON.parse(run.stdout.trim().split('\n').pop()).maxRSS / 1024;
  return { buildMs, peakMB, note: run.stderr.trim() };
}

/** The index's files in memory, and each one's brotli size (computed once). */
export function readIndex(dir) {
  const files = new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  const brotli = new Map();
  const br = (name) => {
    if (!brotli.has(name)) brotli.set(name, brotliCompressSync(files.get(name)).length);
    return brotli.get(name);
  };
  return { files, br };
}

export function disk(dir) {
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

const sorted = (list) => list.slice().sort((a, b) => a - b);
const at = (list, q) => sorted(list)[Math.min(list.length - 1, Math.floor(list.length * q))] ?? 0;

function summary(list) {
  const bytes = list.map((k) => k.bytes);
  return {
    keystrokes: list.length,
    oneTrip: list.filter((k) => k.trips === 1).length,
    maxTrips: Math.max(0, ...list.map((k) => k.trips)),
    medianBytes: at(bytes, 0.5),
    p90Bytes: at(bytes, 0.9),
    maxBytes: Math.max(0, ...bytes),
    withinGoal: list.filter((k) => k.trips <= 1 && k.bytes <= 30 * 1024).length,
    worst: list
      .slice()
      .sort((a, b) => b.trips - a.trips || b.bytes - a.bytes)
      .slice(0, 3),
  };
}

function visitor(m, files) {
  const { load, requested, url } = memoryLoader(files);
  let wake;
  const archive = new m.ArchiveSearch(url, load, () => wake?.());
  const changed = () => new Promise((r) => (wake = r));
  return { archive, requested, changed };
}

/**
 * A fresh visitor per query (index.json on focus, then each keystroke: round trips and brotli
 * bytes), then one visitor typing every query in turn, five rounds, with every shard in memory
 * and the memo of results dropped before each keystroke, against the in-memory SearchIndex of
 * the same part, the same keystrokes in the same order (the baseline).
 */
export async function keystrokeFigures(m, files, br, items, queries) {
  const per = [];
  let first = { bytes: 0, trips: 0 };
  for (const [query, lang] of queries) {
    const { archive, requested, changed } = visitor(m, files);
    archive.open();
    await changed();
    let seen = requested.length;
    let focusBytes = br('index.json');
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      let trips = 0;
      while (!archive.results(typed, lang, undefined, 8) && !archive.error) {
        trips++;
        await changed();
      }
      const bytes = requested.slice(seen).reduce((s, u) => s + br(u.split('/').pop()), 0);
      seen = requested.length;
      if (i === 1) {
        if (focusBytes + bytes > first.bytes)
          first = { query: typed, bytes: focusBytes + bytes, trips: trips + 1 };
        focusBytes = 0;
      } else per.push({ typed, trips, bytes, later: /\s\S/.test(typed) });
    }
  }
  const { archive, changed } = visitor(m, files);
  archive.open();
  await changed();
  for (const [query, lang] of queries)
    for (let i = 1; i <= query.length; i++)
      while (!archive.results(query.slice(0, i), lang, undefined, 8) && !archive.error)
        await changed();
  const memory = new Map();
  for (const [, lang] of queries)
    if (!memory.has(lang))
      memory.set(lang, new m.SearchIndex(m.preferLanguage(items.slice(), lang)));
  const times = [];
  const baseline = [];
  for (let round = 0; round < 5; round++)
    for (const [query, lang] of queries)
      for (let i = 1; i <= query.length; i++) {
        archive.retry();
        let t = performance.now();
        archive.results(query.slice(0, i), lang, undefined, 8);
        times.push(performance.now() - t);
        t = performance.now();
        memory.get(lang).search(query.slice(0, i), { limit: 8 });
        baseline.push(performance.now() - t);
      }
  const fetching = per.filter((k) => k.trips > 0);
  return {
    firstQuery: first,
    further: {
      ...summary(fetching),
      keystrokes: per.length,
      fetching: fetching.length,
      firstWord: summary(fetching.filter((k) => !k.later)),
      laterWords: summary(fetching.filter((k) => k.later)),
    },
    p50ms: at(times, 0.5),
    p95ms: at(times, 0.95),
    baselineP95ms: at(baseline, 0.95),
  };
}

/** Pagefind's Node API on the same items (what our index reads of each), its files. */
export async function pagefindBuild(items, dir) {
  const pagefind = await import('pagefind');
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  for (const it of items) {
    const people = [it.speaker, it.visitor, ...(it.metWith ?? []), ...(it.authors ?? [])]
      .filter(Boolean)
      .map((p) => [p.name, p.role].filter(Boolean).join(' '));
    const content = [
      it.title,
      ...people,
      ...(it.tags ?? []),
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
      language: (it.language ?? 'en').split('-')[0],
      meta: { title: it.title ?? it.id, date: it.datePublished ?? '' },
    });
  }
  await index.writeFiles({ outputPath: dir });
  const buildMs = performance.now() - started;
  await pagefind.close();
  return { buildMs, ...disk(dir) };
}

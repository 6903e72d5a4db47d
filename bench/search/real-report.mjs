// The Markdown report of bench/search-real.mjs.
const kB = (n) => (n / 1024).toFixed(1);

export function report(results, queries, values) {
  const lines = [];
  const print = (line = '') => lines.push(line);
  const o = results.ours;
  const p = results.pagefind;
  print(`## A real corpus: ${results.items.toLocaleString('en')} items (bench/search-real.mjs)`);
  print();
  print(
    `Command: \`node bench/search-real.mjs${values['no-pagefind'] ? ' --no-pagefind' : ''}${values['no-browser'] ? ' --no-browser' : ''}\`. The command said: ${results.note.replace(/\s+/g, ' ')}`,
  );
  print();
  print(`| | mlo-newsroom index | Pagefind 1.x |`);
  print('|---|---:|---:|');
  print(
    `| build (s) | ${(o.buildMs / 1000).toFixed(1)} (the command, feeds read included) | ${p ? (p.buildMs / 1000).toFixed(1) : 'n/a'} (Node API) |`,
  );
  print(`| peak memory (MB) | ${o.peakMB.toFixed(0)} (the command's process) | n/a |`);
  print(`| files | ${o.files} | ${p?.files ?? 'n/a'} |`);
  print(
    `| on disk (MB) | ${(o.bytes / 1e6).toFixed(1)} (${(o.brotliBytes / 1e6).toFixed(1)} brotli) | ${p ? `${(p.bytes / 1e6).toFixed(1)}` : 'n/a'} |`,
  );
  const b = results.browser;
  for (const q of Object.keys(b?.ours ?? {})) {
    const [x, y] = [b.ours[q], b.pagefind[q]];
    print(`| first query "${q}", slow 4G: requests | ${x.requests} | ${y.requests} |`);
    print(
      `| first query "${q}", slow 4G: bytes (kB) | ${kB(x.bytes)} (${kB(x.dataBytes)} without the script) | ${kB(y.bytes)} |`,
    );
    print(
      `| first query "${q}", slow 4G: time to results (ms) | ${x.ms.toFixed(0)} | ${y.ms.toFixed(0)} |`,
    );
    print(`| first query "${q}": matches (English page) | ${x.count} | ${y.count} |`);
  }
  const r = results.recall;
  const spellings = ['vucic', 'Vučić', 'Вучић'];
  print(
    `| Serbian items naming Vučić (${r.mentions}) found by vucic / Vučić / Вучић | ${spellings.map((q) => `${r[q].found}`).join(' / ')} (in memory: ${spellings.map((q) => r[q].inMemory).join(' / ')}) | ${b ? `${spellings.map((q) => b.pagefindRecall[q]).join(' / ')} (matches, English and Serbian pages)` : 'n/a'} |`,
  );
  print();
  const f = o.further;
  const line = (g) =>
    `${g.keystrokes} fetched, ${g.oneTrip} in 1 round trip (at most ${g.maxTrips}), ${g.withinGoal} within 1 round trip and 30 kB; bytes median ${kB(g.medianBytes)} kB, p90 ${kB(g.p90Bytes)} kB, max ${kB(g.maxBytes)} kB (worst: ${g.worst.map((k) => `"${k.typed}" ${k.trips} RT ${kB(k.bytes)} kB`).join(', ')})`;
  print(
    `Keystroke by keystroke over ${queries.length} queries (a fresh visitor per query; brotli sizes): first query at most ${kB(o.firstQuery.bytes)} kB in ${o.firstQuery.trips} round trips after focus ("${o.firstQuery.query}", index.json included); of ${f.keystrokes} further keystrokes, ${f.fetching} fetched something.`,
  );
  print();
  print(`- a query's first word: ${line(f.firstWord)}`);
  print(`- its later words: ${line(f.laterWords)}`);
  print(
    `- in memory, per keystroke (one visitor, every query in turn, five rounds): p50 ${o.p50ms.toFixed(3)} ms, p95 ${o.p95ms.toFixed(3)} ms; the in-memory SearchIndex on the same part, same run: p95 ${o.baselineP95ms.toFixed(3)} ms (ratio ${(o.p95ms / o.baselineP95ms).toFixed(2)}).`,
  );
  const c = results.correct;
  print(
    `- the same first 8 results (ids and order) as the in-memory SearchIndex over the same part: ${c.sameTop} of ${c.keystrokes} keystrokes${c.differTop.length ? ` (differ: ${c.differTop.map((d) => `"${d.typed}" (${d.lang})`).join(', ')})` : ''}; the same count on ${c.keystrokes - c.fewer.length}; fewer matches, all of them in-memory matches too (${c.fewer.reduce((s, d) => s + d.extra, 0)} not), on ${c.fewer.map((d) => `"${d.typed}" (${d.lang}) ${d.count.join(' vs ')}`).join(', ') || 'none'}.`,
  );
  return lines.join('\n');
}

/**
 * Section 6 of `npm run bench`, the server's part: an article body through `renderFeed` (jsdom,
 * DOMPurify, the widget's script, the re-parse check, Lit SSR) at 1× and 10× in Node, the
 * growth goal as for the browser paths (10× input ≤ 12× time). Each call is also the longest
 * time the render holds Node's event loop (renderFeed is synchronous): goal ≤ 2 s. Bodies over
 * the server's limits (packages/server/src/body-limits.ts) are left to the browser: their rows time
 * that decision. The server is built from source into node_modules/.cache/mlo-bench-server.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SHAPES = {
  'sibling `<b>`': (n) => '<b>x</b>'.repeat(n),
  'links in paragraphs': (n) =>
    '<p><a href="https://x.example/v?id=1">Vesti</a> iz Beograda</p>'.repeat(Math.ceil(n / 2)),
  'Serbian prose': (n) => '<p>NATO kancelarija u Beogradu.</p>'.repeat(n),
  'nested, closed': (n) => '<div><p><b><i>x</i></b></p></div>'.repeat(Math.ceil(n / 4)),
  'unclosed `<b>` in a `<div>`, then paragraphs': (n) =>
    `<div>${'<b title=x>'.repeat(200)}</div>${'<p>x</p>'.repeat(n)}`,
  'nested `<b>`': (n) => '<b>'.repeat(n),
};

export async function serverGrowth({ root, runs, smoke, print, log }) {
  const outdir = join(root, 'node_modules/.cache/mlo-bench-server');
  execFileSync(process.execPath, ['scripts/build-server.mjs', '--outdir', outdir], { cwd: root });
  const { renderFeed } = await import(pathToFileURL(join(outdir, 'index.js')).href);
  const feed = (body) => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench',
    language: 'sr-Latn',
    items: [{ id: 'a', title: 'Vesti', content_html: body }],
  });
  // 500 and 5,000 elements: 10× is the server's limit (packages/server/src/body-limits.ts). Then 8,000
  // sibling <b>s (64 kB: 13.5 s before #23), 32,000, deep nesting and a 5 MB feed, over them.
  const sizes = smoke ? [100, 1_000] : [500, 5_000];
  const time = (body, element = 'mlo-article', whole = feed(body)) => {
    let left = false;
    const render = () =>
      renderFeed(whole, { element, lang: 'sr-Cyrl', onNote: () => (left = true) });
    render(); // warm up
    const samples = [];
    for (let i = 0; i < Math.max(runs, 1); i++) {
      const t0 = performance.now();
      render();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return { ms: samples[samples.length >> 1], left };
  };
  const rows = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    log(`growth: server, ${shape}`);
    const [small, large] = sizes.map((n) => time(make(n)));
    rows.push({ shape, small, large, ratio: large.ms / Math.max(small.ms, 1e-3) });
  }
  // A 5 MB feed (the command's default --max-bytes): five bodies of 999 kB of sibling <b>s
  // (the reader drops a body over 1 MB), as an article (one body) and as a search (all inline).
  const big = '<b>x</b>'.repeat(124_900);
  const fiveMb = {
    ...feed(big),
    items: Array.from({ length: 5 }, (_, i) => ({
      id: `i${i}`,
      title: 'Vesti',
      content_html: big,
    })),
  };
  const over = smoke
    ? []
    : [
        ['8,000 sibling `<b>` (64 kB)', () => time('<b>x</b>'.repeat(8_000))],
        ['32,000 sibling `<b>` (256 kB)', () => time('<b>x</b>'.repeat(32_000))],
        ['5,000 nested `<b>`', () => time('<b>'.repeat(5_000))],
        ['100,000 nested `<b>` (300 kB)', () => time('<b>'.repeat(100_000))],
        ['5 MB feed, mlo-article', () => time('', 'mlo-article', fiveMb)],
        ['5 MB feed, mlo-search', () => time('', 'mlo-search', fiveMb)],
      ].map(([name, run]) => ({ name, ...run() }));

  print(
    `### Server: an article body through \`renderFeed\` in Node, ${sizes[0]} and ${sizes[1]} elements`,
  );
  print();
  print(
    `Median of ${runs} run(s), ms per render, \`mlo-article\` in sr-Cyrl (transliterated). Goal: 10× costs ≤ 12× the time, and no render over 2,000 ms (the event loop is held for the whole render). "client" = left to the browser's sanitizer (over the server's limits).`,
  );
  print();
  print('| shape | 1× ms | 10× ms | 10×/1× | goal |');
  print('|---|---|---|---|---|');
  const fmt = (r) => `${r.ms.toFixed(0)}${r.left ? ' (client)' : ''}`;
  let missed = 0;
  for (const r of rows) {
    const ok = (r.ratio <= 12 || r.large.left) && r.large.ms <= 2000;
    if (!ok) missed++;
    print(
      `| ${r.shape} | ${fmt(r.small)} | ${fmt(r.large)} | ${r.ratio.toFixed(1)} | ${ok ? 'met' : 'NOT MET'} |`,
    );
  }
  for (const r of over) {
    const ok = r.ms <= 2000;
    if (!ok) missed++;
    print(`| ${r.name} | | ${fmt(r)} | | ${ok ? 'met' : 'NOT MET'} |`);
  }
  print();
  print(missed ? `${missed} server row(s) miss the goal.` : 'Every server row meets the goal.');
  print();
  return { sizes, rows, over };
}

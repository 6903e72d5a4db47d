/**
 * Section 6 of `npm run bench`: growth. Every text path that feed data reaches, timed on hostile
 * strings of two sizes, 1× and 10×: runs of spaces, letters, `&`, `@`, `://`, dots, quote marks
 * (the shapes of the attack strings that froze pages, #12), and Serbian prose in either script
 * (the Cyrillic one is what transliteration to Latin and folding have work on, #31). A linear path takes about 10× as long
 * on 10× the input; the goal is a ratio ≤ 12 for every path and shape, and nothing over 100 ms at
 * 1 MB. A plain pass over the same string is timed beside them as the baseline. Medians of the
 * runs, Chromium, no throttling. Figures are not assertions.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { serverGrowth } from './server-growth.mjs';

const SHAPES = {
  spaces: (n) => `“${' '.repeat(n - 2)}a`,
  letters: (n) => 'a'.repeat(n),
  'letters and dots': (n) => 'a.i'.repeat(Math.ceil(n / 3)).slice(0, n),
  ampersands: (n) => '&'.repeat(n),
  'at signs': (n) => '%-'.repeat(Math.ceil(n / 2)).slice(0, n - 1) + '@',
  'scheme-like': (n) => 'a://'.repeat(Math.ceil(n / 4)).slice(0, n),
  'Serbian prose': (n) =>
    'Vojna kancelarija za vezu NATO u Beogradu, džemper i ljiljan. '
      .repeat(Math.ceil(n / 62))
      .slice(0, n),
  'Serbian Cyrillic prose': (n) =>
    'Војна канцеларија за везу НАТО у Београду, џемпер и љиљан. '
      .repeat(Math.ceil(n / 62))
      .slice(0, n),
};

export async function growthBench({ browser, root, runs, smoke, print, log }) {
  const bundle = await build({
    entryPoints: [join(root, 'bench/growth-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
  });
  const script = bundle.outputFiles[0].text;
  const small = smoke ? 1_000 : 100_000;
  const sizes = [small, small * 10];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: script });
  const names = await page.evaluate(() => Object.keys(globalThis.mloGrowth));
  const rows = [];
  for (const name of names) {
    for (const [shape, make] of Object.entries(SHAPES)) {
      log(`growth: ${name}, ${shape}`);
      const times = [];
      for (const size of sizes) {
        times.push(
          await page.evaluate(
            async ({ name, source, size, runs }) => {
              const text = new Function('n', `return (${source})(n)`)(size);
              const run = globalThis.mloGrowth[name];
              // Each sample repeats the call until 20 ms have passed, so the timer's granularity
              // (0.1 ms and coarser in some browsers) does not decide a ratio; the figure is per call.
              const samples = [];
              await run(text); // warm up
              for (let i = 0; i < runs; i++) {
                let calls = 0;
                const t0 = performance.now();
                do {
                  await run(text);
                  calls++;
                } while (performance.now() - t0 < 20);
                samples.push((performance.now() - t0) / calls);
              }
              samples.sort((a, b) => a - b);
              return samples[samples.length >> 1];
            },
            { name, source: make.toString(), size, runs },
          ),
        );
      }
      rows.push({
        path: name,
        shape,
        small: times[0],
        large: times[1],
        ratio: times[1] / Math.max(times[0], 1e-4),
      });
    }
  }
  await context.close();

  const base = new Map(rows.filter((r) => r.path === 'baseline').map((r) => [r.shape, r.large]));
  print(
    `## 6. Growth: every text path at ${sizes[0] / 1000} kB and ${sizes[1] / 1000} kB of hostile text`,
  );
  print();
  print(
    `Median of ${runs} run(s), ms per call (each run repeats the call for at least 20 ms). Goal: 10× input costs ≤ 12× the time, and ≤ 100 ms at 1 MB. "vs baseline" is the large time over a plain pass on the same string.`,
  );
  print();
  print('| path | shape | 1× ms | 10× ms | 10×/1× | vs baseline | goal |');
  print('|---|---|---|---|---|---|---|');
  const fmt = (x) => (x < 0.1 ? x.toFixed(4) : x < 10 ? x.toFixed(2) : x.toFixed(0));
  let missed = 0;
  for (const r of rows) {
    const ok = r.ratio <= 12 && (smoke || r.large <= 100);
    if (!ok) missed++;
    print(
      `| ${r.path} | ${r.shape} | ${fmt(r.small)} | ${fmt(r.large)} | ${r.ratio.toFixed(1)} | ${(r.large / Math.max(base.get(r.shape), 0.01)).toFixed(0)}× | ${ok ? 'met' : 'NOT MET'} |`,
    );
  }
  print();
  print(missed ? `${missed} row(s) miss the growth goal.` : 'Every path meets the growth goal.');
  print();
  const server = await serverGrowth({ root, runs, smoke, print, log });
  return { sizes, rows, server };
}

/**
 * Section 4 of `npm run bench`: why src/i18n/dates.ts writes dates by hand instead of with
 * `Intl.DateTimeFormat`. In a fresh page (a new browser context each run) at 4× CPU throttling:
 * the time of the first long date through `Intl` (which loads the engine's locale data) against
 * the first through our `formatDate`, then 1,000 more through each (steady state).
 */
import { build } from 'esbuild';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) =>
  `${median(xs).toFixed(1)} [${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}]`;

export async function datesBench({ browser, root, runs, print, log }) {
  const bundle = await build({
    stdin: {
      contents: `import { formatDate } from './src/i18n/dates.ts'; globalThis.mloFormatDate = formatDate;`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0].text;
  const rows = [];
  for (const [lang, locale] of [
    ['en', 'en-GB'],
    ['sr-Latn', 'sr-Latn-RS'],
  ]) {
    const r = { intlFirst: [], oursFirst: [], intlSteady: [], oursSteady: [] };
    for (let run = 0; run < runs; run++) {
      for (const which of ['intl', 'ours']) {
        log(`dates: ${lang}, ${which}, run ${run + 1}/${runs}`);
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await page.goto('about:blank');
        await page.addScriptTag({ content: script });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const t = await page.evaluate(
          ({ which, lang, locale }) => {
            const iso = (i) =>
              `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
            const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
            let cached;
            const format =
              which === 'intl'
                ? (i) =>
                    (cached ??= new Intl.DateTimeFormat(locale, options)).format(
                      new Date(`${iso(i)}T00:00:00Z`),
                    )
                : (i) => globalThis.mloFormatDate(iso(i), lang);
            const t0 = performance.now();
            format(0);
            const first = performance.now() - t0;
            const t1 = performance.now();
            for (let i = 1; i <= 1000; i++) format(i);
            return { first, steady: performance.now() - t1 };
          },
          { which, lang, locale },
        );
        r[`${which}First`].push(t.first);
        r[`${which}Steady`].push(t.steady);
        await context.close();
      }
    }
    rows.push({ lang, locale, ...r });
  }
  print('## 4. Dates: `Intl.DateTimeFormat` against our formatter');
  print();
  print(
    `A fresh page per run at 4× CPU throttling (CDP): the first long date ("17 July 2019"), then 1,000 more, through one cached \`new Intl.DateTimeFormat(locale, …)\` (what the library did before) and through \`formatDate\` (src/i18n/dates.ts). Median [min–max] of ${runs} run(s), ms.`,
  );
  print();
  print(
    '| language | Intl: first date | ours: first date | first: Intl ÷ ours | Intl: 1,000 more | ours: 1,000 more |',
  );
  print('|---|---|---|---|---|---|');
  for (const row of rows) {
    const ratio = median(row.intlFirst) / Math.max(median(row.oursFirst), 0.05);
    print(
      `| ${row.lang} (${row.locale}) | ${range(row.intlFirst)} | ${range(row.oursFirst)} | ${ratio.toFixed(0)}× | ${range(row.intlSteady)} | ${range(row.oursSteady)} |`,
    );
  }
  print();
  return rows;
}

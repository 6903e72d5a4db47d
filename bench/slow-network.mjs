/**
 * Section 3b of `npm run bench`: the partner page on a slow network (CDP
 * `Network.emulateNetworkConditions`: 150 ms round trip, 1.6 Mbps down, 750 kbps up; CPU
 * throttled 4×), script and feed served compressed (gzip -9: Chromium offers brotli only over
 * HTTPS), the feed from another origin as a newsroom's is. Time to the first item, median of the
 * runs, for: the feed alone (the floor), the code alone (the same page with the feed inline), the
 * build before per-element loading (built from git into a temp dir, `--baseline REF`), the new
 * build, and the new build with the README's `<link rel="preload">`. Goal (#15): the new build
 * within 1.2× of the larger of the feed alone and the code alone. Figures are not assertions.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** CPU throttling (CDP `Emulation.setCPUThrottlingRate`), as in the paint section. */
const CPU_RATE = 4;
const CONDITIONS = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

/**
 * dist/cdn of the build before per-element loading: `ref`, or the parent of the commit that
 * added the loader (src/loader/autoload.ts), archived from git and built in a temp dir (kept
 * there for the next run). Returns undefined (and says why) when it cannot be built.
 */
export function baselineCdn(root, ref, log) {
  try {
    const git = (args) => execSync(`git ${args}`, { cwd: root, encoding: 'utf8' }).trim();
    const added = git('log --diff-filter=A --format=%H -- src/loader/autoload.ts')
      .split('\n')
      .at(-1);
    const sha = git(`rev-parse ${ref ?? (added ? `${added}^` : 'HEAD')}`);
    const dir = join(tmpdir(), `mlo-bench-baseline-${sha.slice(0, 12)}`);
    const cdn = join(dir, 'dist/cdn');
    if (!existsSync(join(cdn, 'mlo-newsroom.js'))) {
      log(`slow network: building the baseline ${sha.slice(0, 12)} in ${dir}`);
      mkdirSync(dir, { recursive: true });
      execSync(`git archive ${sha} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root });
      if (!existsSync(join(dir, 'node_modules')))
        symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      execSync('npm run build:cdn', { cwd: dir, stdio: 'ignore' });
    }
    return { cdn, sha };
  } catch (error) {
    log(`slow network: no baseline build (${String(error.message).split('\n')[0]})`);
    return undefined;
  }
}

export async function slowNetworkBench({
  browser,
  origin,
  feedOrigin,
  runs,
  print,
  log,
  stats,
  baseline,
}) {
  const feed = `${feedOrigin}/feed.json`;
  const q = (params) => `${origin}/partner.html?${new URLSearchParams(params)}`;
  const variants = [
    ['the feed alone (floor)', q({ widget: 0, feedOnly: 1, feed })],
    ['the code alone (new build, feed inline)', q({ inline: 1 })],
    ...(baseline
      ? [
          ['the code alone (previous build, feed inline)', q({ inline: 1, build: 'old' })],
          [`previous build (${baseline.sha.slice(0, 8)}, one entry)`, q({ build: 'old', feed })],
        ]
      : []),
    ['new build (loader + chunks, feed prefetched)', q({ feed })],
    ['new build + <link rel="preload"> in the head', q({ feed, preload: 1 })],
    // #31: a bare Lit widget (bench/pages/lit-floor.ts) in the list's place, the same feed.
    ['the Lit floor (one module, fetch, five items)', q({ widget: 'floor', feed })],
  ];
  const samples = new Map(variants.map(([name]) => [name, { ms: [], feedRequests: [] }]));
  for (let i = 0; i < runs; i++) {
    // Interleaved, in a different order each run, so drift on a shared machine hits all alike.
    const order = i % 2 ? [...variants].reverse() : variants;
    for (const [name, url] of order) {
      log(`slow network: ${name}, run ${i + 1}/${runs}`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', CONDITIONS);
      // A phone-class CPU, as the paint section's main-thread figures (#31).
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
      const before = stats.feedRequests;
      await page.goto(url, { waitUntil: 'commit' });
      const ms = await page
        .waitForFunction(() => window.__firstItem, null, { timeout: 60_000 })
        .then((h) => h.jsonValue())
        .catch(() => NaN);
      samples.get(name).ms.push(ms);
      samples.get(name).feedRequests.push(stats.feedRequests - before);
      await context.close();
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const rows = variants.map(([name]) => {
    const { ms, feedRequests } = samples.get(name);
    return {
      name,
      median: median(ms),
      min: Math.min(...ms),
      max: Math.max(...ms),
      feedRequests: Math.max(...feedRequests),
    };
  });
  const by = (prefix) => rows.find((r) => r.name.startsWith(prefix));
  const floor = Math.max(by('the feed alone').median, by('the code alone (new').median);
  const ours = by('new build (').median;
  const litFloor = by('the Lit floor').median;
  print('## 3b. Slow network');
  print();
  print(
    `The partner page (as in section 3, one \`<mlo-news-list limit="5">\`, a 20-item feed from another origin) under Chrome's network emulation: ${CONDITIONS.latency} ms round trip, 1.6 Mbps down, 750 kbps up, cache off, CPU throttled ${CPU_RATE}× (CDP); script and feed sent gzip -9. Time from the page's first script to the first item in the shadow root (the feed alone: to the feed's last byte). Median [min–max] of ${runs} run(s), interleaved.`,
  );
  print();
  print('| page | first item ms | ÷ floor | feed requests |');
  print('|---|---|---|---|');
  for (const r of rows)
    print(
      `| ${r.name} | ${r.median.toFixed(0)} [${r.min.toFixed(0)}–${r.max.toFixed(0)}] | ${(r.median / floor).toFixed(2)}× | ${r.feedRequests} |`,
    );
  print();
  const ratio = ours / floor;
  print(
    `Goal: the new build within 1.2× of the larger of the feed alone and the code alone (${floor.toFixed(0)} ms): **${ratio <= 1.2 ? 'met' : 'not met'}** (${ratio.toFixed(2)}×).`,
  );
  const litRatio = ours / litFloor;
  print(
    `Goal (#31): first item within 1.3× of the Lit floor's first item (${litFloor.toFixed(0)} ms), same network, same run: **${litRatio <= 1.3 ? 'met' : 'not met'}** (${litRatio.toFixed(2)}×).`,
  );
  print();
  return {
    conditions: { ...CONDITIONS, cpuRate: CPU_RATE },
    rows,
    floorMs: floor,
    ratio,
    litFloorMs: litFloor,
    litRatio,
    baseline: baseline?.sha,
  };
}

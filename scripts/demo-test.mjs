#!/usr/bin/env node
/**
 * `npm run test:demo`: the quick start's demo, end to end. Starts the same Vite dev server as
 * `npm start` (vite.config.ts: demo/ with the built script tag at /cdn/) on a free port, opens
 * the demo pages in headless Chromium, Firefox (the hostile suite's puppeteer adapter,
 * scripts/hostile/firefox.mjs) and WebKit (its WebDriver adapter, scripts/hostile/webkit.mjs,
 * whose init scripts the server injects as the pages' first script); MLO_BROWSERS=chromium,
 * firefox,webkit (any of them) picks. It checks what a visitor would see:
 * - every widget reaches `ready`, with no page error and no console error or warning;
 * - nothing outside the sidebar shifts while the widgets load (`layout-shift` entries, which
 *   only Chromium reports: elsewhere the check is reported as skipped, and counted), with the
 *   partner stylesheet the demo links, though `<mlo-search>` arrives later as a lazy chunk; the
 *   sidebar's content-sized cards are measured and printed;
 * - the outline (headings in the flat tree, widgets' own included) starts at h1 and skips no level;
 * - the search finds "nato", the language switch turns the widgets Cyrillic;
 * - the article page shows the item named in its address, with its sanitized body;
 * - the server-rendered page (scripts/ssr/demo-page.mjs, `mlo-newsroom render` output): every
 *   widget upgrades with no feed request and, in Chromium, no layout shift at all.
 * Needs dist/cdn (`npm run build`, or `npm start` once); builds it when missing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { collectProblems, findBrowsers } from './browsers.mjs';
import { launchFirefox } from './hostile/firefox.mjs';
import { launchWebKit } from './hostile/webkit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where room is reserved nothing may move (the Web Vitals "good" line is 0.1; this is ~none). */
const MAX_CLS = 0.001;

if (
  !existsSync(`${root}dist/cdn/mlo-newsroom.js`) ||
  !existsSync(`${root}dist/cdn/mlo-newsroom.css`)
) {
  execSync('npm run build:cdn', { cwd: root, stdio: 'inherit' });
}
execSync('node scripts/ssr/demo-page.mjs', { cwd: root, stdio: 'inherit' });

/** The WebKit adapter's init scripts (classic WebDriver has none): the first script of every page. */
let initScript = '';
const INIT_PATH = '/__mlo-test-init.js';
const initScriptPlugin = {
  name: 'mlo-test-init-script',
  transformIndexHtml: () => [
    { tag: 'script', attrs: { src: INIT_PATH }, injectTo: 'head-prepend' },
  ],
  configureServer(server) {
    server.middlewares.use(INIT_PATH, (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
      res.end(initScript);
    });
  },
};
const server = await createServer({
  configFile: `${root}vite.config.ts`,
  server: { port: 0, strictPort: false },
  logLevel: 'error',
  plugins: [initScriptPlugin],
});
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const paths = findBrowsers();
const only = process.env.MLO_BROWSERS?.split(',').map((b) => b.trim());
const wanted = ['chromium', 'firefox', 'webkit'].filter((name) => !only || only.includes(name));

const failures = [];
const skipped = [];
/** A check this engine cannot make, with a one-line reason; counted at the end. */
const skip = (what, why) => {
  console.log(`  skip [${browserName}] ${what}: ${why}`);
  skipped.push(`[${browserName}] ${what}`);
};
let browserName = '';
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} [${browserName}] ${what}`);
  if (!ok) failures.push(`[${browserName}] ${what}`);
};

/** Layout shift, split by where it happened: the sidebar (<aside>) and the rest of the page. */
const CLS_OBSERVER = `window.__cls = { aside: 0, rest: 0, measured: false };
if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  window.__cls.measured = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const inAside = entry.sources.some((source) => source.node?.parentElement?.closest?.('aside'));
      window.__cls[inAside ? 'aside' : 'rest'] += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}`;

/**
 * The page's headings in the order a screen reader walks them (the flat tree: shadow roots and
 * slotted children in place), as [level, text]; hidden ones left out.
 */
function outline() {
  const found = [];
  const walk = (node) => {
    for (const child of node.localName === 'slot'
      ? node.assignedElements({ flatten: true })
      : [...(node.shadowRoot ?? node).children]) {
      // display: contents (the widgets' language root) has no box, so no "visibility" of its own.
      const shown = getComputedStyle(child).display === 'contents' || child.checkVisibility();
      if (child.closest('[hidden], [aria-hidden="true"]') || !shown) continue;
      const tag = /^h([1-6])$/.exec(child.localName);
      const role = child.getAttribute('role') === 'heading';
      if (tag || role)
        found.push([
          Number(role ? child.getAttribute('aria-level') : tag[1]),
          child.textContent.trim().slice(0, 40),
        ]);
      else walk(child);
    }
  };
  walk(document.body);
  return found;
}

/** Where a heading goes more than one level deeper than the one before it (WCAG 1.3.1). */
const skips = (headings) =>
  headings
    .map(([level, text], i) =>
      i && level > headings[i - 1][0] + 1 ? `h${headings[i - 1][0]} → h${level} "${text}"` : '',
    )
    .filter(Boolean);

async function open(browser, path, setUp = () => {}) {
  const context = await browser.newContext();
  setUp(context);
  await context.addInitScript({ content: CLS_OBSERVER });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) =>
        el.localName.startsWith('mlo-'),
      );
      return widgets.length > 0 && widgets.every((el) => el.getAttribute('state') === 'ready');
    },
    null,
    { timeout: 15_000 },
  );
  // Images and the lazy chunks settle; a late shift would show here.
  await page.waitForTimeout(500);
  return { page, problems, context };
}

async function run(browser) {
  const { page, problems, context } = await open(browser, '/');
  const widgets = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('mlo-'))
      .map((el) => el.localName),
  );
  check(
    [
      'mlo-search',
      'mlo-news-list',
      'mlo-quote',
      'mlo-visit-card',
      'mlo-contact-card',
      'mlo-article',
    ].every((tag) => widgets.includes(tag)),
    `demo: all six widgets ready (${widgets.length} on the page)`,
  );
  const cls = await page.evaluate(() => window.__cls);
  if (cls.measured) {
    check(
      cls.rest <= MAX_CLS,
      `demo: layout shift outside the sidebar ${cls.rest.toFixed(4)} ≤ ${MAX_CLS} (search, news lists, article: room reserved)`,
    );
    // The sidebar's quote, visit and contact cards take the height of their content, which nobody
    // knows before the feed arrives (README "No layout shift"); measured and shown, not asserted.
    console.log(
      `  info [${browserName}] sidebar layout shift ${cls.aside.toFixed(4)} (content-sized widgets; not asserted)`,
    );
  } else {
    skip(
      'demo: layout shift outside the sidebar',
      "this engine reports no 'layout-shift' performance entries",
    );
  }

  const headings = await page.evaluate(outline);
  check(
    headings[0]?.[0] === 1 && headings.length > 8 && skips(headings).length === 0,
    `demo: the outline starts at h1 and skips no level (${headings.length} headings${skips(headings).length ? `; ${skips(headings).join('; ')}` : ''})`,
  );

  await page.locator('mlo-search input').first().fill('nato');
  const found = await page
    .locator('mlo-search [role="option"]')
    .first()
    .waitFor({ timeout: 5000 })
    .then(
      () => true,
      () => false,
    );
  check(found, 'demo: the search lists results for "nato"');

  await page.evaluate(() => document.querySelector('.lang-switch [data-lang="sr-Cyrl"]').click());
  const cyrillic = await page
    .waitForFunction(
      () =>
        /[\u0400-\u04ff]/.test(
          document.querySelector('mlo-news-list')?.shadowRoot?.textContent ?? '',
        ),
      null,
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );
  check(cyrillic, 'demo: the language switch turns the news list Cyrillic');
  check(
    problems.length === 0,
    `demo: no page errors or console warnings${problems.length ? `: ${problems.slice(0, 4).join(' | ')}` : ''}`,
  );
  await context.close();

  const article = await open(browser, '/article.html?item=nac-statement-2019-11-20');
  const body = await article.page.evaluate(() => {
    const root = document.querySelector('mlo-article')?.shadowRoot;
    return {
      title: root?.querySelector('h1')?.textContent?.trim() ?? '',
      paragraphs: root?.querySelectorAll('[part~="body"] p').length ?? 0,
    };
  });
  check(
    /North Atlantic Council/i.test(body.title) && body.paragraphs > 1,
    `article page: "${body.title.slice(0, 60)}" with ${body.paragraphs} paragraphs`,
  );
  check(
    article.problems.length === 0,
    `article page: no page errors or console warnings${article.problems.length ? `: ${article.problems.slice(0, 4).join(' | ')}` : ''}`,
  );
  await article.context.close();

  // The same partner page made by `mlo-newsroom render` (scripts/ssr/demo-page.mjs): every widget
  // upgrades in place from its inline data, no feed request, and nothing moves, sidebar included.
  const feedRequests = [];
  const ssr = await open(browser, '/server-rendered.html', (context) =>
    context.on('request', (request) => {
      if (request.url().endsWith('.json')) feedRequests.push(request.url());
    }),
  );
  const count = await ssr.page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('mlo-')).length,
  );
  check(count === 6, `server-rendered page: all six widgets ready (${count})`);
  check(
    feedRequests.length === 0,
    `server-rendered page: no feed request (${feedRequests.join(', ')})`,
  );
  const ssrHeadings = await ssr.page.evaluate(outline);
  check(
    ssrHeadings[0]?.[0] === 1 && ssrHeadings.length > 5 && skips(ssrHeadings).length === 0,
    `server-rendered page: the outline starts at h1 and skips no level (${ssrHeadings.length} headings${skips(ssrHeadings).length ? `; ${skips(ssrHeadings).join('; ')}` : ''})`,
  );
  const ssrCls = await ssr.page.evaluate(() => window.__cls);
  if (ssrCls.measured) {
    check(
      ssrCls.rest + ssrCls.aside === 0,
      `server-rendered page: layout shift ${(ssrCls.rest + ssrCls.aside).toFixed(4)} = 0, sidebar included`,
    );
  } else {
    skip(
      'server-rendered page: layout shift',
      "this engine reports no 'layout-shift' performance entries",
    );
  }
  check(
    ssr.problems.length === 0,
    `server-rendered page: no page errors or console warnings${ssr.problems.length ? `: ${ssr.problems.slice(0, 4).join(' | ')}` : ''}`,
  );
  await ssr.context.close();
}

try {
  for (const name of wanted) {
    browserName = name;
    const path = paths[name];
    if (!path) {
      const [pkg, env] = {
        chromium: ['chromium', 'CHROME_PATH'],
        firefox: ['firefox-esr', 'FIREFOX_PATH'],
        webkit: ['webkit2gtk-driver xvfb', 'WEBKIT_WEBDRIVER_PATH'],
      }[name];
      throw new Error(
        `No ${name} found: install it (Debian: apt-get install ${pkg}) or set ${env}.`,
      );
    }
    const browser =
      name === 'chromium'
        ? await chromium.launch({
            executablePath: path,
            headless: true,
            args: ['--no-sandbox', '--disable-gpu'],
          })
        : name === 'firefox'
          ? await launchFirefox(path)
          : await launchWebKit({ setInitScript: (source) => (initScript = source) });
    try {
      await run(browser);
    } finally {
      await browser.close();
      initScript = '';
    }
  }
} finally {
  await server.close();
}

const skippedNote = skipped.length ? ` (${skipped.length} skipped: ${skipped.join('; ')})` : '';
if (failures.length) {
  console.error(`\ntest:demo: ${failures.length} failed${skippedNote}`);
  process.exit(1);
}
console.log(`\ntest:demo: all passed${skippedNote}`);

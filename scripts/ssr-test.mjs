#!/usr/bin/env node
/**
 * `npm run test:ssr`: what `mlo-newsroom render` gives a partner's page, in real Chromium and
 * Firefox, served by a local HTTP server:
 * - scripts off (a page without the widgets' script): every element in every language shows its
 *   content from the declarative shadow DOM, with no error;
 * - scripts on (the script tag arrives after the first paint): every element takes over in place
 *   (`state="ready"`) with no request for the feed and no layout shift: Chromium's
 *   `layout-shift` entries sum to 0 (CLS 0.000, printed per language); in Firefox, which has no
 *   such entries, every element's box and every box inside it is where it was;
 * - scripts off, a news list's filter bar keeps its room, hidden, until the script runs;
 * - scripts off, `<mlo-search action>` is a form that sends `q` to the partner's search page,
 *   and a search without `action` is out of reach (hidden, keeping its room) until it can work;
 * - the XSS corpus through the server path: each payload in every field of a server-rendered
 *   article and list, opened with scripts on and off: nothing runs.
 * MLO_BROWSERS=chromium,firefox picks. Needs dist/cdn (built when missing).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, collectProblems, findBrowsers } from './browsers.mjs';
import { launchFirefox } from './hostile/firefox.mjs';
import { ELEMENT_NAMES, LANGS, OPTIONS, demoFeed, serverApi } from './ssr/fragments.mjs';
import { hostileFeed, TRIPWIRE } from './ssr/hostile.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/cdn/mlo-newsroom.js`))
  execSync('npm run build:cdn', { cwd: root, stdio: 'inherit' });
const { renderFeed } = await serverApi();

/** The script tag is held back this long, so the server's HTML is painted before the upgrade. */
const SCRIPT_DELAY_MS = 400;
const feedRequests = [];
const pages = new Map();

const feed = demoFeed();
for (const lang of LANGS) {
  const fragments = ELEMENT_NAMES.map(
    (element) =>
      `<section><h2>${element}</h2>\n${renderFeed(feed, { element, lang, baseUrl: '/data/newsroom.json', ...OPTIONS[element] })}</section>`,
  ).join('\n');
  pages.set(`/off-${lang}.html`, page(fragments, false));
  pages.set(`/on-${lang}.html`, page(fragments, true));
}
// A search with the partner's search page (Serbian Cyrillic), and one without.
pages.set(
  '/search-off.html',
  page(
    ['sr-Cyrl', 'en']
      .map((lang, i) =>
        renderFeed(feed, {
          element: 'mlo-search',
          lang,
          attributes: i === 0 ? { action: '/find' } : {},
        }),
      )
      .join('\n'),
    false,
  ),
);
/** Requests for the partner's search page, with their query. */
const searches = [];
const hostile = hostileFeed();
const hostileHtml = [
  renderFeed(hostile, { element: 'mlo-news-list', limit: 50 }),
  ...hostile.items.map((item) =>
    renderFeed(hostile, { element: 'mlo-article', item: item.id, jsonLd: true }),
  ),
  renderFeed(hostile, { element: 'mlo-contact-card' }),
].join('\n');
pages.set('/xss-off.html', page(hostileHtml, false, TRIPWIRE));
pages.set('/xss-on.html', page(hostileHtml, true, TRIPWIRE));

function page(body, script, head = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title>${head}
<style>body{margin:0 auto;max-width:60rem;font:16px/1.5 system-ui,sans-serif}section{margin:1rem}</style>
${script ? `<script>window.__cls=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.__cls+=e.value}).observe({type:'layout-shift',buffered:true});</script>` : ''}
</head><body>
${body}
${script ? '<script type="module" src="/cdn/mlo-newsroom.js"></script>' : ''}
</body></html>`;
}

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.html': 'text/html; charset=utf-8',
};
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/find') {
    searches.push(new URL(req.url, 'http://x').search);
    res.writeHead(200, { 'Content-Type': TYPES['.html'] });
    return res.end('<!doctype html><title>Results</title>');
  }
  if (pages.has(path)) {
    res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
    return res.end(pages.get(path));
  }
  if (path.endsWith('.json')) feedRequests.push(path);
  const base = path.startsWith('/cdn/') ? `${root}dist/cdn` : `${root}demo/data`;
  const file = resolve(base, `.${path.replace(/^\/(cdn|data)\//, '/')}`);
  if (!file.startsWith(base) || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  if (path === '/cdn/mlo-newsroom.js') await new Promise((r) => setTimeout(r, SCRIPT_DELAY_MS));
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const failures = [];
let browserName = '';
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} [${browserName}] ${what}`);
  if (!ok) failures.push(`[${browserName}] ${what}`);
};

/** In the page: each element's box and the boxes of everything in its shadow root. */
const boxes = () =>
  [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('mlo-'))
    .map((el) => {
      const r = (node) => {
        const b = node.getBoundingClientRect();
        return [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 10) / 10).join(',');
      };
      const inner = [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
        .filter((n) => !['STYLE', 'SLOT'].includes(n.tagName) && !n.closest('.visually-hidden'))
        .map(r);
      return { tag: el.localName, state: el.getAttribute('state'), host: r(el), inner };
    });

async function open(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(`${origin}${path}`);
  return { context, page, problems };
}

const upgraded = () =>
  [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('mlo-'))
    .every((el) => customElements.get(el.localName) && el.getAttribute('state') === 'ready');

async function run(name, browser) {
  browserName = name;
  for (const lang of LANGS) {
    // Scripts off: the declarative shadow DOM alone.
    const off = await open(browser, `/off-${lang}.html`);
    const seen = await off.page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('mlo-'))
        .map((el) => ({
          tag: el.localName,
          shadow: !!el.shadowRoot,
          // Visible text: the shadow root's text without its <style>.
          text: [...(el.shadowRoot?.querySelectorAll(':not(style)') ?? [])]
            .flatMap((n) => [...n.childNodes].filter((c) => c.nodeType === 3))
            .map((t) => t.data)
            .join('')
            .replace(/\s+/g, ' ')
            .trim().length,
          height: el.getBoundingClientRect().height,
          defined: !!customElements.get(el.localName),
        })),
    );
    check(seen.length === ELEMENT_NAMES.length, `${lang} scripts off: ${seen.length} elements`);
    for (const el of seen)
      check(
        el.shadow && el.text > 0 && el.height > 20 && !el.defined,
        `${lang} scripts off: <${el.tag}> shows its content (${el.text} characters, ${Math.round(el.height)} px high)`,
      );
    // The news list's filter bar (#30) cannot filter before the script: hidden, in its room.
    const bar = await off.page.evaluate(() => {
      const el = document.querySelector('mlo-news-list').shadowRoot.querySelector('.filters');
      return { hidden: getComputedStyle(el).visibility === 'hidden', height: el.offsetHeight };
    });
    check(
      bar.hidden && bar.height > 40,
      `${lang} scripts off: the filter bar is out of reach, in its room (${bar.height} px)`,
    );
    check(off.problems.length === 0, `${lang} scripts off: no errors ${off.problems.join('; ')}`);
    await off.context.close();

    // Scripts on: the same HTML, then the script tag.
    feedRequests.length = 0;
    const on = await open(browser, `/on-${lang}.html`);
    const before = await on.page.evaluate(boxes);
    await on.page.waitForFunction(upgraded, undefined, { timeout: 15_000 });
    // The article's sanitizer chunk and the search chunk arrive later still.
    await on.page.waitForTimeout(1500);
    const after = await on.page.evaluate(boxes);
    const cls = await on.page.evaluate(() => window.__cls);
    check(
      feedRequests.length === 0,
      `${lang} scripts on: no feed request (${feedRequests.join(', ') || 'none'})`,
    );
    if (name === 'chromium')
      check(cls === 0, `${lang} scripts on: CLS ${Number(cls).toFixed(3)} (layout-shift entries)`);
    for (const [i, b] of before.entries()) {
      const a = after[i];
      check(
        a.state === 'ready' && a.host === b.host,
        `${lang} scripts on: <${b.tag}> upgraded in place (${b.host} -> ${a.host})`,
      );
      const moved = b.inner.filter((box, j) => box !== a.inner[j]).length;
      check(
        a.inner.length === b.inner.length && moved === 0,
        `${lang} scripts on: <${b.tag}> ${b.inner.length} inner boxes, ${a.inner.length} after, ${moved} moved`,
      );
    }
    const shown = await on.page.evaluate(() => {
      const el = document.querySelector('mlo-news-list').shadowRoot.querySelector('.filters');
      return getComputedStyle(el).visibility === 'visible';
    });
    check(shown, `${lang} scripts on: the filter bar is shown once the script runs`);
    check(on.problems.length === 0, `${lang} scripts on: no errors ${on.problems.join('; ')}`);
    await on.context.close();
  }

  // Scripts off: a search form that works, and a search that cannot is out of reach.
  const form = await open(browser, '/search-off.html');
  const found = await form.page.evaluate(() => {
    const [withAction, without] = [...document.querySelectorAll('mlo-search')].map(
      (el) => el.shadowRoot,
    );
    const f = withAction.querySelector('form[role="search"][method="get"]');
    const input = f?.querySelector('input[name="q"]');
    const submit = f?.querySelector('button[type="submit"]');
    const plain = without.querySelector('input');
    plain.focus();
    return {
      form: !!f && !!input && submit?.textContent.trim() === 'Претражите',
      reachable:
        without.activeElement === plain || plain.checkVisibility({ visibilityProperty: true }),
      hasRoom: plain.getBoundingClientRect().height > 20,
    };
  });
  check(
    found.form,
    'scripts off: <mlo-search action> is a search form with a named field and a Search button',
  );
  check(
    !found.reachable && found.hasRoom,
    'scripts off: <mlo-search> without action is out of reach, in its room',
  );
  searches.length = 0;
  await form.page.evaluate(() => {
    const f = document.querySelector('mlo-search').shadowRoot.querySelector('form');
    f.querySelector('input').value = 'нато';
    f.requestSubmit();
  });
  for (let i = 0; i < 50 && !searches.length; i++) await new Promise((r) => setTimeout(r, 100));
  check(
    searches[0] === `?q=${encodeURIComponent('нато')}`,
    `scripts off: the form sends q to the search page (${searches[0] ?? 'nothing'})`,
  );
  await form.context.close();

  for (const mode of ['off', 'on']) {
    const x = await open(browser, `/xss-${mode}.html`);
    if (mode === 'on') await x.page.waitForFunction(upgraded, undefined, { timeout: 30_000 });
    await x.page.waitForTimeout(1500);
    const hits = await x.page.evaluate(() => [
      ...window.__hits,
      ...(window.__xss === undefined ? [] : ['__xss set']),
    ]);
    const dangerous = await x.page.evaluate(() => {
      const found = [];
      const visit = (scope) => {
        for (const el of scope.querySelectorAll('*')) {
          if (el.shadowRoot && !el.localName.startsWith('mlo-')) visit(el.shadowRoot);
          if (
            ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'svg', 'math'].includes(el.tagName) &&
            !(el.tagName === 'SCRIPT' && /json/.test(el.type))
          )
            found.push(el.tagName);
          for (const { name, value } of el.attributes) {
            if (/^on/i.test(name)) found.push(`${el.tagName}[${name}]`);
            if (
              /^(href|src|action|formaction|xlink:href)$/i.test(name) &&
              /^\s*(javascript|vbscript|data:(?!image\/(png|jpeg|gif|webp|avif);base64,))/i.test(
                value,
              )
            )
              found.push(`${el.tagName}[${name}=${value.slice(0, 30)}]`);
          }
        }
      };
      // Inside the elements: their light DOM (the inline data) and their shadow roots.
      for (const host of document.querySelectorAll('*'))
        if (host.localName.startsWith('mlo-')) {
          visit(host);
          if (host.shadowRoot) visit(host.shadowRoot);
        }
      return found;
    });
    check(
      hits.length === 0,
      `XSS corpus, scripts ${mode}: nothing ran (${hits.slice(0, 3).join('; ')})`,
    );
    check(
      dangerous.length === 0,
      `XSS corpus, scripts ${mode}: nothing dangerous in the DOM (${dangerous.slice(0, 3).join('; ')})`,
    );
    await x.context.close();
  }
}

const paths = findBrowsers();
const only = process.env.MLO_BROWSERS?.split(',').map((b) => b.trim());
try {
  for (const name of ['chromium', 'firefox'].filter((n) => !only || only.includes(n))) {
    if (!paths[name]) {
      failures.push(`${name}: not found (apt-get install -y chromium firefox-esr)`);
      continue;
    }
    const browser =
      name === 'chromium'
        ? await chromium.launch({
            executablePath: paths[name],
            headless: true,
            args: [...CHROMIUM_ARGS],
          })
        : await launchFirefox(paths[name]);
    try {
      await run(name, browser);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nServer-rendered fragments: all checks passed.');

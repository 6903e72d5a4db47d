/**
 * `npm run test:ssr`: what `mlo-newsroom render` gives a partner's page, in Chromium and Firefox
 * (MLO_BROWSERS picks), served by a local HTTP server:
 * - scripts off (a page without the widgets' script): every element in every language shows its
 *   content from the declarative shadow DOM, with no error;
 * - scripts on (the script tag arrives after the first paint): every element takes over in place
 *   (`state="ready"`) with no request for the feed and no layout shift: Chromium's
 *   `layout-shift` entries sum to 0; in both, every element's box and every box inside it is
 *   where it was;
 * - scripts off, `<mlo-search action>` is a form that sends `q` to the partner's search page,
 *   and a search without `action` is out of reach (hidden, keeping its room) until it can work;
 * - the XSS corpus through the server path: each payload in every field of a server-rendered
 *   article and list, opened with scripts on and off: nothing runs.
 * Builds dist/cdn when it is missing.
 */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  ELEMENT_NAMES,
  LANGS,
  OPTIONS,
  demoFeed,
  serverApi,
} from '../../scripts/ssr/fragments.mjs';
import { hostileFeed, TRIPWIRE } from '../../scripts/ssr/hostile.mjs';
import { collectProblems, engines, launch } from './browsers.mjs';
import {
  CLS_OBSERVER,
  NO_LAYOUT_SHIFT,
  root,
  sendFile,
  serve,
  widgetsSettled,
} from './helpers.mjs';

/** The script tag is held back this long, so the server's HTML is painted before the upgrade. */
const SCRIPT_DELAY_MS = 400;
const feedRequests = [];
/** Requests for the partner's search page, with their query. */
const searches = [];
const pages = new Map();
let server;

function page(body, script, head = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title>${head}
<style>body{margin:0 auto;max-width:60rem;font:16px/1.5 system-ui,sans-serif}section{margin:1rem}</style>
${script ? `<script>${CLS_OBSERVER}</script>` : ''}
</head><body>
${body}
${script ? '<script type="module" src="/cdn/mlo-newsroom.js"></script>' : ''}
</body></html>`;
}

/** One statement in three versions (#30): "Also in" and Share must take over in place too. */
const translated = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Translations',
  items: [
    ['t-en', 'en', 'Statement on the exercise', 'https://example.org/en/s'],
    ['t-lat', 'sr-Latn', 'Izjava o vežbi', 'https://example.org/sr/s'],
    ['t-cyr', 'sr-Cyrl', 'Изјава о вежби', undefined],
  ].map(([id, language, title, url], i) => ({
    id,
    language,
    title,
    url,
    date_published: `2026-03-01T1${i}:00:00Z`,
    content_text: title,
    _mlo:
      i === 0
        ? {
            type: 'statement',
            translations: [
              { language: 'sr-Latn', id: 't-lat' },
              { language: 'sr-Cyrl', id: 't-cyr' },
              { language: 'de', url: 'https://example.de/s' },
            ],
          }
        : { type: 'statement' },
  })),
};

before(async () => {
  if (!existsSync(`${root}dist/cdn/mlo-newsroom.js`))
    execSync('npm run build:cdn', { cwd: root, stdio: 'inherit' });
  const { renderFeed } = await serverApi();
  const feed = demoFeed();
  for (const lang of LANGS) {
    const fragments = [
      ...ELEMENT_NAMES.map(
        (element) =>
          `<section><h2>${element}</h2>\n${renderFeed(feed, { element, lang, baseUrl: '/data/newsroom.json', ...OPTIONS[element] })}</section>`,
      ),
      `<section><h2>translations</h2>\n${renderFeed(translated, { element: 'mlo-article', lang, item: 't-en', jsonLd: true })}</section>`,
    ].join('\n');
    pages.set(`/off-${lang}.html`, page(fragments, false));
    pages.set(`/on-${lang}.html`, page(fragments, true));
  }
  // A search with the partner's search page (Serbian Cyrillic), and one without.
  const searchesHtml = ['sr-Cyrl', 'en'].map((lang, i) =>
    renderFeed(feed, {
      element: 'mlo-search',
      lang,
      attributes: i === 0 ? { action: '/find' } : {},
    }),
  );
  pages.set('/search-off.html', page(searchesHtml.join('\n'), false));
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

  server = await serve(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/find') {
      searches.push(url.search);
      return res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><title>Results</title>');
    }
    if (pages.has(url.pathname)) {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      return res.end(pages.get(url.pathname));
    }
    if (url.pathname.endsWith('.json')) feedRequests.push(url.pathname);
    if (url.pathname === '/cdn/mlo-newsroom.js')
      await new Promise((r) => setTimeout(r, SCRIPT_DELAY_MS));
    // The script-tag files under /cdn/, the sample newsroom's files (its images) elsewhere.
    const [dir, rest] = url.pathname.startsWith('/cdn/')
      ? [`${root}dist/cdn`, url.pathname.slice(4)]
      : [`${root}demo/data`, url.pathname.replace(/^\/data\//, '/')];
    if (!sendFile(res, dir, rest)) res.writeHead(404).end();
  });
});
after(() => server?.close());

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

/** In the page: what a payload would leave behind inside the elements. */
function dangerousNodes() {
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
          /^\s*(javascript|vbscript|data:(?!image\/(png|jpeg|gif|webp|avif);base64,))/i.test(value)
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
}

for (const engine of engines(['chromium', 'firefox'])) {
  describe(engine, () => {
    let browser;
    before(async () => (browser = await launch(engine)));
    after(() => browser?.close());
    async function open(path) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = collectProblems(page);
      await page.goto(`${server.origin}${path}`);
      return { context, page, problems };
    }

    for (const lang of LANGS) {
      describe(`${lang}, scripts off: the declarative shadow DOM alone`, () => {
        let off;
        let seen = [];
        before(async () => {
          off = await open(`/off-${lang}.html`);
          seen = await off.page.evaluate(() =>
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
        });
        after(() => off?.context.close());
        // Each element once, and the article with translations.
        it('has every element', () => assert.equal(seen.length, ELEMENT_NAMES.length + 1));
        for (const [i, tag] of ELEMENT_NAMES.entries())
          it(`<${tag}> shows its content`, () => {
            const el = seen[i];
            assert.equal(el?.tag, tag);
            assert.ok(
              el.shadow && el.text > 0 && el.height > 20 && !el.defined,
              JSON.stringify(el),
            );
          });
        // The news list's filter bar (#30) cannot filter before the script: hidden, in its room.
        it('keeps the filter bar out of reach, in its room', async () => {
          const bar = await off.page.evaluate(() => {
            const el = document.querySelector('mlo-news-list').shadowRoot.querySelector('.filters');
            return {
              hidden: getComputedStyle(el).visibility === 'hidden',
              height: el.offsetHeight,
            };
          });
          assert.ok(bar.hidden && bar.height > 40, JSON.stringify(bar));
        });
        it('logs no error', () => assert.deepEqual(off.problems, []));
      });

      describe(`${lang}, scripts on: the same HTML, then the script tag`, () => {
        let on;
        let before_ = [];
        let after_ = [];
        let cls;
        before(async () => {
          feedRequests.length = 0;
          on = await open(`/on-${lang}.html`);
          before_ = await on.page.evaluate(boxes);
          await on.page.waitForFunction(widgetsSettled, {}, { timeout: 15_000 });
          // The article's sanitizer chunk and the search chunk arrive later still.
          await on.page.waitForTimeout(1500);
          after_ = await on.page.evaluate(boxes);
          cls = await on.page.evaluate(() => window.__cls);
        });
        after(() => on?.context.close());
        it('requests no feed', () => assert.deepEqual(feedRequests, []));
        it('shifts no layout (layout-shift entries)', (t) => {
          if (!cls.measured) return t.skip(NO_LAYOUT_SHIFT);
          assert.equal(cls.rest + cls.aside, 0);
        });
        for (const [i, tag] of ELEMENT_NAMES.entries()) {
          it(`<${tag}> upgrades in place`, () => {
            assert.equal(before_[i]?.tag, tag);
            assert.equal(after_[i].state, 'ready');
            assert.equal(after_[i].host, before_[i].host);
          });
          it(`<${tag}> moves no box inside`, () => {
            assert.equal(after_[i].inner.length, before_[i].inner.length);
            const moved = before_[i].inner.filter((box, j) => box !== after_[i].inner[j]);
            assert.deepEqual(moved, []);
          });
        }
        it('shows the filter bar once the script runs', async () => {
          const shown = await on.page.evaluate(() => {
            const el = document.querySelector('mlo-news-list').shadowRoot.querySelector('.filters');
            return getComputedStyle(el).visibility === 'visible';
          });
          assert.ok(shown);
        });
        it('logs no error', () => assert.deepEqual(on.problems, []));
      });
    }

    describe('scripts off: <mlo-search>', () => {
      let form;
      let found;
      before(async () => {
        form = await open('/search-off.html');
        found = await form.page.evaluate(() => {
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
              without.activeElement === plain ||
              plain.checkVisibility({ visibilityProperty: true }),
            hasRoom: plain.getBoundingClientRect().height > 20,
          };
        });
      });
      after(() => form?.context.close());
      it('with action is a search form with a named field and a Search button', () =>
        assert.ok(found.form));
      it('without action is out of reach, in its room', () =>
        assert.ok(!found.reachable && found.hasRoom, JSON.stringify(found)));
      it('sends q to the search page', async () => {
        searches.length = 0;
        await form.page.evaluate(() => {
          const f = document.querySelector('mlo-search').shadowRoot.querySelector('form');
          f.querySelector('input').value = 'нато';
          f.requestSubmit();
        });
        for (let i = 0; i < 50 && !searches.length; i++)
          await new Promise((r) => setTimeout(r, 100));
        assert.equal(searches[0], `?q=${encodeURIComponent('нато')}`);
      });
    });

    for (const mode of ['off', 'on']) {
      describe(`the XSS corpus, scripts ${mode}`, () => {
        let x;
        let hits;
        let dangerous;
        before(async () => {
          x = await open(`/xss-${mode}.html`);
          if (mode === 'on') await x.page.waitForFunction(widgetsSettled, {}, { timeout: 30_000 });
          await x.page.waitForTimeout(1500);
          hits = await x.page.evaluate(() => [
            ...window.__hits,
            ...(window.__xss === undefined ? [] : ['__xss set']),
          ]);
          dangerous = await x.page.evaluate(dangerousNodes);
        });
        after(() => x?.context.close());
        it('runs nothing', () => assert.deepEqual(hits, []));
        it('leaves nothing dangerous in the DOM', () => assert.deepEqual(dangerous, []));
      });
    }
  });
}

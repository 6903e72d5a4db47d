/**
 * `npm run test:hostile`: the hostile-world checks that need real HTTP headers or a server of
 * their own, against the built script-tag files (dist/cdn/), in Chromium, Firefox and WebKit
 * (./browsers.mjs; MLO_BROWSERS picks). WebKit's init scripts are served as the first script of
 * every page (/js/init.js, empty for the others).
 * The in-page checks (XSS corpus, hostile host page, network faults through the test server) are
 * web-test-runner tests in tests/hostile/, run by `npm test` in Chromium and Firefox.
 *
 * Checks: (2) strict CSP + Trusted Types: module loader, classic loader and the one-file IIFE;
 * (3) coexistence (two copies, two URLs, module loader + classic loader, script tag + IIFE,
 * script tag + npm build, a page with its own LitElement); (5) faults that need our server: a
 * 1-byte/100 ms trickle, 100,000-deep JSON, 10,000 items over HTTP; (6) privacy; (7) per-element
 * loading: a news-list page fetches the news list's chunk and the shared chunk side by side and
 * nothing else, the feed while they load, <mlo-search> when one is added; (8) a host page whose
 * Object.prototype and Array.prototype carry enumerable junk aimed at the bundler's helper,
 * Lit's, DOMPurify's and fetch's options, set before our script, each build, with a feed
 * carrying `__proto__`/`constructor.prototype` keys. Every page with "all widgets" iterates
 * src/elements.json.
 *
 * `node --test --test-name-pattern=<text> tests/e2e/hostile.test.mjs` runs only the checks whose
 * name matches. MLO_HOSTILE_BREAK=<name> plants a broken fixture so that check must fail:
 *   xss, csp, tt, coexist, fault, cookie, storage, request, referrer, lazy.
 */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { elementChunks, readManifest } from '../../scripts/cdn-graph.mjs';
import { readElements } from '../../scripts/elements.mjs';
import { engines, launch } from './browsers.mjs';
import { SETTLED, root, sendFile, serve, widgetsSettled } from './helpers.mjs';

const BREAK = process.env.MLO_HOSTILE_BREAK ?? '';
const POLICY_NAMES = 'lit-html mlo-newsroom-sanitizer';

if (
  !existsSync(join(root, 'dist/cdn/mlo-newsroom.js')) ||
  !existsSync(join(root, 'dist/define.js'))
) {
  console.log('dist/ is missing: npm run build');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------
const sample = JSON.parse(readFileSync(join(root, 'demo/data/newsroom.json'), 'utf8'));
const articleItem = sample.items.find((i) => (i._mlo?.type ?? 'article') === 'article');
articleItem.content_html =
  '<p>Body with <a href="https://nato.int/">a link</a>, <strong>markup</strong> and a photo:</p>' +
  `<img src="${articleItem.image ?? 'images/saceur-vucic.png'}" alt="photo" width="4" height="3">` +
  (process.env.MLO_HOSTILE_ONCLICK ? '<p onclick="__xss=1">and a handler that must go.</p>' : '');
const feedText = JSON.stringify(sample);
const bigFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Ten thousand',
  items: Array.from({ length: 10_000 }, (_, i) => ({
    id: `i${i}`,
    title: `Item ${i}`,
    content_text: `Body ${i}`,
  })),
});
/** The sample feed with `__proto__` and `constructor.prototype` keys at every level, as JSON text. */
const poisonedFeed = JSON.stringify({
  ...sample,
  // What the polluted ALLOWED_TAGS/ADD_ATTR/ALLOW_UNKNOWN_PROTOCOLS would let through.
  items: sample.items.map((item) =>
    item === articleItem
      ? {
          ...item,
          content_html: `${item.content_html}<p onclick="__xss=1" style="color:red">x</p><iframe src="javascript:__xss=1"></iframe><svg onload="__xss=1"></svg><a href="javascript:__xss=1">j</a><script>__xss=1</script>`,
        }
      : item,
  ),
})
  .replace(
    '{',
    '{"__proto__":{"polluted":"feed","_mlo":{"contacts":[]}},"constructor":{"prototype":{"polluted2":"feed"}},',
  )
  .replaceAll('"_mlo":{', '"_mlo":{"__proto__":{"type":"quote","polluted3":"item"},');
const DEPTH = 100_000;
const deepFeed = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const inspectJs = (
  await build({
    entryPoints: [join(root, 'tests/hostile/inspect.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'mloHostile',
    write: false,
    target: 'es2022',
  })
).outputFiles[0].text;
const npmBundle = (
  await build({
    entryPoints: [join(root, 'dist/define.js')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
).outputFiles[0].text;

/** Scripts the pages load (CSP: script-src 'self', so nothing inline). */
/** What /js/init.js serves: the WebKit adapter's init scripts (classic WebDriver has none). */
let initScript = '';
const scripts = {
  // First script on every page: record CSP violations, errors, rejections.
  'record.js': `
    window.__spv = []; window.__errors = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__spv.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));
    window.addEventListener('error', (e) => window.__errors.push('error: ' + e.message));
    window.addEventListener('unhandledrejection', (e) => window.__errors.push('unhandledrejection: ' + e.reason));`,
  'inspect.js': inspectJs,
  'npm-define.js': npmBundle,
  // A different LitElement of the page's own, defined before ours (Lit from the npm build's bundle).
  'own-lit.js': (
    await build({
      stdin: {
        contents: `import { LitElement, html, css } from 'lit';
          class PartnerBadge extends LitElement {
            static styles = css\`:host { display: inline-block; color: green; }\`;
            render() { return html\`<span part="badge">partner</span>\`; }
          }
          customElements.define('partner-badge', PartnerBadge);`,
        resolveDir: root,
      },
      bundle: true,
      format: 'esm',
      write: false,
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
    })
  ).outputFiles[0].text,
  // A host page whose prototypes carry enumerable junk before any script of ours runs: what a
  // URL-parameter prototype pollution leaves behind, aimed at the bundler's helpers, Lit's and
  // DOMPurify's options. Plain assignment makes them enumerable.
  'pollute.js': `
    const junk = {
      foo: 'bar', length: 3, state: 'hacked', then: undefined,
      ALLOWED_TAGS: ['script', 'iframe', 'img', 'a'], ALLOWED_ATTR: ['onerror', 'onclick', 'style', 'href', 'src'],
      ADD_TAGS: ['script', 'iframe', 'svg'], ADD_ATTR: ['onerror', 'onclick', 'onload', 'style'],
      ALLOW_UNKNOWN_PROTOCOLS: true, ALLOW_DATA_ATTR: true, SAFE_FOR_TEMPLATES: true, WHOLE_DOCUMENT: true,
      RETURN_DOM: true, FORCE_BODY: true, KEEP_CONTENT: false, ALLOWED_URI_REGEXP: /.*/, CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /.*/ },
      renderBefore: 'bar', creationScope: 'bar', isConnected: false,
      reflect: true, noAccessor: true, attribute: 'bar', converter: 'bar', hasChanged: 'bar', state: 'hacked',
      mode: 'closed', delegatesFocus: 'bar', credentials: 'include', referrerPolicy: 'unsafe-url', cache: 'force-cache',
      headers: { 'X-Pollution': '1' }, integrity: 'sha256-bar', keepalive: true,
    };
    delete junk.then;
    for (const [name, value] of Object.entries(junk)) Object.prototype[name] = value;
    Array.prototype.junk = 'x';
    Array.prototype.last = function () { return this[this.length - 1]; };
    String.prototype.junk = 'y';`,
  // The classic loader put where document.currentScript is null (a shadow root).
  'shadow-classic.js': `
    const root = document.getElementById('host').attachShadow({ mode: 'open' });
    const script = document.createElement('script');
    script.src = '/cdn/mlo-newsroom.classic.js';
    script.onload = () => { window.__loaderRan = true; };
    root.append(script);`,
  // Planted faults for MLO_HOSTILE_BREAK.
  'break.js': `
    const mode = ${JSON.stringify(BREAK)};
    const whenReady = (fn) => customElements.whenDefined('mlo-news-list').then(() => setTimeout(fn, 300));
    if (mode === 'xss') whenReady(() => { const i = document.createElement('img'); i.setAttribute('onerror', '__xss=1'); i.src = 'x'; document.querySelector('mlo-news-list').shadowRoot.append(i); });
    if (mode === 'referrer') whenReady(() => { const i = document.createElement('img'); i.src = '/images/saceur-vucic.png'; document.querySelector('mlo-news-list').shadowRoot.append(i); });
    if (mode === 'csp') whenReady(() => document.querySelector('mlo-news-list').shadowRoot.firstElementChild.setAttribute('style', 'color: red'));
    if (mode === 'cookie') document.cookie = 'tracker=1; path=/';
    if (mode === 'storage') localStorage.setItem('mlo', '1');
    if (mode === 'request') fetch('http://localhost:' + location.port + '/beacon', { mode: 'no-cors' }).catch(() => {});
    if (mode === 'coexist') setTimeout(() => { throw new Error('planted uncaught error'); }, 0);`,
};

/** Attributes some elements need beyond `src` on these pages; every listed element is on them. */
const EXTRA = { 'mlo-news-list': ' limit="5"', 'mlo-article': ` item="${articleItem.id}"` };
const ELEMENTS = readElements();
const widgets = (src) =>
  ELEMENTS.map(({ tag }) => `\n  <${tag} src="${src}"${EXTRA[tag] ?? ''}></${tag}>`).join('');
const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>partner</title><link rel="icon" href="data:,">
  <script src="/js/init.js"></script><script src="/js/record.js"></script><script src="/js/inspect.js"></script><script src="/js/break.js"></script>${head}</head>
  <body><h1>Partner page</h1>${body}</body></html>`;
const cdnModule = (path = '/cdn/mlo-newsroom.js') =>
  `<script type="module" src="${path}"></script>`;
/** The pollution goes in after the suite's own recording scripts (their bundler helper walks
 * `for…in` too) and before ours. */
const pollutedPage = (body, head) => page(body, `<script src="/js/pollute.js"></script>${head}`);
const cdnIife = '<script src="/cdn/mlo-newsroom.iife.js" defer></script>';
const cdnClassic = '<script src="/cdn/mlo-newsroom.classic.js"></script>';

const pages = {
  'csp-module': page(widgets('/feed.json'), cdnModule()),
  'csp-iife': page(widgets('/feed.json'), cdnIife),
  'csp-classic': page(widgets('/feed.json'), cdnClassic),
  privacy: page(widgets('/feed.json'), cdnModule()),
  'twice-same-url': page(widgets('/feed.json'), cdnModule() + cdnModule()),
  'two-urls': page(widgets('/feed.json'), cdnModule() + cdnModule('/cdn2/mlo-newsroom.js')),
  'module-and-iife': page(widgets('/feed.json'), cdnModule() + cdnIife),
  'classic-and-module': page(widgets('/feed.json'), cdnClassic + cdnModule()),
  'cdn-and-npm': page(
    widgets('/feed.json'),
    '<script type="module" src="/js/npm-define.js"></script>' + cdnModule(),
  ),
  'own-lit-first': page(
    '<partner-badge></partner-badge>' + widgets('/feed.json'),
    '<script type="module" src="/js/own-lit.js"></script>' + cdnModule(),
  ),
  trickle: page(
    `<mlo-news-list src="/trickle" ${BREAK === 'fault' ? 'timeout="60000"' : 'timeout="1500"'}></mlo-news-list>`,
    cdnModule(),
  ),
  deep: page('<mlo-news-list src="/deep"></mlo-news-list>', cdnModule()),
  big: page('<mlo-news-list src="/big.json"></mlo-news-list>', cdnModule()),
  'polluted-module': pollutedPage(widgets('/poisoned.json'), cdnModule()),
  'polluted-iife': pollutedPage(widgets('/poisoned.json'), cdnIife),
  'polluted-classic': pollutedPage(widgets('/poisoned.json'), cdnClassic),
  // An element named currentScript and a <base> above the classic loader (absolute URLs, as a
  // partner's CDN tag has): the loader must still import from its own URL, never from the base.
  'lost-classic': page(
    '<div id="host"></div><mlo-news-list src="/feed.json"></mlo-news-list>',
    '<script src="/js/shadow-classic.js" defer></script>',
  ),
  'clobbered-classic': page(
    widgets('__ORIGIN__/feed.json') +
      '<img name="currentScript" alt=""><base href="__ORIGIN__/evil/">' +
      '<script src="__ORIGIN__/cdn/mlo-newsroom.classic.js"></script>',
  ),
  lazy: page(
    `<div id="later">${BREAK === 'lazy' ? '<mlo-search src="/feed.json" hidden></mlo-search>' : ''}</div><mlo-news-list src="/slow-feed.json" limit="3"></mlo-news-list>`,
    cdnModule('/cdn-slow/mlo-newsroom.js'),
  ),
};

// ---------------------------------------------------------------------------------------------
// Server: real headers on 127.0.0.1; records what the browser sent
// ---------------------------------------------------------------------------------------------
const seen = [];
/** Two copies of Lit each create a `lit-html` policy: a page that may load two copies needs 'allow-duplicates'. */
const COEXIST = new Set(['two-urls', 'module-and-iife', 'cdn-and-npm', 'own-lit-first']);
/** The lazy page's files come after this delay each, so requests made one after another show. */
const SLOW_MS = 400;
const csp = (name) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; ` +
  `require-trusted-types-for 'script'; trusted-types ${BREAK === 'tt' ? 'lit-html' : POLICY_NAMES}` +
  (COEXIST.has(name) ? " 'allow-duplicates'" : '');

/** `dir`'s file at `urlPath`, not cached, or a 404. */
const file = (res, dir, urlPath) =>
  void (sendFile(res, dir, urlPath, { 'Cache-Control': 'no-store' }) || res.writeHead(404).end());

const server = await serve((req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = url.pathname;
  seen.push({ path, cookie: req.headers.cookie, referer: req.headers.referer, at: Date.now() });
  if (path.startsWith('/page/')) {
    const html = pages[path.slice(6)];
    if (!html) return void res.writeHead(404).end();
    // The privacy page has no CSP, like most partner pages: nothing would block a stray request.
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
    // lost-classic sets a script's src from its own code, which Trusted Types would stop first.
    if (path !== '/page/privacy' && path !== '/page/lost-classic')
      headers['Content-Security-Policy'] = csp(path.slice(6));
    res.writeHead(200, headers);
    return void res.end(html.replaceAll('__ORIGIN__', origin));
  }
  if (path.startsWith('/js/')) {
    const body = path === '/js/init.js' ? initScript : scripts[path.slice(4)];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
    return void res.end(body);
  }
  if (path.startsWith('/cdn-slow/') || path === '/slow-feed.json')
    return void setTimeout(() => {
      if (path === '/slow-feed.json') {
        res.writeHead(200, {
          'Content-Type': 'application/feed+json',
          'Cache-Control': 'no-store',
        });
        return void res.end(feedText);
      }
      file(res, join(root, 'dist/cdn'), path.slice('/cdn-slow'.length));
    }, SLOW_MS);
  if (path.startsWith('/cdn/') || path.startsWith('/cdn2/'))
    return file(res, join(root, 'dist/cdn'), path.replace(/^\/cdn2?\//, '/'));
  if (path.startsWith('/images/')) return file(res, join(root, 'demo/data/images'), path.slice(7));
  if (path === '/feed.json') {
    res.writeHead(200, {
      'Content-Type': 'application/feed+json',
      'Set-Cookie': 'feedcookie=1; Path=/',
      'Cache-Control': 'no-store',
    });
    return void res.end(feedText);
  }
  if (path === '/poisoned.json') {
    res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Cache-Control': 'no-store' });
    return void res.end(poisonedFeed);
  }
  if (path === '/big.json') {
    res.writeHead(200, { 'Content-Type': 'application/feed+json' });
    return void res.end(bigFeed);
  }
  if (path === '/deep') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return void res.end(deepFeed);
  }
  if (path === '/trickle') {
    // One byte every 100 ms of a feed that would take minutes: must end as a timeout.
    res.writeHead(200, { 'Content-Type': 'application/feed+json' });
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed || i >= feedText.length) return clearInterval(timer);
      res.write(feedText[i++]);
    }, 100);
    res.on('close', () => clearInterval(timer));
    return;
  }
  res.writeHead(404).end();
});
const { origin } = server;
after(() => server.close());

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

async function open(context, name, { search = true } = {}) {
  const p = await context.newPage();
  const pageErrors = [];
  const warnings = [];
  p.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(`${m.type()}: ${m.text()}`);
  });
  await p.goto(`${origin}/page/${name}`);
  await p.waitForFunction(widgetsSettled, { states: SETTLED }, { timeout: 10_000 });
  if (search && (await p.locator('mlo-search').count())) {
    // Focus and type: the search engine is a lazy chunk.
    await p.locator('mlo-search input').first().fill('nato');
    await p.locator('mlo-search [role="option"]').first().waitFor({ timeout: 5000 });
    // And the sanitized article body is in.
    await p.waitForFunction(
      () => !document.querySelector('mlo-article')?.shadowRoot?.querySelector('[aria-busy="true"]'),
      null,
      { timeout: 5000 },
    );
  }
  await p.waitForTimeout(BREAK ? 500 : 100);
  return { p, pageErrors, warnings };
}

/**
 * The article's Share button under the strict CSP (#30): the copy path (no share sheet in a
 * test) ends in "Link copied." or, with the clipboard refused, the link in a field, with no
 * violation (inPage reads them after this).
 */
const shareUnderCsp = (p) =>
  p.evaluate(async () => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    const root = document.querySelector('mlo-article').shadowRoot;
    root.querySelector('[part~="share-button"]').click();
    const outcome = () => root.querySelector('.share-note, [part~="share-field"]');
    for (let i = 0; i < 100 && !outcome(); i++) await new Promise((r) => setTimeout(r, 20));
    return outcome() !== null;
  });

const states = (p) =>
  p.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.localName.startsWith('mlo-'))
      .map((e) => `${e.localName}=${e.getAttribute('state')}`),
  );
const inPage = (p) =>
  p.evaluate(() => ({
    spv: window.__spv,
    errors: window.__errors,
    audit: window.mloHostile.auditShadowDom(document).map((f) => `${f.where}: ${f.what}`),
    tripwire: window.__mloTripwire?.hits ?? [],
  }));

/** The checks in one engine. */
function checksIn(browserName) {
  let browser;
  before(async () => {
    browser = await launch(browserName, { setInitScript: (source) => (initScript = source) });
  });
  after(async () => {
    await browser?.close();
    initScript = '';
  });
  /** A check: `fn(context)`, in a fresh context, returns what went wrong (an empty list if nothing). */
  const check = (name, fn) =>
    it(name, async () => {
      const context = await browser.newContext();
      try {
        assert.deepEqual((await fn(context)) ?? [], []);
      } finally {
        await context.close();
      }
    });

  // (2) Strict CSP with Trusted Types, both builds.
  for (const name of ['csp-module', 'csp-classic', 'csp-iife']) {
    check(`strict CSP + Trusted Types (${name.slice(4)})`, async (context) => {
      const { p, pageErrors } = await open(context, name);
      const shared = await shareUnderCsp(p);
      const r = await inPage(p);
      const notReady = (await states(p)).filter((s) => !s.endsWith('=ready'));
      const body = await p.evaluate(
        () =>
          document
            .querySelector('mlo-article')
            .shadowRoot.querySelector('[part~="body"] a[href="https://nato.int/"]') !== null,
      );
      return [
        ...r.spv.map((v) => `CSP violation: ${v}`),
        ...r.errors,
        ...pageErrors,
        ...r.audit.map((a) => `audit: ${a}`),
        ...notReady.map((s) => `not ready: ${s}`),
        ...(body ? [] : ['the article did not render its sanitized content_html']),
        ...(shared ? [] : ['the Share button of the article gave no outcome']),
      ];
    });
  }

  // (3) Coexistence.
  for (const name of [
    'twice-same-url',
    'two-urls',
    'module-and-iife',
    'classic-and-module',
    'cdn-and-npm',
    'own-lit-first',
  ]) {
    check(`coexistence: ${name}`, async (context) => {
      const { p, pageErrors, warnings } = await open(context, name);
      const r = await inPage(p);
      const notReady = (await states(p)).filter((s) => !s.endsWith('=ready'));
      const ours = warnings.filter((w) => /mlo-newsroom/.test(w));
      const badge =
        name === 'own-lit-first'
          ? await p.evaluate(() =>
              document.querySelector('partner-badge')?.shadowRoot?.textContent?.trim(),
            )
          : 'partner';
      return [
        ...pageErrors,
        ...r.errors,
        ...notReady.map((s) => `not ready: ${s}`),
        ...(ours.length > 1
          ? [`${ours.length} console warnings from us: ${ours.join(' | ')}`]
          : []),
        ...(badge === 'partner' ? [] : ["the page's own LitElement did not render"]),
      ];
    });
  }

  // (15) The classic loader finds itself only from the real currentScript.
  check('classic loader: clobbered currentScript + <base>', async (context) => {
    seen.length = 0;
    const { p, pageErrors, warnings } = await open(context, 'clobbered-classic');
    const notReady = (await states(p)).filter((s) => !s.endsWith('=ready'));
    const evil = seen.filter((r) => r.path.startsWith('/evil/')).map((r) => r.path);
    return [
      ...pageErrors,
      ...notReady.map((s) => `not ready: ${s}`),
      ...evil.map((path) => `loaded from the <base>: ${path}`),
      ...warnings.filter((w) => /mlo-newsroom/.test(w)),
    ];
  });

  check('classic loader: no currentScript, no guess', async (context) => {
    seen.length = 0;
    const p = await context.newPage();
    const warnings = [];
    p.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await p.goto(`${origin}/page/lost-classic`);
    await p.waitForFunction(() => window.__loaderRan === true, null, { timeout: 10_000 });
    await p.waitForTimeout(300);
    const chunks = seen.filter((r) => r.path.includes('/chunks/')).map((r) => r.path);
    const ours = warnings.filter((w) => /mlo-newsroom/.test(w));
    return [
      ...chunks.map((path) => `loaded without knowing its own URL: ${path}`),
      ...(ours.length === 1 ? [] : [`${ours.length} warnings from the loader, expected 1`]),
    ];
  });

  // (8) A polluted host page, both builds, with a feed that tries to pollute back.
  for (const name of ['polluted-module', 'polluted-classic', 'polluted-iife']) {
    check(`polluted prototypes + poisoned feed (${name.slice(9)})`, async (context) => {
      const { p, pageErrors } = await open(context, name);
      const r = await inPage(p);
      const notReady = (await states(p)).filter((s) => !s.endsWith('=ready'));
      const after = await p.evaluate(() => {
        const plain = {};
        const shown = document
          .querySelector('mlo-news-list')
          .shadowRoot.querySelectorAll('[part~="item"]').length;
        const body = document
          .querySelector('mlo-article')
          .shadowRoot.querySelector('[part~="body"] a[href="https://nato.int/"]');
        return {
          leaked: ['polluted', 'polluted2', 'polluted3'].filter((k) => k in plain),
          shown,
          body: body !== null,
          rel: body?.getAttribute('rel'),
          xss: window.__xss,
        };
      });
      return [
        // The poisoned body's inline handler and style attributes are reported by Chromium while
        // DOMPurify parses them (the known limit in the README); nothing runs: __xss and the audit.
        ...r.spv
          .filter((v) => !/^(script|style)-src-attr inline/.test(v))
          .map((v) => `CSP violation: ${v}`),
        ...(after.xss === undefined ? [] : ['a handler from the feed ran']),
        ...r.errors,
        ...pageErrors,
        ...r.audit.map((a) => `audit: ${a}`),
        ...notReady.map((s) => `not ready: ${s}`),
        ...after.leaked.map((k) => `the feed polluted Object.prototype.${k}`),
        ...(after.shown > 0 ? [] : ['the news list shows no items']),
        ...(after.body ? [] : ['the article did not render its sanitized content_html']),
        ...(after.rel === 'noopener noreferrer nofollow' ? [] : [`body link rel is ${after.rel}`]),
      ];
    });
  }

  // (5) Faults that need our own server.
  const faults = [
    { name: 'trickle', want: 'error', reason: 'timeout', bound: 3000 },
    { name: 'deep', want: 'error', bound: 3000 },
    { name: 'big', want: 'ready', bound: 5000 },
  ];
  for (const f of faults) {
    check(
      `fault: ${f.name} → ${f.want}${f.reason ? ` (${f.reason})` : ''} < ${f.bound} ms`,
      async (context) => {
        const p = await context.newPage();
        const pageErrors = [];
        p.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
        await p.goto(`${origin}/page/${f.name}`);
        const outcome = await p.evaluate(async (bound) => {
          await customElements.whenDefined('mlo-news-list');
          const el = document.querySelector('mlo-news-list');
          let reason;
          el.addEventListener('mlo-error', (e) => (reason = e.reason));
          const start = performance.now();
          while (performance.now() - start < bound + 1000) {
            const state = el.getAttribute('state');
            if (['ready', 'empty', 'error', 'stale'].includes(state)) break;
            await new Promise((r) => setTimeout(r, 20));
          }
          await el.updateComplete;
          // The widget's status region is filled a moment after it appears (status-region.ts).
          await new Promise((r) => setTimeout(r, 200));
          const announced = [...el.shadowRoot.querySelectorAll('[role="status"], [role="alert"]')]
            .map((n) => n.textContent.trim())
            .join(' ');
          return {
            state: el.getAttribute('state'),
            reason,
            ms: Math.round(performance.now() - start),
            announced,
          };
        }, f.bound);
        const r = await inPage(p);
        return [
          ...(outcome.state === f.want
            ? []
            : [`state ${outcome.state} after ${outcome.ms} ms, want ${f.want}`]),
          ...(outcome.ms < f.bound ? [] : [`took ${outcome.ms} ms, bound ${f.bound}`]),
          ...(f.reason && outcome.reason !== f.reason
            ? [`reason ${outcome.reason}, want ${f.reason}`]
            : []),
          ...(f.want !== 'ready' && !outcome.announced
            ? ['not announced in a status/alert region']
            : []),
          ...pageErrors,
          ...r.errors,
        ];
      },
    );
  }

  // (7) What loads when: a page with one news list fetches the loader, then the news list's chunk
  // and the shared chunk side by side (two sequential script fetches, each file served after
  // SLOW_MS so a chain shows), its feed while they load, and nothing else; a <mlo-search> added
  // later is fetched, upgraded and works.
  check(
    'per-element loading: two round trips, feed beside the code; <mlo-search> loads when added',
    async (context) => {
      seen.length = 0;
      const { p, pageErrors } = await open(context, 'lazy', { search: false });
      const problems = [];
      const at = (path) => seen.find((r) => r.path === path)?.at;
      const want = elementChunks(readManifest())['mlo-news-list'].map(
        (file) => `/cdn-slow/${file.slice(2)}`,
      );
      const early = seen.filter((r) => r.path.startsWith('/cdn-slow/chunks/')).map((r) => r.path);
      const extra = early.filter((path) => !want.includes(path));
      if (extra.length) problems.push(`chunks a news-list page does not need: ${extra.join(', ')}`);
      // The element's chunks and the feed are asked for together once the loader has run (how late
      // that is depends on the browser and the machine's load):
      // none waits for another to arrive (that would put a whole delay between them).
      const together = [...want, '/slow-feed.json'];
      const times = together.map(at);
      together.forEach(
        (path, i) => times[i] === undefined && problems.push(`${path} was not fetched`),
      );
      const first = Math.min(...times.filter((t) => t !== undefined));
      together.forEach((path, i) => {
        if (times[i] !== undefined && times[i] - first >= SLOW_MS)
          problems.push(
            `${path} asked for ${times[i] - first} ms after ${together[times.indexOf(first)]}: a chain`,
          );
      });
      if (seen.filter((r) => r.path === '/slow-feed.json').length !== 1)
        problems.push('the feed was fetched more than once');
      if (await p.evaluate(() => customElements.get('mlo-search') !== undefined))
        problems.push('<mlo-search> was defined before any was in the page');
      const state = await p.evaluate(async () => {
        const el = document.createElement('mlo-search');
        el.setAttribute('src', '/feed.json');
        document.querySelector('#later').append(el);
        await customElements.whenDefined('mlo-search');
        for (let i = 0; i < 200 && el.getAttribute('state') !== 'ready'; i++)
          await new Promise((r) => setTimeout(r, 25));
        return el.getAttribute('state');
      });
      if (state !== 'ready') problems.push(`the added <mlo-search> is ${state}, want ready`);
      if (!seen.some((r) => /^\/cdn-slow\/chunks\/mlo-search-[\w-]+\.js$/.test(r.path)))
        problems.push('no search chunk was fetched');
      return [...problems, ...pageErrors];
    },
  );

  // (6) Privacy.
  check('privacy: requests, cookies, storage, referrer', async (context) => {
    seen.length = 0;
    await context.addCookies([{ name: 'partner', value: '1', url: origin }]);
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const { p, pageErrors } = await open(context, 'privacy');
    const allowed = /^\/(page\/privacy|js\/[\w-]+\.js|cdn\/[\w./-]+|feed\.json|images\/[\w.-]+)$/;
    const problems = [];
    // The recording itself must work, or "no unexpected request" would pass on nothing.
    if (!requests.some((u) => new URL(u).pathname === '/feed.json'))
      problems.push(`request recording did not see the feed request (${requests.length} recorded)`);
    for (const u of requests) {
      if (u.startsWith('data:')) continue;
      const url = new URL(u);
      if (url.origin !== origin || !allowed.test(url.pathname))
        problems.push(`unexpected request ${u}`);
    }
    const cookies = (await context.cookies()).map((c) => c.name).filter((n) => n !== 'partner');
    if (cookies.length) problems.push(`cookies stored: ${cookies.join(', ')}`);
    const storage = await p.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      caches: typeof caches === 'undefined' ? [] : await caches.keys(),
      images: window.mloHostile
        .shadowImages(document)
        .map((i) => ({ src: i.src, policy: i.getAttribute('referrerpolicy') })),
    }));
    if (storage.cookie !== 'partner=1') problems.push(`document.cookie is "${storage.cookie}"`);
    if (storage.local || storage.session)
      problems.push(`web storage written: local ${storage.local}, session ${storage.session}`);
    if (storage.idb.length) problems.push(`IndexedDB databases: ${storage.idb.join(', ')}`);
    if (storage.caches.length) problems.push(`Cache Storage: ${storage.caches.join(', ')}`);
    if (storage.images.length === 0) problems.push('no images rendered');
    for (const img of storage.images)
      if (img.policy !== 'no-referrer')
        problems.push(`<img> without referrerpolicy=no-referrer: ${img.src}`);
    const feeds = seen.filter((s) => s.path === '/feed.json');
    if (feeds.length === 0) problems.push('the feed was never requested');
    for (const s of feeds) if (s.cookie) problems.push(`feed request carried Cookie: ${s.cookie}`);
    for (const s of seen.filter((x) => x.path.startsWith('/images/')))
      if (s.referer) problems.push(`image request carried Referer: ${s.path}`);
    return [...problems, ...pageErrors];
  });

  // The XSS tripwire and shadow-DOM audit on a built page (the full corpus runs in web-test-runner).
  check('no script runs, nothing dangerous in shadow roots (built page)', async (context) => {
    await context.addInitScript({ content: `${inspectJs};mloHostile.installTripwire();` });
    const { p } = await open(context, 'privacy');
    const r = await inPage(p);
    // Playwright's own evaluate() goes through eval: only other hits count here.
    return [
      ...r.tripwire.filter((t) => !t.startsWith('eval(')).map((t) => `ran: ${t}`),
      ...r.audit,
    ];
  });
}

for (const engine of engines()) describe(engine, () => checksIn(engine));

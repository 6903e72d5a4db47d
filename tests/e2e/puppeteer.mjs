/**
 * Chromium (over CDP) and Firefox (over WebDriver BiDi, as web-test-runner launches it) through
 * puppeteer-core, for the end-to-end suites and the bench (tests/e2e/browsers.mjs launches
 * them), wrapped in the small part of Playwright's API the checks use, so the same check code
 * runs in every engine (./webkit.mjs gives WebKit the same API).
 *
 * Surface: browser.newContext({ viewport }) / newPage() / version() / close();
 * context.newPage() / on('request') / addInitScript() / addCookies() / cookies() /
 * newCDPSession(page) / close(); page.goto() / evaluate() / waitForFunction(fn, arg,
 * { timeout }) (resolves to a handle: `jsonValue()`) / waitForTimeout() / addScriptTag() /
 * on('pageerror' | 'console' | 'request' | 'response' | 'requestfailed') / locator(css).count() /
 * .first().fill() / .first().waitFor() / keyboard.
 */
import puppeteer from 'puppeteer-core';

/**
 * Playwright's CSS engine pierces open shadow roots. Splits a selector at its top-level
 * descendant combinators (whitespace outside [...], (...) and quotes); `deepQuery` then
 * matches each step in the light DOM and in every open shadow root below the previous one.
 */
export function steps(selector) {
  const parts = [];
  let current = '';
  let depth = 0;
  let quote = '';
  for (const ch of selector.trim()) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Runs in the page (serialized by evaluate): the elements matching `parts`, in document order.
 * Self-contained on purpose. Puppeteer's own waitForFunction, waitForSelector and Locator poll
 * through `new Function` in the page, which the XSS tripwire counts as script running; a plain
 * evaluate goes through BiDi's script.callFunction and leaves no trace in the page.
 */
export const deepQuery = (parts, { visibleOnly = false } = {}) => {
  const under = (scope, selector) => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector)) found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (scope.shadowRoot) visit(scope.shadowRoot);
    visit(scope);
    return found;
  };
  let current = [document];
  for (const selector of parts)
    current = [...new Set(current.flatMap((scope) => under(scope, selector)))];
  if (visibleOnly) {
    current = current.filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
  }
  return current;
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn(arg)` in the page through plain evaluate calls until it is truthy. */
async function poll(page, fn, arg, timeout, what) {
  const start = Date.now();
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() - start > timeout)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Playwright's default page size (puppeteer's is 800 × 600). */
const VIEWPORT = { width: 1280, height: 720 };

const deepQuerySource = deepQuery.toString();

class Locator {
  constructor(page, selector) {
    this.page = page;
    this.selector = selector;
    this.parts = steps(selector);
  }
  first() {
    return this;
  }
  async count() {
    return this.page.evaluate(`(${deepQuerySource})(${JSON.stringify(this.parts)}).length`);
  }
  async waitFor({ timeout = 30_000 } = {}) {
    // Playwright's default state is 'visible'.
    const expr = `(${deepQuerySource})(${JSON.stringify(this.parts)}, { visibleOnly: true }).length > 0`;
    await poll(this.page, expr, undefined, timeout, this.selector);
  }
  async fill(text) {
    // Focus the field, clear it, then type real key events (Playwright's fill inserts the text at once).
    const expr = `(() => { const el = (${deepQuerySource})(${JSON.stringify(this.parts)}, { visibleOnly: true })[0];
      if (!el) return false; el.focus(); el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true, composed: true })); return true; })()`;
    await poll(this.page, expr, undefined, 10_000, this.selector);
    await this.page.keyboard.type(text);
  }
}

class Page {
  constructor(page) {
    this.raw = page;
    this.keyboard = page.keyboard;
  }
  on(event, fn) {
    if (event === 'console') {
      // Playwright says 'warning' where puppeteer says 'warn'.
      this.raw.on('console', (m) =>
        fn({ type: () => (m.type() === 'warn' ? 'warning' : m.type()), text: () => m.text() }),
      );
    } else this.raw.on(event, fn);
  }
  goto(url) {
    return this.raw.goto(url, { waitUntil: 'load' });
  }
  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }
  async waitForFunction(fn, arg, { timeout = 30_000 } = {}) {
    const value = await poll(this.raw, fn, arg, timeout, 'a page function');
    return { jsonValue: async () => value };
  }
  addScriptTag(options) {
    return this.raw.addScriptTag(options);
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  locator(selector) {
    return new Locator(this.raw, selector);
  }
  close() {
    return this.raw.close();
  }
}

class Context {
  constructor(context, viewport) {
    this.raw = context;
    this.viewport = viewport;
    this.requestListeners = [];
    this.initScripts = [];
  }
  on(event, fn) {
    if (event !== 'request') throw new Error(`context.on('${event}') is not supported`);
    this.requestListeners.push(fn);
  }
  async addInitScript({ content }) {
    this.initScripts.push(content);
  }
  async addCookies(cookies) {
    await this.raw.setCookie(
      ...cookies.map(({ name, value, url }) => ({
        name,
        value,
        domain: new URL(url).hostname,
        path: '/',
      })),
    );
  }
  cookies() {
    return this.raw.cookies();
  }
  newCDPSession(page) {
    return page.raw.createCDPSession();
  }
  async newPage() {
    const page = await this.raw.newPage();
    await page.setViewport(this.viewport);
    for (const content of this.initScripts) await page.evaluateOnNewDocument(content);
    page.on('request', (request) => {
      for (const fn of this.requestListeners) fn(request);
    });
    return new Page(page);
  }
  close() {
    return this.raw.close();
  }
}

/**
 * Launches `browser` ('chrome' or 'firefox') at `executablePath` with Chromium's `args`; resolves
 * to a Playwright-shaped browser.
 */
export async function launchPuppeteer(browser, executablePath, args = []) {
  const raw = await puppeteer.launch({
    browser,
    executablePath,
    headless: true,
    args,
    timeout: 30_000,
  });
  const version = await raw.version();
  const newContext = async ({ viewport = VIEWPORT } = {}) =>
    new Context(await raw.createBrowserContext(), viewport);
  return {
    raw,
    version: () => version,
    newContext,
    newPage: async () => (await newContext()).newPage(),
    close: () => raw.close(),
  };
}

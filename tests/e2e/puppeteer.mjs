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
import { Locator, poll, sleep } from './locator.mjs';

/** Playwright's default page size (puppeteer's is 800 × 600). */
const VIEWPORT = { width: 1280, height: 720 };

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
    const value = await poll(() => this.raw.evaluate(fn, arg), timeout, 'a page function');
    return { jsonValue: async () => value };
  }
  addScriptTag(options) {
    return this.raw.addScriptTag(options);
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  locator(selector) {
    return new Locator(this, selector, (text) => this.raw.keyboard.type(text));
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

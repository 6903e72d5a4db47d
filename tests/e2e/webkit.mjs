/**
 * Real WebKit for the end-to-end suites (tests/e2e/browsers.mjs launches it): WebKitGTK's MiniBrowser
 * through WebKitWebDriver (scripts/webkit.mjs) and webdriverio, wrapped in the same small part of
 * Playwright's API as ./puppeteer.mjs, so the very same checks run. Neither
 * Playwright (it needs its own WebKit build) nor puppeteer can drive Debian's WebKitGTK.
 *
 * Classic WebDriver has no page events, no request interception and no init scripts, so:
 * - each context is its own WebDriver session (a fresh MiniBrowser: its own cookies and storage),
 *   one at a time, with one page;
 * - init scripts (the context's, plus a recorder for errors, console warnings/errors and CSP
 *   violations) come from the test's own server: `launchWebKit({ setInitScript })` gets a
 *   function that makes the server's init script (a <script src> first in every test page)
 *   serve the given source, which it calls before each navigation;
 * - 'pageerror' and 'console' events, and the context's 'request' events (from Resource Timing:
 *   every subresource the page fetched, from any origin), are read from the page after each
 *   navigation and each evaluate, so they are all in before a check reads them;
 * - cookies are set on a page of the cookie's origin before the first navigation.
 */
import { remote } from 'webdriverio';
import { Locator, poll, sleep } from './locator.mjs';
import { startWebKit } from '../../scripts/webkit.mjs';

/** Runs first in every page (through the server's init script): records what CDP/BiDi would report. */
const RECORDER = `(() => {
  if (window.__mloWd) return;
  const log = (window.__mloWd = { events: [], seen: 0 });
  try { performance.setResourceTimingBufferSize(100000); } catch {}
  addEventListener('error', (e) => log.events.push({ kind: 'pageerror', text: String(e.message) }));
  addEventListener('unhandledrejection', (e) => log.events.push({ kind: 'pageerror', text: String(e.reason && e.reason.message || e.reason) }));
  document.addEventListener('securitypolicyviolation', (e) => log.events.push({ kind: 'console', type: 'error', text: 'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI }));
  for (const level of ['warn', 'error']) {
    const real = console[level];
    console[level] = function (...args) {
      log.events.push({ kind: 'console', type: level === 'warn' ? 'warning' : 'error', text: args.map(String).join(' ') });
      return real.apply(this, args);
    };
  }
})();`;

/** Reads (and clears) what the recorder saw since the last call. */
const FLUSH = `const log = window.__mloWd;
if (!log) return JSON.stringify({ events: [], requests: [] });
const entries = performance.getEntriesByType('resource');
const requests = entries.slice(log.seen).map((e) => e.name);
log.seen = entries.length;
return JSON.stringify({ events: log.events.splice(0), requests });`;

class Page {
  constructor(context) {
    this.context = context;
    this.listeners = { pageerror: [], console: [] };
  }
  on(event, fn) {
    if (!this.listeners[event])
      throw new Error(`webkit adapter: page.on('${event}') is not supported`);
    this.listeners[event].push(fn);
  }
  async flush() {
    const { events, requests } = JSON.parse(await this.context.session.execute(FLUSH));
    for (const e of events) {
      if (e.kind === 'pageerror')
        for (const fn of this.listeners.pageerror) fn({ message: e.text });
      else for (const fn of this.listeners.console) fn({ type: () => e.type, text: () => e.text });
    }
    for (const url of requests) this.context.emitRequest(url);
  }
  async goto(url) {
    await this.context.beforeNavigation(url);
    await this.context.session.navigateTo(url);
    this.context.emitRequest(url);
    await this.flush();
  }
  async evaluate(fn, arg) {
    // Values come back as JSON text: WebDriver's own serializer walks inherited enumerable
    // properties, and on a page whose Object.prototype carries an object (the polluted-page
    // check) it finds a cycle and fails; JSON.stringify reads own properties only.
    const body = typeof fn === 'function' ? `(${fn.toString()})(arguments[0])` : `(${fn})`;
    const text = await this.context.session.execute(
      `return Promise.resolve(${body}).then((value) => JSON.stringify({ value }));`,
      arg,
    );
    await this.flush();
    return JSON.parse(text).value;
  }
  waitForFunction(fn, arg, { timeout = 30_000 } = {}) {
    return poll(() => this.evaluate(fn, arg), timeout, 'a page function');
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  locator(selector) {
    return new Locator(this, selector, (text) => this.context.session.keys([...text]));
  }
  close() {
    return this.context.close();
  }
}

class Context {
  constructor(session, setInitScript) {
    this.session = session;
    this.setInitScript = setInitScript;
    this.initScripts = [];
    this.requestListeners = [];
    this.pendingCookies = [];
    this.page = undefined;
  }
  on(event, fn) {
    if (event !== 'request')
      throw new Error(`webkit adapter: context.on('${event}') is not supported`);
    this.requestListeners.push(fn);
  }
  emitRequest(url) {
    for (const fn of this.requestListeners) fn({ url: () => url });
  }
  async addInitScript({ content }) {
    this.initScripts.push(content);
  }
  async addCookies(cookies) {
    this.pendingCookies.push(...cookies);
  }
  async beforeNavigation(url) {
    this.setInitScript([RECORDER, ...this.initScripts].join('\n;\n'));
    if (!this.pendingCookies.length) return;
    // WebDriver sets cookies for the current page's origin: visit it first (any path will do).
    const cookies = this.pendingCookies.splice(0);
    await this.session.navigateTo(new URL('/__mlo-cookie-jar', url).href);
    await this.session.setCookies(cookies.map(({ name, value }) => ({ name, value, path: '/' })));
  }
  async cookies() {
    return (await this.session.getCookies()).map((c) => ({ name: c.name, value: c.value }));
  }
  async newPage() {
    if (this.page) throw new Error('webkit adapter: one page per context');
    this.page = new Page(this);
    return this.page;
  }
  async close() {
    await this.session.deleteSession().catch(() => {});
  }
}

/**
 * Starts Xvfb and WebKitWebDriver; resolves to a Playwright-shaped browser whose contexts are
 * WebDriver sessions. `setInitScript(source)` must make the page's first script serve `source`.
 */
export async function launchWebKit({ setInitScript }) {
  const driver = await startWebKit();
  let current;
  return {
    version: () => 'WebKitGTK',
    async newContext() {
      if (current) await current.close(); // one session at a time
      const session = await remote({
        hostname: driver.hostname,
        port: driver.port,
        logLevel: 'error',
        capabilities: driver.capabilities,
      });
      await session.setWindowSize(1280, 720);
      current = new Context(session, setInitScript);
      return current;
    },
    async close() {
      if (current) await current.close();
      await driver.stop();
    },
  };
}

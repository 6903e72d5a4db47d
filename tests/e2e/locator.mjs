// The part of Playwright's locators the checks use, for the puppeteer and WebDriver adapters
// (./puppeteer.mjs, ./webkit.mjs): selectors pierce open shadow roots, waits poll through plain
// evaluate calls, and `fill` types real key events through the adapter's `type(text)`.

/**
 * Playwright's CSS engine pierces open shadow roots. Splits a selector at its top-level
 * descendant combinators (whitespace outside [...], (...) and quotes); `deepQuery` then
 * matches each step in the light DOM and in every open shadow root below the previous one.
 */
function steps(selector) {
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
const deepQuery = (parts, { visibleOnly = false } = {}) => {
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

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Calls `read()` (a plain evaluate in the page) until its value is truthy, and returns it. */
export async function poll(read, timeout, what) {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() - start > timeout)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

const deepQuerySource = deepQuery.toString();
const query = (parts, visibleOnly = false) =>
  `(${deepQuerySource})(${JSON.stringify(parts)}, { visibleOnly: ${visibleOnly} })`;

export class Locator {
  constructor(page, selector, type) {
    this.page = page;
    this.selector = selector;
    this.parts = steps(selector);
    this.type = type;
  }
  first() {
    return this;
  }
  count() {
    return this.page.evaluate(`${query(this.parts)}.length`);
  }
  async waitFor({ timeout = 30_000 } = {}) {
    // Playwright's default state is 'visible'.
    const expr = `${query(this.parts, true)}.length > 0`;
    await poll(() => this.page.evaluate(expr), timeout, this.selector);
  }
  async fill(text) {
    // Focus the field, clear it, then type real key events (Playwright's fill inserts the text at once).
    const expr = `(() => { const el = ${query(this.parts, true)}[0];
      if (!el) return false; el.focus(); el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true, composed: true })); return true; })()`;
    await poll(() => this.page.evaluate(expr), 10_000, this.selector);
    await this.type(text);
  }
}

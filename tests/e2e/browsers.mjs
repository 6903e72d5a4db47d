/**
 * The one way an end-to-end suite (tests/e2e/*.test.mjs), the examples test and the bench
 * get a browser (the one message when it is missing is scripts/browsers.mjs's). Each engine
 * comes from the system (scripts/browsers.mjs finds it), never from a download, and is driven
 * through the same small part of Playwright's API, so one check runs in all three, with two
 * libraries:
 * - Chromium and Firefox: puppeteer-core (./puppeteer.mjs), over CDP and WebDriver BiDi:
 *   Playwright drives only its own patched Firefox, not Debian's firefox-esr, and one library
 *   for both keeps one set of quirks (web-test-runner's Chrome launcher uses it for both too);
 * - WebKit: webdriverio and WebKitGTK's WebKitWebDriver (./webkit.mjs): neither Playwright (its
 *   own WebKit build) nor puppeteer drives WebKitGTK. The test server serves its init scripts
 *   (`setInitScript`), as classic WebDriver has none.
 */
import { CHROMIUM_ARGS, findBrowsers, missingBrowser } from '../../scripts/browsers.mjs';
import { launchPuppeteer } from './puppeteer.mjs';
import { launchWebKit } from './webkit.mjs';

export { collectProblems } from '../../scripts/browsers.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines to run, of those a suite supports: all, or those MLO_BROWSERS names. */
export function engines(supported = ENGINES) {
  const only = process.env.MLO_BROWSERS?.split(',').map((name) => name.trim());
  return supported.filter((name) => !only || only.includes(name));
}

/**
 * A Playwright-shaped browser of engine `name`; throws the missing-browser message when there is
 * none. `setInitScript(source)` (WebKit only) must make the test pages' first script serve `source`;
 * `args` are Chromium's flags besides CHROMIUM_ARGS (the bench's `--expose-gc`).
 */
export async function launch(name, { setInitScript, args = [] } = {}) {
  const missing = missingBrowser(name);
  if (missing) throw new Error(missing);
  const path = findBrowsers()[name];
  if (name === 'chromium') return launchPuppeteer('chrome', path, [...CHROMIUM_ARGS, ...args]);
  if (name === 'firefox') return launchPuppeteer('firefox', path);
  return launchWebKit({ setInitScript: setInitScript ?? (() => {}) });
}

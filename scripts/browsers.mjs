// Where the browsers live: CHROME_PATH / FIREFOX_PATH / WEBKIT_WEBDRIVER_PATH first, then the usual
// install paths. WebKit is WebKitGTK (Debian's webkit2gtk-driver): the driver, MiniBrowser and Xvfb.
import { existsSync } from 'node:fs';

const CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const FIREFOX = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

const WEBKIT_DRIVER = ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'];
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB = ['/usr/bin/Xvfb'];

function first(envName, candidates) {
  const fromEnv = process.env[envName];
  // A path named on purpose and not there is a mistake to report, not a reason to run another.
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/** WebKitGTK needs all three; `undefined` when any is missing (see `missingWebKit`). */
function findWebKit() {
  const parts = missingWebKitParts();
  if (parts.missing.length) return undefined;
  return { driver: parts.driver, minibrowser: parts.minibrowser, xvfb: parts.xvfb };
}

function missingWebKitParts() {
  const driver = first('WEBKIT_WEBDRIVER_PATH', WEBKIT_DRIVER);
  const minibrowser = first('WEBKIT_MINIBROWSER_PATH', MINIBROWSER);
  // A developer's own X display will do instead of Xvfb.
  const xvfb = first('XVFB_PATH', XVFB) ?? (process.env.DISPLAY ? 'DISPLAY' : undefined);
  const missing = [
    !driver && 'WebKitWebDriver',
    !minibrowser && 'MiniBrowser',
    !xvfb && 'Xvfb',
  ].filter(Boolean);
  return { driver, minibrowser, xvfb, missing };
}

/** Which WebKitGTK parts are missing ([] when WebKit can run). */
export function missingWebKit() {
  return missingWebKitParts().missing;
}

const INSTALL = {
  chromium: ['chromium', ['CHROME_PATH']],
  firefox: ['firefox-esr', ['FIREFOX_PATH']],
  webkit: ['webkit2gtk-driver xvfb', ['WEBKIT_WEBDRIVER_PATH', 'WEBKIT_MINIBROWSER_PATH']],
};

/**
 * The one message for a browser that is not there (every suite, the bench and `npm test` give
 * it); `undefined` when it is.
 */
export function missingBrowser(name) {
  if (findBrowsers()[name]) return undefined;
  const [packages, vars] = INSTALL[name];
  const what = name === 'webkit' ? `WebKit (${missingWebKit().join(', ')})` : name;
  const named = vars.filter((key) => process.env[key]).map((key) => `${key}=${process.env[key]}`);
  return (
    `No ${what} found${named.length ? ` at ${named.join(', ')}` : ''}: install it (Debian: ` +
    `apt-get install ${packages}) or set ${vars.join(' and ')} to ${vars.length > 1 ? 'their binaries' : 'its binary'}.`
  );
}

export function findBrowsers() {
  return {
    chromium: first('CHROME_PATH', CHROMIUM),
    firefox: first('FIREFOX_PATH', FIREFOX),
    webkit: findWebKit(),
  };
}

/**
 * The flags every headless Chromium here runs with (tests, demo check, hostile suite, bench):
 * no sandbox (containers), no GPU, and none of the background traffic that would add requests
 * or tasks to what is measured.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Collects a Playwright page's uncaught errors and console errors and warnings, as text. */
export function collectProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

// @web/test-runner: every test in real headless Chromium and Firefox and in WebKit (WebKitGTK's
// MiniBrowser through WebKitWebDriver on a private Xvfb display), Debian's builds.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { sendKeysPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, findBrowsers } from './scripts/browsers.mjs';
import { skipReporter } from './scripts/skip-reporter.mjs';
import { startWebKit } from './scripts/webkit.mjs';
import { faultServer, startCrossOriginServer } from './tests/server/faults.mjs';
import { forcedColorsPlugin } from './tests/server/forced-colors.mjs';

const { chromium, firefox, webkit } = findBrowsers();
const crossOrigin = await startCrossOriginServer();
const only = process.env.MLO_BROWSERS?.split(',');

const browsers = [];
if (chromium && (!only || only.includes('chromium'))) {
  browsers.push(
    chromeLauncher({
      // Each test file in its own window (a fresh browser context), focused: test files run in
      // parallel, and a background tab gets no animation frames, which fixture() waits for.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          '--disable-quic',
          '--no-first-run',
          // Test files run in parallel tabs: keep background tabs painting (fixture() waits on rAF).
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  );
}
if (firefox && (!only || only.includes('firefox'))) {
  const launcher = chromeLauncher({
    launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
  });
  launcher.name = 'Firefox';
  browsers.push(launcher);
}

if (webkit && (!only || only.includes('webkit'))) {
  // Xvfb and WebKitWebDriver end with this process (scripts/webkit.mjs).
  const driver = await startWebKit();
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: driver.hostname,
    port: driver.port,
    logLevel: 'error',
    // Past the 30 s page-load timeout set below, so the driver answers before the client gives up.
    connectionRetryTimeout: 60_000,
    capabilities: driver.capabilities,
  });
  // One MiniBrowser session runs one test file at a time, each file in the top-level page
  // (test-runner-webdriver picks its SessionManager only when it sees concurrency 1; with more
  // it runs files in iframes, where focus and key events differ from a real page).
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize({ ...config, concurrency: 1 });
    launcher.name = 'WebKit'; // its own label is built from capabilities we leave unset
  };
  // The same 800×600 viewport as headless Chromium (MiniBrowser opens at 1024 wide), so the
  // layout tests measure the same boxes in both engines.
  let sized;
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    sized ??= Promise.all([
      launcher.driver.setWindowSize(800, 600),
      // A page that has not loaded in 30 s is answered as an error (said below); WebKitWebDriver
      // would otherwise wait 5 minutes while the client gives up at 1.
      launcher.driver.setTimeouts(undefined, 30_000),
    ]);
    await sized;
    // Now and then WebKitWebDriver's navigation to the next test file does not answer in time
    // ("This operation was aborted", ~1 full run in 10): its load event waits on every
    // subresource, which a test's slow fixture can hold back, while the test page itself is
    // already running. The launcher's own startSession drops that promise (queueStartSession
    // does not return it), so the rejection was unhandled and stopped the whole runner; a
    // second navigation would reload a running test file. So the navigation is awaited, and a
    // failure is said on the console and left to the runner's own timeouts: a file whose page
    // never starts fails on its own with testsStartTimeout, the others carry on.
    try {
      await launcher.driverManager.startSession(id, url);
    } catch (error) {
      console.warn(
        `[webkit] navigating to ${url} did not answer (${String(error?.message ?? error).split('\n')[0]}); the runner's own timeouts decide`,
      );
    }
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    await driver.stop();
  };
  browsers.push(launcher);
}

export default {
  files: ['tests/**/*.test.ts', '!tests/pack/**'],
  nodeResolve: true,
  // One test file at a time per browser, the three browsers at once: WebKit can only run files
  // one by one and is the long pole, so it starts first thing; five pages at once on a 2-core
  // machine made the timing-bound tests (fault bounds, axe) flaky and was no faster.
  concurrency: 1,
  concurrentBrowsers: 3,
  browsers,
  reporters: [defaultReporter(), skipReporter()],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 120000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin(),
    // Real key presses (Tab walks in tests/a11y/keyboard.test.ts), in all three engines.
    sendKeysPlugin(),
  ],
  middleware: [faultServer({ crossOriginPort: crossOrigin.port })],
};

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
  const startSession = launcher.startSession.bind(launcher);
  let sized;
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    sized ??= launcher.driver.setWindowSize(800, 600);
    await sized;
    // Now and then WebKitWebDriver aborts the navigation to the next test file ("This operation
    // was aborted", seen twice in ~10 full runs); unanswered, it stopped the whole runner. The
    // navigation is tried again, twice at most, and each retry is said on the console.
    for (let attempt = 1; ; attempt++) {
      try {
        return await startSession(id, url);
      } catch (error) {
        if (attempt > 2) throw error;
        console.warn(
          `[webkit] navigating to the next test file failed (${String(error?.message ?? error).split('\n')[0]}); retry ${attempt} of 2`,
        );
      }
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

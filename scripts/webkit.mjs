/**
 * WebKit (Safari's engine) for the tests: WebKitGTK's MiniBrowser driven by WebKitWebDriver
 * (Debian's `webkit2gtk-driver`), on a private Xvfb display. `startWebKit()` finds a free
 * display and port, starts both, and returns the webdriverio capabilities for a session; its
 * `stop()` ends both (and they end with this process anyway: see `killOnExit`).
 * Used by web-test-runner.config.mjs and the end-to-end suites (tests/e2e/browsers.mjs).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findBrowsers, missingBrowser } from './browsers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** webdriverio options for one session; see ../shared/docs/toolchain.md for why each is there. */
export function webkitCapabilities(minibrowser) {
  return {
    // webdriverio 9 asks for BiDi otherwise, and WebKitWebDriver answers "Failed to match capabilities".
    'wdio:enforceWebDriverClassic': true,
    // No browserName: WebKitWebDriver matches on the binary.
    'webkitgtk:browserOptions': {
      binary: minibrowser,
      // Safari's default fonts (Times, Helvetica, Courier; fontconfig has metric-compatible
      // Nimbus faces). WebKitGTK otherwise takes fontconfig's "serif", DejaVu Serif here, about
      // 15% wider than Times: text would wrap where it never does in Safari (or Chromium, whose
      // "Times New Roman" is Liberation Serif with the same metrics).
      args: [
        '--automation',
        '--default-font-family=Times',
        '--serif-font-family=Times',
        '--sans-serif-font-family=Helvetica',
        '--monospace-font-family=Courier',
      ],
    },
  };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A display number with no X server on it (no lock file, no socket). */
function freeDisplay() {
  for (let n = 90 + (process.pid % 50); n < 400; n++) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error('webkit: no free X display number');
}

const children = new Set();
let exitHookInstalled = false;
function killOnExit(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const c of children) c.kill('SIGTERM');
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
    });
  }
}

async function waitFor(what, child, test, timeout = 15_000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (child.exitCode !== null)
      throw new Error(`webkit: ${what} exited with code ${child.exitCode}`);
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`webkit: ${what} did not start within ${timeout} ms`);
}

/**
 * Starts Xvfb (where it is missing, the developer's own DISPLAY is used) and WebKitWebDriver.
 * Resolves to { hostname, port, capabilities, display, stop() }.
 */
export async function startWebKit() {
  const { webkit } = findBrowsers();
  if (!webkit) throw new Error(missingBrowser('webkit'));
  let display = process.env.DISPLAY;
  let xvfb;
  if (webkit.xvfb !== 'DISPLAY') {
    const n = freeDisplay();
    display = `:${n}`;
    xvfb = spawn(webkit.xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    });
    killOnExit(xvfb);
    await waitFor('Xvfb', xvfb, () => existsSync(`/tmp/.X11-unix/X${n}`));
  }
  const port = await freePort();
  const driver = spawn(webkit.driver, [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display },
  });
  let stderr = '';
  driver.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  killOnExit(driver);
  await waitFor('WebKitWebDriver', driver, async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      return res.ok;
    } catch {
      return false;
    }
  }).catch((error) => {
    throw new Error(`${error.message}${stderr ? `: ${stderr.trim()}` : ''}`);
  });
  return {
    hostname: '127.0.0.1',
    port,
    display,
    capabilities: webkitCapabilities(webkit.minibrowser),
    async stop() {
      for (const child of [driver, xvfb]) {
        if (!child || child.exitCode !== null) continue;
        child.kill('SIGTERM');
        await Promise.race([new Promise((r) => child.once('exit', r)), sleep(3000)]);
      }
    },
  };
}

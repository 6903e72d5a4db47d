#!/usr/bin/env node
// Finds Chromium/Chrome, Firefox and WebKit (WebKitGTK: WebKitWebDriver, MiniBrowser, Xvfb) for
// the test runner. On Debian/Ubuntu as root, installs Debian's `chromium`, `firefox-esr`,
// `webkit2gtk-driver` and `xvfb` when any is missing; elsewhere stops with one line saying what
// to install. MLO_BROWSERS (e.g. `chromium,firefox`) limits what is needed.
import { findBrowsers, missingBrowser, missingWebKit } from './browsers.mjs';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const only = process.env.MLO_BROWSERS?.split(',').map((b) => b.trim());
const wanted = (name) => !only || only.includes(name);

/** Debian packages for what is missing, and a human name for each. */
function missing() {
  const found = findBrowsers();
  const webkitParts = missingWebKit();
  return [
    wanted('chromium') && !found.chromium && { pkg: 'chromium', what: 'Chromium/Chrome' },
    wanted('firefox') && !found.firefox && { pkg: 'firefox-esr', what: 'Firefox' },
    wanted('webkit') &&
      webkitParts.some((p) => p !== 'Xvfb') && {
        pkg: 'webkit2gtk-driver',
        what: 'WebKitGTK (WebKitWebDriver and MiniBrowser)',
      },
    wanted('webkit') &&
      webkitParts.includes('Xvfb') && { pkg: 'xvfb', what: 'Xvfb (a display for WebKit)' },
  ].filter(Boolean);
}

let todo = missing();
if (todo.length === 0) process.exit(0);

const isDebian =
  existsSync('/etc/debian_version') ||
  /ID(_LIKE)?=.*(debian|ubuntu)/.test(safeRead('/etc/os-release'));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (isDebian && isRoot) {
  const pkgs = todo.map((t) => t.pkg).join(' ');
  console.log(`Installing Debian packages for the browser tests: ${pkgs}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
    stdio: 'inherit',
  });
  todo = missing();
  if (todo.length === 0) process.exit(0);
}
console.error(
  [
    ...['chromium', 'firefox', 'webkit'].filter(wanted).map(missingBrowser).filter(Boolean),
    'Or run only the browsers you have (MLO_BROWSERS=chromium,firefox npm test).',
  ].join('\n'),
);
process.exit(1);

function safeRead(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

#!/usr/bin/env node
// Finds Chromium/Chrome and Firefox for the test runner. On Debian/Ubuntu as root, installs
// Debian's `chromium` and `firefox-esr` when either is missing; elsewhere stops with one line.
import { findBrowsers } from './browsers.mjs';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

let found = findBrowsers();
if (found.chromium && found.firefox) process.exit(0);

const isDebian = existsSync('/etc/debian_version') || /ID(_LIKE)?=.*(debian|ubuntu)/.test(safeRead('/etc/os-release'));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const missing = [!found.chromium && 'chromium', !found.firefox && 'firefox-esr'].filter(Boolean);

if (isDebian && isRoot) {
  console.log(`Installing Debian packages for the browser tests: ${missing.join(' ')}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
  found = findBrowsers();
  if (found.chromium && found.firefox) process.exit(0);
}
console.error(
  `mlo-newsroom tests need Chromium/Chrome and Firefox: missing ${missing.join(' and ')}. ` +
    `Install them (Debian/Ubuntu: sudo apt-get install chromium firefox-esr) or set CHROME_PATH and FIREFOX_PATH.`,
);
process.exit(1);

function safeRead(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

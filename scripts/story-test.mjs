#!/usr/bin/env node
/**
 * `npm run test:stories` (after `npm run build-storybook`): every story of storybook-static/ in
 * headless Chromium. A story fails on an uncaught page error, a console error, or an axe-core
 * violation (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) inside #storybook-root, checked once the
 * widgets have settled (no `mlo-*` element with state="loading", at most 5 s).
 *
 * Stories run one at a time in one page; MLO_STORIES=<substring> runs only matching ids, and
 * MLO_STORY_GLOBALS sets toolbar globals for every story (e.g. `theme:dark;lang:sr-Cyrl`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const SETTLE_MS = 5_000;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const only = process.env.MLO_STORIES;
// a11y.manual: the a11y addon would run its own axe after each render, and two axe runs on one
// page collide ("Axe is already running"); this script is the check.
const globals = ['a11y.manual:!true', process.env.MLO_STORY_GLOBALS].filter(Boolean).join(';');
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!only || entry.id.includes(only)),
);
if (stories.length === 0) {
  // A run that checks nothing must not pass.
  console.error(`No stories in storybook-static/index.json${only ? ` matching "${only}"` : ''}.`);
  process.exit(1);
}

const executablePath = findBrowsers().chromium;
if (!executablePath) {
  console.error(
    'No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}

const server = await serve(staticDir);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
const failed = [];
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  let problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed request logs "Failed to load resource" without its URL; 'response' names it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.url().replace(server.url, '')}`);
  });
  page.on('requestfailed', (request) => {
    // Navigating to the next story aborts the last one's stragglers: not a failure.
    const reason = request.failure()?.errorText ?? '';
    if (!reason.includes('ERR_ABORTED'))
      problems.push(`request failed: ${request.url().replace(server.url, '')} (${reason})`);
  });

  for (const story of stories) {
    problems = [];
    const started = Date.now();
    try {
      await page.goto(
        `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`,
        {
          waitUntil: 'load',
        },
      );
      // Storybook has rendered the story (or its error display) once the root has content or
      // the error panel shows.
      await page.waitForFunction(
        () =>
          document.querySelector('#storybook-root')?.childElementCount > 0 ||
          document.body.classList.contains('sb-show-errordisplay'),
        null,
        { timeout: 15_000 },
      );
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
        const text = await page.evaluate(() =>
          document.querySelector('#error-message')?.textContent?.trim(),
        );
        problems.push(`Storybook error display: ${text}`);
      }
      const settled = await page
        .waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
              el.localName.startsWith('mlo-'),
            );
            return widgets.every((el) => el.getAttribute('state') !== 'loading');
          },
          null,
          { timeout: SETTLE_MS, polling: 50 },
        )
        .then(() => true)
        .catch(() => false);
      // Let the last render and its events land before axe looks.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );

      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async (runOnly) => {
        // Search options are named by their title and described by the rest (the APG pattern);
        // label-content-name-mismatch would take all their text for the label (tests/helpers/axe.ts).
        window.axe.configure({
          rules: [
            {
              id: 'label-content-name-mismatch',
              selector: ':not([role="option"][aria-labelledby][aria-describedby])',
            },
          ],
        });
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly,
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
          count: v.nodes.length,
        }));
      }, WCAG);
      for (const v of violations) {
        problems.push(
          `axe ${v.id} (${v.impact}, ${v.count} node${v.count === 1 ? '' : 's'}): ${v.help} — ${v.targets.join(', ')}`,
        );
      }
      const note = settled ? '' : ' (still loading after 5 s)';
      if (problems.length > 0) {
        failed.push({ story, problems });
        console.log(`  FAIL ${story.id}${note}`);
        for (const problem of problems) console.log(`       ${problem}`);
      } else {
        console.log(`  ok   ${story.id} (${Date.now() - started} ms)${note}`);
      }
    } catch (error) {
      failed.push({ story, problems: [...problems, error.message] });
      console.log(`  FAIL ${story.id}: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\n${stories.length - failed.length}/${stories.length} stories passed`);
if (failed.length > 0) {
  console.error(`Failed: ${failed.map((f) => f.story.id).join(', ')}`);
  process.exit(1);
}

/** A static server on 127.0.0.1 and a free port. */
function serve(dir) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.woff2': 'font/woff2',
    '.map': 'application/json',
  };
  return new Promise((done) => {
    const http = createServer((request, response) => {
      const path = resolve(
        dir,
        `.${decodeURIComponent(new URL(request.url, 'http://x').pathname)}`,
      );
      if (!path.startsWith(dir) || !existsSync(path) || !extname(path)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(path));
    });
    http.listen(0, '127.0.0.1', () =>
      done({ url: `http://127.0.0.1:${http.address().port}`, close: () => http.close() }),
    );
  });
}

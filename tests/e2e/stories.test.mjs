/**
 * `npm run test:stories` (after `npm run build-storybook`): every story of storybook-static/ in
 * Chromium. A story fails on an uncaught page error, a console error, a failed request, or an
 * axe-core violation (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) inside #storybook-root, checked once
 * the widgets have settled (no `mlo-*` element with state="loading", at most 5 s).
 *
 * Stories run one at a time in one page; MLO_STORIES=<substring> runs only matching ids, and
 * MLO_STORY_GLOBALS sets toolbar globals for every story (e.g. `theme:dark;lang:sr-Cyrl`).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { engines, launch } from './browsers.mjs';
import { SETTLED, root, sendFile, serve, widgetsSettled } from './helpers.mjs';

const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const SETTLE_MS = 5_000;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

assert.ok(
  existsSync(join(staticDir, 'index.json')),
  'storybook-static/index.json missing: run `npm run build-storybook` first.',
);
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const only = process.env.MLO_STORIES;
// a11y.manual: the a11y addon would run its own axe after each render, and two axe runs on one
// page collide ("Axe is already running"); this suite is the check.
const globals = ['a11y.manual:!true', process.env.MLO_STORY_GLOBALS].filter(Boolean).join(';');
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!only || entry.id.includes(only)),
);
// A run that checks nothing must not pass.
assert.ok(
  stories.length > 0,
  `No stories in storybook-static/index.json${only ? ` matching "${only}"` : ''}.`,
);

/** In the page: axe's violations inside #storybook-root, in short. */
async function axeViolations(runOnly) {
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
  return result.violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

describe(
  'stories',
  { skip: !engines(['chromium']).length && 'MLO_BROWSERS leaves out chromium' },
  () => {
    let server;
    let browser;
    let page;
    let problems = [];
    before(async () => {
      server = await serve((req, res) => {
        const path = new URL(req.url, 'http://x').pathname;
        // Chromium asks for a favicon by itself (Playwright's did not): no story's fault.
        if (path === '/favicon.ico') return void res.writeHead(204).end();
        if (!sendFile(res, staticDir, path)) res.writeHead(404).end();
      });
      browser = await launch('chromium');
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // A failed request logs "Failed to load resource" without its URL; 'response' names it.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          problems.push(`console error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.push(`HTTP ${response.status()}: ${response.url().replace(server.origin, '')}`);
      });
      page.on('requestfailed', (request) => {
        // Navigating to the next story aborts the last one's stragglers: not a failure.
        const reason = request.failure()?.errorText ?? '';
        if (!reason.includes('ERR_ABORTED'))
          problems.push(`request failed: ${request.url().replace(server.origin, '')} (${reason})`);
      });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const story of stories) {
      it(story.id, async (t) => {
        problems = [];
        await page.goto(
          `${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`,
          { waitUntil: 'load' },
        );
        // Storybook has rendered the story (or its error display).
        await page.waitForFunction(
          () =>
            document.querySelector('#storybook-root')?.childElementCount > 0 ||
            document.body.classList.contains('sb-show-errordisplay'),
          null,
          { timeout: 15_000 },
        );
        if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')))
          problems.push(
            `Storybook error display: ${await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim())}`,
          );
        const settled = await page
          .waitForFunction(
            widgetsSettled,
            // Not loading: a story may also hold a widget that has not upgraded.
            { scope: '#storybook-root', states: [null, ...SETTLED], none: true },
            { timeout: SETTLE_MS, polling: 50 },
          )
          .then(
            () => true,
            () => false,
          );
        if (!settled) t.diagnostic('still loading after 5 s');
        // Let the last render and its events land before axe looks.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        await page.addScriptTag({ path: axePath });
        problems.push(...(await page.evaluate(axeViolations, WCAG)));
        assert.deepEqual(problems, []);
      });
    }
  },
);

#!/usr/bin/env node
/**
 * `npm run test:visual` (after `npm run build-storybook`): a screenshot of every story's root in
 * headless Chromium, compared with the baseline committed in tests/visual/stories/<story id>.png,
 * so a change that moves pixels shows in review. `UPDATE_BASELINES=1` writes the baselines
 * (missing ones are always written, and said); MLO_STORIES=<substring> picks stories.
 *
 * Stable by construction: a fixed 800 × 600 viewport at 1×, reduced motion (no shimmer, a
 * rotating quote starts paused), animations and the caret off, a seeded `Math.random` (the
 * `pick="random"` quote), fonts loaded and pictures decoded before the shot; the shot is the story root
 * (cropped at CLIP_HEIGHT). A pixel counts as changed past pixelmatch's colour threshold 0.1,
 * anti-aliased pixels ignored; a story fails when more than MAX_CHANGED of its pixels changed
 * or its size did. The actual and diff images of a failure go to storybook-static/visual-diff/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const baselineDir = join(root, 'tests/visual/stories');
const diffDir = join(staticDir, 'visual-diff');
const VIEWPORT = { width: 800, height: 600 };
/** Long stories (a list of ten, an article) are compared on their first CLIP_HEIGHT px. */
const CLIP_HEIGHT = 700;
/** Share of a story's pixels that may differ (anti-aliasing aside) before it fails. */
const MAX_CHANGED = 0.0005;
const SETTLE_MS = 5_000;
const update = process.env.UPDATE_BASELINES === '1';

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const only = process.env.MLO_STORIES;
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!only || entry.id.includes(only)),
);
if (stories.length === 0) {
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

// Math.random, seeded (mulberry32): the same "random" quote on every run.
const SEEDED_RANDOM = `(() => { let a = 29; Math.random = () => { a |= 0; a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; })();`;

mkdirSync(baselineDir, { recursive: true });
const server = await serve(staticDir);
const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
const failed = [];
const written = [];
try {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  await context.addInitScript({ content: SEEDED_RANDOM });
  const page = await context.newPage();
  for (const story of stories) {
    try {
      const shot = await screenshot(page, story.id);
      const file = join(baselineDir, `${story.id}.png`);
      if (update || !existsSync(file)) {
        writeFileSync(file, shot);
        written.push(story.id);
        console.log(`  wrote ${story.id}`);
        continue;
      }
      const problem = compare(readFileSync(file), shot, story.id);
      if (problem) {
        failed.push(story.id);
        console.log(`  FAIL ${story.id}: ${problem}`);
      } else console.log(`  ok   ${story.id}`);
    } catch (error) {
      failed.push(story.id);
      console.log(`  FAIL ${story.id}: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `\n${stories.length - failed.length}/${stories.length} stories match their baselines` +
    (written.length ? ` (${written.length} written)` : ''),
);
if (written.length && !update)
  console.log('New baselines: review them and commit tests/visual/stories/.');
if (failed.length > 0) {
  console.error(
    `Changed: ${failed.join(', ')}\nSee storybook-static/visual-diff/; if the change is meant, ` +
      'run `UPDATE_BASELINES=1 npm run test:visual` and commit the new baselines (CONTRIBUTING.md).',
  );
  process.exit(1);
}

/** The story root's pixels once the widgets have settled, as a PNG buffer. */
async function screenshot(page, id) {
  await page.goto(
    `${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`,
    { waitUntil: 'load' },
  );
  await page.waitForFunction(
    () => document.querySelector('#storybook-root')?.childElementCount > 0,
    null,
    { timeout: 15_000 },
  );
  await page
    .waitForFunction(
      () => {
        const all = (node) => [
          ...node.querySelectorAll('*'),
          ...[...node.querySelectorAll('*')].flatMap((el) =>
            el.shadowRoot ? all(el.shadowRoot) : [],
          ),
        ];
        const els = all(document.querySelector('#storybook-root'));
        const widgets = els.filter((el) => el.localName.startsWith('mlo-'));
        const images = els.filter((el) => el.localName === 'img');
        return (
          // A loading story's feed never answers (.storybook/preview.ts): its skeleton is the shot.
          widgets.every(
            (el) =>
              el.getAttribute('state') !== 'loading' ||
              el.getAttribute('src')?.includes('__loading__'),
          ) && images.every((img) => img.complete)
        );
      },
      null,
      { timeout: SETTLE_MS, polling: 50 },
    )
    .catch(() => {});
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Pictures decoded, lazy ones too: a half-decoded photo is a change of thousands of pixels.
    const images = (node) =>
      [...node.querySelectorAll('*')].flatMap((el) => [
        ...(el.localName === 'img' ? [el] : []),
        ...(el.shadowRoot ? images(el.shadowRoot) : []),
      ]);
    await Promise.all(
      images(document).map((img) => {
        img.loading = 'eager';
        return img.decode().catch(() => undefined);
      }),
    );
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  const box = await page.locator('#storybook-root').boundingBox();
  if (!box) throw new Error('no #storybook-root box');
  return page.screenshot({
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, CLIP_HEIGHT) },
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}

/** Why two PNGs differ, or '' when they match; writes the actual and diff images if they do not. */
function compare(expectedPng, actualPng, id) {
  const expected = PNG.sync.read(expectedPng);
  const actual = PNG.sync.read(actualPng);
  const save = (name, png) => {
    mkdirSync(diffDir, { recursive: true });
    writeFileSync(join(diffDir, `${id}.${name}.png`), PNG.sync.write(png));
  };
  if (expected.width !== actual.width || expected.height !== actual.height) {
    save('actual', actual);
    return `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`;
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, width, height, {
    threshold: 0.1,
    includeAA: false,
  });
  if (changed <= MAX_CHANGED * width * height) return '';
  save('actual', actual);
  save('diff', diff);
  return `${changed} pixels changed (${((100 * changed) / (width * height)).toFixed(2)} %)`;
}

/** A static server on 127.0.0.1 and a free port (as scripts/story-test.mjs). */
function serve(dir) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.woff2': 'font/woff2',
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

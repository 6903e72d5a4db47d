/**
 * `npm run test:visual` (after `npm run build-storybook`): a screenshot of every story's root in
 * headless Chromium, compared with the baseline committed in tests/visual/stories/<story id>.png,
 * so a change that moves pixels shows in review. `UPDATE_BASELINES=1` writes the baselines; a
 * story without a baseline fails (write it, look at it, commit it), and so does a baseline whose
 * story is gone (renamed or removed: `UPDATE_BASELINES=1` deletes it). MLO_STORIES=<substring>
 * (or several, comma-separated) picks stories; the check of the baselines as a set always looks at all of them.
 *
 * Stable by construction: a fixed 800 × 600 viewport at 1×, reduced motion (no shimmer, a
 * rotating quote starts paused), animations, transitions and the caret off, a seeded
 * `Math.random` (the `pick="random"` quote), fonts loaded and pictures decoded before the shot;
 * the shot is the story root (cropped at CLIP_HEIGHT). A pixel counts as changed past
 * pixelmatch's colour threshold 0.1, anti-aliased pixels ignored; a story fails when more than
 * MAX_CHANGED of its pixels changed or its size did. The actual and diff images of a failure go
 * to storybook-static/visual-diff/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { engines, launch } from './browsers.mjs';
import { root, sendFile, serve } from './helpers.mjs';

const staticDir = join(root, 'storybook-static');
const baselineDir = join(root, 'tests/visual/stories');
const diffDir = join(staticDir, 'visual-diff');
const VIEWPORT = { width: 800, height: 600, deviceScaleFactor: 1 };
/** Long stories (a list of ten, an article) are compared on their first CLIP_HEIGHT px. */
const CLIP_HEIGHT = 700;
/** Share of a story's pixels that may differ (anti-aliasing aside) before it fails. */
const MAX_CHANGED = 0.0005;
const SETTLE_MS = 5_000;
const update = process.env.UPDATE_BASELINES === '1';

assert.ok(
  existsSync(join(staticDir, 'index.json')),
  'storybook-static/index.json missing: run `npm run build-storybook` first.',
);
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const only = process.env.MLO_STORIES;
const allStories = Object.values(index.entries).filter((entry) => entry.type === 'story');
// Several substrings, comma-separated, pick the stories matching any of them.
const stories = allStories.filter(
  (entry) => !only || only.split(',').some((part) => entry.id.includes(part.trim())),
);
assert.ok(stories.length > 0, `No stories in storybook-static/index.json matching "${only}".`);

// Math.random, seeded (mulberry32): the same "random" quote on every run.
const SEEDED_RANDOM = `(() => { let a = 29; Math.random = () => { a |= 0; a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; })();`;
// What Playwright's `animations: 'disabled'` and `caret: 'hide'` did; caret-color inherits into
// the widgets' shadow roots.
const STILL = `*, *::before, *::after { animation: none !important; transition: none !important;
  caret-color: transparent !important; }`;

describe(
  'visual baselines',
  { skip: !engines(['chromium']).length && 'MLO_BROWSERS leaves out chromium' },
  () => {
    let server;
    let browser;
    let page;
    before(async () => {
      mkdirSync(baselineDir, { recursive: true });
      server = await serve((req, res) => {
        const path = new URL(req.url, 'http://x').pathname;
        if (path === '/favicon.ico') return void res.writeHead(204).end();
        if (!sendFile(res, staticDir, path)) res.writeHead(404).end();
      });
      browser = await launch('chromium');
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript({ content: SEEDED_RANDOM });
      page = (await context.newPage()).raw;
      await page.emulateMediaFeatures([
        { name: 'prefers-reduced-motion', value: 'reduce' },
        { name: 'prefers-color-scheme', value: 'light' },
      ]);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    // Baselines and stories as two sets: a renamed story leaves a baseline nobody compares
    // against and a story nobody photographed; both fail here, named, before any screenshot.
    it('every baseline has its story and every story its baseline', () => {
      const ids = new Set(allStories.map((story) => story.id));
      const files = readdirSync(baselineDir).filter((name) => name.endsWith('.png'));
      const orphans = files.filter((name) => !ids.has(name.slice(0, -'.png'.length)));
      const missing = [...ids].filter((id) => !files.includes(`${id}.png`));
      if (update) {
        for (const name of orphans) rmSync(join(baselineDir, name));
        return;
      }
      const problems = [
        ...orphans.map(
          (name) =>
            `tests/visual/stories/${name}: no story with this id (renamed or removed?); ` +
            '`UPDATE_BASELINES=1 npm run test:visual` deletes it (or `git rm` it)',
        ),
        ...missing.map(
          (id) =>
            `${id}: no baseline; run \`UPDATE_BASELINES=1 MLO_STORIES=${id} npm run test:visual\`, ` +
            'look at it, commit it',
        ),
      ];
      assert.deepEqual(problems, [], `stale visual baselines:\n${problems.join('\n')}`);
    });

    for (const story of stories) {
      it(story.id, async () => {
        const shot = await screenshot(page, server.origin, story.id);
        const file = join(baselineDir, `${story.id}.png`);
        if (update) return void writeFileSync(file, shot);
        assert.ok(
          existsSync(file),
          `no baseline: run \`UPDATE_BASELINES=1 MLO_STORIES=${story.id} npm run test:visual\`, look at it, commit it`,
        );
        assert.equal(
          compare(readFileSync(file), shot, story.id),
          '',
          'see storybook-static/visual-diff/; if the change is meant, run ' +
            '`UPDATE_BASELINES=1 npm run test:visual` and commit the baselines (CONTRIBUTING.md)',
        );
      });
    }
  },
);

/** The story root's pixels once the widgets have settled, as a PNG buffer (puppeteer's page). */
async function screenshot(page, origin, id) {
  await page.goto(
    `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`,
    { waitUntil: 'load' },
  );
  await page.waitForFunction(
    () => document.querySelector('#storybook-root')?.childElementCount > 0,
    { timeout: 15_000 },
  );
  await page.addStyleTag({ content: STILL });
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
  const box = await (await page.$('#storybook-root')).boundingBox();
  assert.ok(box, 'no #storybook-root box');
  return Buffer.from(
    await page.screenshot({
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, CLIP_HEIGHT) },
      captureBeyondViewport: true,
    }),
  );
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

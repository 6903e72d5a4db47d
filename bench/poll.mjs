#!/usr/bin/env node
// What live refresh costs (issue #27): a news list of 20 items with `refresh="5"` on a page built
// from dist/cdn (run `npm run build:cdn` first), in Chromium at 4x CPU slowdown. Measures one
// unchanged poll (bytes on the wire, main-thread task time in the window around it, whether
// anything rendered) and one poll that brings 1 new item (the longest task), and what the feed's
// server sees per visitor per hour. Usage: node bench/poll.mjs (TRACE=1: where the unchanged
// poll's main-thread time goes, by bench/trace.mjs). Prints Markdown; no assertion.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browsers.mjs';
import { breakdown, startTrace, stopTrace } from './trace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const items = (n, first = 0) =>
  Array.from({ length: n }, (_, i) => ({
    id: `i${first + n - i}`,
    title: `Item ${first + n - i}`,
    summary: 'A summary of the item, long enough to wrap onto a second line in a list layout.',
    content_text: 'Body',
    date_published: new Date(Date.UTC(2024, 0, 1) + (first + n - i) * 36e5).toISOString(),
  }));
let feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'B',
  items: items(20),
});
const log = [];
const server = createServer(async (req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end(`<!doctype html><meta charset="utf-8"><script type="module" src="/cdn/mlo-newsroom.js"></script>
<script>window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) __long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
window.__renders = 0; addEventListener('mlo-update', () => __renders++);</script>
<mlo-news-list src="/feed.json" refresh="5" limit="20" lang="en"></mlo-news-list>`);
  }
  if (req.url === '/feed.json') {
    const etag = `"${feed.length}-${feed.charCodeAt(60)}-${feed.slice(-40)}"`.replace(
      /[^\w"-]/g,
      '',
    );
    const headers = {
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Content-Type': 'application/feed+json',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      log.push({ at: Date.now(), status: 304, bytes: 0 });
      return;
    }
    res.writeHead(200, headers);
    res.end(feed);
    log.push({ at: Date.now(), status: 200, bytes: Buffer.byteLength(feed) });
    return;
  }
  if (req.url.startsWith('/cdn/')) {
    try {
      const body = await readFile(join(root, 'dist', req.url.split('?')[0]));
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(body);
    } catch {
      /* fall through */
    }
  }
  res.writeHead(404);
  res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch('chromium');
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await cdp.send('Network.enable');
let wire = 0;
cdp.on('Network.loadingFinished', (e) => (wire += e.encodedDataLength));
await page.goto(origin);
await page.waitForFunction(
  () => document.querySelector('mlo-news-list')?.getAttribute('state') === 'ready',
);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const metric = async (name) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
const nextPoll = async () => {
  const count = log.length;
  while (log.length === count) await new Promise((r) => setTimeout(r, 20));
  await page.waitForTimeout(700); // the answer read and, if any, rendered
  return log.at(-1);
};

// 1. An unchanged poll: the window from just after one poll to just after the next (~5 s).
await nextPoll();
const nodes = await page.evaluate(() => {
  window.__nodes = [
    ...document.querySelector('mlo-news-list').shadowRoot.querySelectorAll('article'),
  ];
  return window.__nodes.length;
});
const task0 = await metric('TaskDuration');
const wire0 = wire;
if (process.env.TRACE) await startTrace(cdp);
const unchanged = await nextPoll();
const unchangedTaskMs = ((await metric('TaskDuration')) - task0) * 1000;
if (process.env.TRACE) {
  const b = breakdown(await stopTrace(cdp), join(root, 'dist/cdn'));
  console.error(JSON.stringify({ kinds: b.kinds, js: b.js, longest: b.longest }, null, 1));
}
const unchangedWire = wire - wire0;
const same = await page.evaluate(() =>
  [...document.querySelector('mlo-news-list').shadowRoot.querySelectorAll('article')].every(
    (n, i) => n === window.__nodes[i],
  ),
);
// An idle window of the same length, for comparison (timers, the browser's own work).
const idle0 = await metric('TaskDuration');
await page.waitForTimeout(1000);
const idlePerSecond = ((await metric('TaskDuration')) - idle0) * 1000;

// 2. A poll that brings 1 new item to the 20-item list.
await page.evaluate(() => (window.__long = []));
feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'B',
  items: items(21),
});
const changed = await nextPoll();
const { long, renders } = await page.evaluate(() => ({
  long: window.__long,
  renders: window.__renders,
}));
await browser.close();
server.close();

const polls = log.filter((l) => l.at > log[0].at);
console.log(`| live refresh (Chromium, 4x CPU, 20-item list, refresh=5) | |
|---|---|
| unchanged poll: answer | HTTP ${unchanged.status} to the server; ${unchangedWire} body bytes to the page (CDP encodedDataLength) |
| unchanged poll: main-thread task time over the ~5 s window | ${unchangedTaskMs.toFixed(1)} ms (an idle second: ${idlePerSecond.toFixed(1)} ms) |
| unchanged poll: rendered | ${same ? 'nothing (the ' + nodes + ' items are the same DOM nodes)' : 'SOMETHING CHANGED'} |
| poll with 1 new item: answer | HTTP ${changed.status}, ${changed.bytes} bytes of feed |
| poll with 1 new item: tasks over 50 ms | ${long.length ? long.map((d) => d.toFixed(0) + ' ms').join(', ') : 'none'} (mlo-update events: ${renders}) |
| server: requests per visitor per hour at refresh=60 | at most 60 while the tab is visible, 0 while hidden; here ${polls.filter((p) => p.status === 304).length} of ${polls.length} polls were 304 |`);

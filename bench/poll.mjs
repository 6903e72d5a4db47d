#!/usr/bin/env node
// What live refresh costs (issue #27): a news list of 20 items with `refresh="5"` on a page built
// from dist/cdn (run `npm run build:cdn` first), in Chromium at 4x CPU slowdown. Measures the
// unchanged poll (bytes on the wire as the server wrote them, main-thread task time per poll,
// whether anything rendered), the browser's own floor for the same request (a bare `fetch` with
// `cache: 'no-cache'` whose body is dropped), one poll that brings 1 new item (the longest task),
// and what the feed's server sees per visitor per hour. The main-thread figures are medians of
// several windows less an idle window of the same page (DevTools' Network domain stays off: it
// costs the page main-thread time per request). Usage: node bench/poll.mjs (TRACE=1: where one
// unchanged poll's main-thread time goes, by bench/trace.mjs). Prints Markdown; no assertion.
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
    // What went on the wire for this answer, headers included (one request at a time per socket).
    const written = req.socket.bytesWritten;
    const entry = { at: Date.now(), status: 200, bytes: 0, wire: 0 };
    res.on('finish', () => (entry.wire = req.socket.bytesWritten - written));
    if (req.headers['if-none-match'] === etag) {
      entry.status = 304;
      res.writeHead(304, headers);
      res.end();
    } else {
      entry.bytes = Buffer.byteLength(feed);
      res.writeHead(200, headers);
      res.end(feed);
    }
    log.push(entry);
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

// 1. Unchanged polls: each window runs from just after one poll to just after the next (~5 s).
const WINDOWS = 4;
const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
await nextPoll();
const nodes = await page.evaluate(() => {
  window.__nodes = [
    ...document.querySelector('mlo-news-list').shadowRoot.querySelectorAll('article'),
  ];
  return window.__nodes.length;
});
const windows = [];
let unchanged;
for (let i = 0; i < WINDOWS; i++) {
  const task0 = await metric('TaskDuration');
  const since = performance.now();
  if (process.env.TRACE && i === 0) await startTrace(cdp);
  unchanged = await nextPoll();
  windows.push({
    ms: ((await metric('TaskDuration')) - task0) * 1000,
    s: (performance.now() - since) / 1000,
  });
  if (process.env.TRACE && i === 0) {
    const b = breakdown(await stopTrace(cdp), join(root, 'dist/cdn'));
    console.error(JSON.stringify({ kinds: b.kinds, js: b.js, longest: b.longest }, null, 1));
  }
}
const unchangedBytes = Buffer.byteLength(feed);
const same = await page.evaluate(() =>
  [...document.querySelector('mlo-news-list').shadowRoot.querySelectorAll('article')].every(
    (n, i) => n === window.__nodes[i],
  ),
);

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

// 3. The same page without polling (refresh removed): its idle rate, and the browser's floor,
// a bare conditional fetch whose body is dropped, one per window of 1 s.
await page.evaluate(() => document.querySelector('mlo-news-list').removeAttribute('refresh'));
await page.evaluate(() => fetch('/feed.json', { cache: 'no-cache' }).then((r) => r.body?.cancel()));
await page.waitForTimeout(1000);
const idle0 = await metric('TaskDuration');
const idleSince = performance.now();
await page.waitForTimeout(5000);
const idlePerSecond =
  (((await metric('TaskDuration')) - idle0) * 1000) / ((performance.now() - idleSince) / 1000);
const bare = [];
for (let i = 0; i < WINDOWS; i++) {
  const task0 = await metric('TaskDuration');
  const since = performance.now();
  await page.evaluate(() =>
    setTimeout(() => fetch('/feed.json', { cache: 'no-cache' }).then((r) => r.body?.cancel()), 50),
  );
  await page.waitForTimeout(1000);
  const seconds = (performance.now() - since) / 1000;
  bare.push(((await metric('TaskDuration')) - task0) * 1000 - idlePerSecond * seconds);
}
const perPoll = windows.map((w) => w.ms - idlePerSecond * w.s);
await browser.close();
server.close();

const polls = log.filter((l) => l.at > log[0].at);
console.log(`| live refresh (Chromium, 4x CPU, 20-item list, refresh=5) | |
|---|---|
| unchanged poll: answer | HTTP ${unchanged.status}, ${unchanged.wire} bytes on the wire (headers only; the feed is ${unchangedBytes} bytes) |
| unchanged poll: main-thread task time per poll | ${median(perPoll).toFixed(1)} ms, median of ${WINDOWS} (${perPoll.map((m) => m.toFixed(1)).join(', ')}), idle page subtracted (${idlePerSecond.toFixed(1)} ms a second) |
| the browser's floor: a bare conditional fetch, body dropped | ${median(bare).toFixed(1)} ms, median of ${WINDOWS} (${bare.map((m) => m.toFixed(1)).join(', ')}) |
| unchanged poll: rendered | ${same ? 'nothing (the ' + nodes + ' items are the same DOM nodes)' : 'SOMETHING CHANGED'} |
| poll with 1 new item: answer | HTTP ${changed.status}, ${changed.bytes} bytes of feed |
| poll with 1 new item: tasks over 50 ms | ${long.length ? long.map((d) => d.toFixed(0) + ' ms').join(', ') : 'none'} (mlo-update events: ${renders}) |
| server: requests per visitor per hour at refresh=60 | at most 60 while the tab is visible, 0 while hidden; here ${polls.filter((p) => p.status === 304).length} of ${polls.length} polls were 304 |`);

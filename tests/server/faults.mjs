// A real local HTTP server for the feed's faults: koa middleware on the test runner's own
// server under /__mlo/, plus a second origin (another port) that refuses CORS.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const sampleFeed = () =>
  readFileSync(new URL('../../demo/data/newsroom.json', import.meta.url), 'utf8');
const minimalFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Fault server feed',
  items: [{ id: '1', title: 'Hello', content_text: 'Hi', date_published: '2024-01-01T00:00:00Z' }],
});

/** Requests seen per key, so tests can check that one URL is fetched once. */
const counts = new Map();
/** Per key: how many requests were answered 304, and the feed a test set (`live`). */
const notModified = new Map();
const liveFeeds = new Map();
/** Requests per file of a paged feed (`pages`). */
const pageTries = new Map();

/** A feed of the given item ids (`3,2,1`), each titled `Item <id>` unless `id~title`. */
const feedOf = (ids) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Live',
    items: ids
      .split(',')
      .filter(Boolean)
      .map((entry) => {
        const [id, title = `Item ${id}`] = entry.split('~');
        // Newest first by id: item 3 is a day newer than item 2.
        const date = new Date(Date.UTC(2024, 0, 1) + (Number(id) || 0) * 864e5).toISOString();
        return { id, title, content_text: title, date_published: date };
      }),
  });

const json = (ctx, body, status = 200, type = 'application/feed+json') => {
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The archive index fixture (scripts/build-archive-fixture.mjs), built on first request. */
let archiveFiles;
/** Every archive file requested, in order, per run, for tests that count round trips. */
const archiveLogs = new Map();

export function faultServer({ crossOriginPort }) {
  return async function mloFaults(ctx, next) {
    if (!ctx.path.startsWith('/__mlo/')) return next();
    const [, , name, key = ''] = ctx.path.split('/');
    const q = ctx.query;
    const count = (counts.get(`${name}/${key}`) ?? 0) + 1;
    counts.set(`${name}/${key}`, count);
    ctx.set('Cache-Control', 'no-store');
    if (q.cookie) ctx.set('Set-Cookie', 'mlo-test=1; Path=/');

    switch (name) {
      case 'live': {
        // A feed that changes when a test says so (POST ?items=3,2,1), with an ETag, so a poll
        // of an unchanged feed is a conditional request answered 304. `?maxAge=` and
        // `?fail=` (a status for every GET until items are set again) shape the answer.
        if (ctx.method === 'POST') {
          counts.set(`${name}/${key}`, count - 1); // only the feed's GETs are counted
          liveFeeds.set(key, { body: feedOf(String(q.items ?? '')), fail: q.fail });
          return json(ctx, '{}', 200, 'application/json');
        }
        const feed = liveFeeds.get(key) ?? { body: feedOf(String(q.items ?? '1')) };
        if (q.maxAge) ctx.set('Cache-Control', `max-age=${q.maxAge}`);
        else ctx.set('Cache-Control', String(q.cc ?? 'no-cache'));
        if (feed.fail) {
          if (q.retryAfter) ctx.set('Retry-After', q.retryAfter);
          return json(ctx, 'down', Number(feed.fail), 'text/plain');
        }
        let hash = 0;
        for (const c of feed.body) hash = (hash * 31 + c.charCodeAt(0)) | 0;
        const etag = `"${(hash >>> 0).toString(36)}"`;
        ctx.set('ETag', etag);
        if (q.expose) ctx.set('Access-Control-Expose-Headers', 'ETag');
        if (ctx.get('If-None-Match') === etag) {
          notModified.set(key, (notModified.get(key) ?? 0) + 1);
          ctx.status = 304;
          return;
        }
        return json(ctx, feed.body);
      }
      case 'pages': {
        // A paged feed (`next_url`): file n of q.of, q.per items each (ids p<n>-<i>, newest
        // first across files). `?loop=1`: the last file points back at the first. `?fail=n`:
        // file n fails (500) on its first request, then serves.
        const n = Number(ctx.path.split('/')[4] ?? 1);
        const of = Number(q.of ?? 3);
        const per = Number(q.per ?? 2);
        const tries = (pageTries.get(`${key}/${n}`) ?? 0) + 1;
        pageTries.set(`${key}/${n}`, tries);
        counts.set(`pages/${key}/${n}`, tries);
        if (Number(q.fail) === n && tries === 1) return json(ctx, 'down', 500, 'text/plain');
        const search = ctx.querystring ? `?${ctx.querystring}` : '';
        const next = n < of ? `${n + 1}${search}` : q.loop ? `1${search}` : undefined;
        // `?dup=1`: each file's first item repeats the last id of the file before.
        const items = Array.from({ length: per }, (_, i) => ({
          id: q.dup && n > 1 && i === 0 ? `p${n - 1}-${per - 1}` : `p${n}-${i}`,
          title: `File ${n} item ${i}`,
          content_text: 'x',
          date_published: new Date(
            Date.UTC(2024, 0, 1) - ((n - 1) * per + i) * 864e5,
          ).toISOString(),
        }));
        // Relative, as a server would write it: resolved against the file's own URL.
        return json(
          ctx,
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Paged',
            next_url: next,
            items,
          }),
        );
      }
      case 'not-modified':
        return json(
          ctx,
          JSON.stringify({ count: notModified.get(String(q.key)) ?? 0 }),
          200,
          'application/json',
        );
      case 'archive':
      case 'archive-b':
      case 'archive-fail': {
        // `archive-b`: the same files at other URLs (the page fetches each URL once);
        // `archive-fail`: a shard fails (HTTP 500) the first time it is asked for.
        // `/__mlo/archive*/<run>/<file>`: a run of its own (the engines run side by side on one
        // server), so a failure and the log are per run; `/__mlo/archive*/<file>` is run ''.
        const parts = ctx.path.split('/');
        const [run, file] = parts.length > 4 ? [key, parts[4]] : ['', key];
        if (!/^[\w.-]+$/.test(file) || !/^[\w-]*$/.test(run)) return next();
        archiveFiles ??= import('../../scripts/build-archive-fixture.mjs').then((m) =>
          m.buildFixture(),
        );
        const text = (await archiveFiles).get(file);
        const archiveLog = archiveLogs.get(run) ?? [];
        archiveLogs.set(run, archiveLog);
        archiveLog.push(`${name}/${file}`);
        if (text === undefined) return json(ctx, 'not found', 404, 'text/plain');
        const tries = (counts.get(`${name}/${run}/${file}`) ?? 0) + 1;
        counts.set(`${name}/${run}/${file}`, tries);
        if (name === 'archive-fail' && file.startsWith('s.') && tries === 1)
          return json(ctx, 'down', 500, 'text/plain');
        if (ctx.get('Cookie')) archiveLog.push('cookie!');
        return json(ctx, text, 200, 'application/json');
      }
      case 'archive-log':
        // `/__mlo/archive-log/<run>`: the files that run asked for, in order.
        if (q.reset) archiveLogs.delete(key);
        return json(ctx, JSON.stringify(archiveLogs.get(key) ?? []), 200, 'application/json');
      case 'count':
        return json(
          ctx,
          JSON.stringify({ count: counts.get(`${q.name}/${q.key}`) ?? 0 }),
          200,
          'application/json',
        );
      case 'cross-origin-port':
        return json(ctx, JSON.stringify({ port: crossOriginPort }), 200, 'application/json');
      case 'echo-cookie':
        // The Cookie header the request carried, as the feed's one title (`none` without one).
        return json(
          ctx,
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Echo',
            items: [{ id: '1', title: ctx.get('Cookie') || 'none', content_text: 'x' }],
          }),
        );
      case 'sample':
        return json(ctx, sampleFeed());
      case 'ok':
        if (q.delay) await sleep(Number(q.delay));
        return json(ctx, q.body ?? minimalFeed);
      case 'status':
        return json(ctx, '<h1>Error</h1>', Number(q.code), 'text/html');
      case 'redirect':
        // 302 to another folder: the feed's relative URLs resolve against where it really is.
        ctx.status = 302;
        ctx.set('Location', String(q.to));
        return;
      case 'relative':
        return json(
          ctx,
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Relative',
            items: [
              {
                id: '1',
                title: 'Moved',
                url: 'story.html',
                image: 'img/a.png',
                content_html: '<p><a href="other.html">Other</a></p>',
              },
            ],
          }),
        );
      case 'flaky': {
        // Fails with q.code for the first q.fails requests of this key, then serves the feed.
        if (count <= Number(q.fails ?? 1)) {
          if (q.retryAfter) ctx.set('Retry-After', q.retryAfter);
          return json(ctx, 'busy', Number(q.code ?? 503), 'text/plain');
        }
        return json(ctx, minimalFeed);
      }
      case 'then-fail':
        // Serves the feed once per key, then fails: the refresh-keeps-stale-data case.
        return count === 1 ? json(ctx, minimalFeed) : json(ctx, 'down', 500, 'text/plain');
      case 'html':
        return json(
          ctx,
          '<!doctype html><title>Login</title><p>Please sign in</p>',
          200,
          'text/html',
        );
      case 'html-as-json':
        return json(ctx, '<!doctype html><title>Oops</title>', 200, 'application/json');
      case 'truncated':
        return json(ctx, minimalFeed.slice(0, minimalFeed.length - 20));
      case 'wrong-shape':
        return json(ctx, JSON.stringify({ hello: 'world', items: 'nope' }));
      case 'empty':
        return json(
          ctx,
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Empty',
            items: [],
          }),
        );
      case 'big': {
        const mb = Number(q.mb ?? 6);
        const filler = 'x'.repeat(1024);
        const items = [];
        for (let i = 0; i < mb * 1024; i++) items.push({ id: String(i), content_text: filler });
        return json(
          ctx,
          JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items }),
        );
      }
      case 'hang':
        await sleep(Number(q.ms ?? 30000));
        return json(ctx, minimalFeed);
      case 'fixture': {
        // A fixture feed's bytes as they are, with the Content-Type asked for (an encoding, say).
        if (!/^[\w.-]+$/.test(key)) return next();
        ctx.status = 200;
        ctx.set('Content-Type', String(q.type ?? 'application/rss+xml'));
        ctx.body = readFileSync(new URL(`../fixtures/feeds/${key}`, import.meta.url));
        return;
      }
      case 'reset':
        ctx.req.socket.destroy();
        ctx.respond = false;
        return;
      default:
        return next();
    }
  };
}

/** A second origin that serves a feed without CORS headers: the browser must refuse it. */
export function startCrossOriginServer() {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/feed+json' });
      res.end(minimalFeed);
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve({ port: server.address().port });
    });
  });
}

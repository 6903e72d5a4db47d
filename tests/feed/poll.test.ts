/**
 * Live refresh polls against the real test server (tests/server/faults.mjs, `live`): real
 * timers, with a "second" of 10 ms through the internal `pollClock` (so `refresh` 5 is 50 ms).
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache, requestFeed } from '../../src/feed/index.js';
import { pollClock, watchFeed } from '../../src/feed/poll.js';
import { diffItems } from '../../src/feed/diff.js';
import type { FeedError, NormalizedFeed } from '../../src/feed/index.js';
import { engine, partlySkipped } from '../helpers/skip.js';

const key = () => Math.random().toString(36).slice(2);
const abs = (path: string) => new URL(path, location.href).href;
const count = async (k: string) =>
  ((await (await fetch(`/__mlo/count?name=live&key=${k}`)).json()) as { count: number }).count;
const notModified = async (k: string) =>
  ((await (await fetch(`/__mlo/not-modified?key=${k}`)).json()) as { count: number }).count;
const setItems = (k: string, items: string, fail?: number) =>
  fetch(`/__mlo/live/${k}?items=${items}${fail ? `&fail=${fail}` : ''}`, { method: 'POST' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, ms = 4000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(10)) if (await check()) return;
  throw new Error('timed out');
}

interface Log {
  feeds: (NormalizedFeed | undefined)[];
  errors: { error: FeedError; at: number }[];
  checks: number[];
}
function watch(url: string, seconds = 5): { log: Log; stop: () => void } {
  const log: Log = { feeds: [], errors: [], checks: [] };
  const stop = watchFeed(abs(url), {
    seconds,
    onFeed: (feed) => {
      log.feeds.push(feed);
      log.checks.push(performance.now());
    },
    onError: (error) => {
      log.errors.push({ error, at: performance.now() });
      log.checks.push(performance.now());
    },
  });
  return { log, stop };
}

describe('live refresh polls', () => {
  const second = pollClock.second;
  const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
  beforeEach(() => {
    clearFeedCache();
    pollClock.second = 10;
  });
  afterEach(() => {
    pollClock.second = second;
    delete (document as { hidden?: boolean }).hidden;
    Object.defineProperty(Document.prototype, 'hidden', hidden);
  });

  it('asks the server conditionally: an unchanged feed is a 304, not parsed again', async function () {
    const k = key();
    await setItems(k, '2,1');
    const url = `/__mlo/live/${k}`;
    const first = await requestFeed(url);
    const { log, stop } = watch(url);
    await until(() => log.feeds.length >= 2);
    stop();
    // Unchanged: no feed handed on, and the page's copy is still the first one.
    expect(log.feeds.slice(0, 2)).to.deep.equal([undefined, undefined]);
    expect(await requestFeed(url)).to.equal(first);
    // WebKitGTK's automation session has no HTTP cache at all (a max-age=60 response is fetched
    // again), so its polls are never conditional there; "unchanged" still comes from the ETag.
    if (engine === 'webkit')
      partlySkipped(this, 'the 304', 'WebKitGTK under WebDriver runs without an HTTP cache');
    else expect(await notModified(k)).to.be.at.least(1);
  });

  it('tells an unchanged feed by its text when no validator can be read', async () => {
    const k = key();
    await setItems(k, '1');
    // `ok` serves the same bytes each time, with no ETag or Last-Modified (and no-store).
    const url = `/__mlo/ok/${k}`;
    await requestFeed(url);
    const { log, stop } = watch(url);
    await until(() => log.feeds.length >= 1);
    stop();
    expect(log.feeds[0]).to.equal(undefined);
  });

  it('hands on a changed feed', async () => {
    const k = key();
    await setItems(k, '1');
    const url = `/__mlo/live/${k}`;
    await requestFeed(url);
    const { log, stop } = watch(url);
    await setItems(k, '2,1');
    await until(() => log.feeds.some(Boolean));
    stop();
    expect(log.feeds.find(Boolean)!.feed.items.map((i) => i.id)).to.deep.equal(['2', '1']);
  });

  it('makes one request per check however many watch the URL', async () => {
    const k = key();
    await setItems(k, '1');
    const url = `/__mlo/live/${k}`;
    await requestFeed(url);
    const a = watch(url, 5);
    const b = watch(url, 5);
    const c = watch(`${location.origin}/__mlo/live/${k}`, 5);
    await until(() => a.log.checks.length >= 3);
    a.stop();
    b.stop();
    c.stop();
    const checks = a.log.checks.length;
    expect(b.log.checks.length).to.equal(checks);
    expect(await count(k)).to.be.within(checks + 1, checks + 2);
  });

  it('raises an interval under 5 s to 5 s', async () => {
    const k = key();
    const url = `/__mlo/live/${k}`;
    await requestFeed(url);
    const start = performance.now();
    const { log, stop } = watch(url, 0.1);
    await until(() => log.checks.length >= 1);
    stop();
    expect(log.checks[0] - start).to.be.at.least(45);
  });

  it('does not poll while the tab is hidden, and checks once on return', async () => {
    const k = key();
    const url = `/__mlo/live/${k}`;
    await requestFeed(url);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    const { log, stop } = watch(url);
    await sleep(300); // six intervals
    expect(log.checks).to.have.length(0);
    expect(await count(k)).to.equal(1);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => log.checks.length >= 1);
    await sleep(20); // well under an interval: no second check yet
    stop();
    expect(log.checks).to.have.length(1);
    expect(await count(k)).to.equal(2);
  });

  it('backs off by doubling after failures, then polls at the interval again', async () => {
    const k = key();
    await setItems(k, '1');
    const url = `/__mlo/live/${k}`;
    await requestFeed(url);
    await setItems(k, '1', 500);
    const { log, stop } = watch(url);
    await until(() => log.errors.length >= 4, 6000);
    const gaps = log.errors.slice(1).map((e, i) => e.at - log.errors[i].at);
    // No answer came through meanwhile (which would reset the backoff).
    expect(log.feeds, 'no success while failing').to.have.length(0);
    // At least 100, 200, 400 ms (50 ms doubled each time), not 50 each; a timer may fire late
    // on a busy machine, never early.
    const shown = gaps.map(Math.round).join(', ');
    expect(gaps[0], shown).to.be.at.least(95);
    expect(gaps[1], shown).to.be.at.least(195);
    expect(gaps[2], shown).to.be.at.least(395);
    expect(log.errors[0].error.reason).to.equal('server');
    await setItems(k, '1');
    await until(() => log.feeds.length >= 2, 6000);
    stop();
    const [a, b] = log.checks.slice(-2);
    // Back to the 50 ms interval (the backoff would have been 800 ms by now); late timers allowed.
    expect(b - a).to.be.below(300);
  });

  it('waits as long as Retry-After or max-age asks, never less', async () => {
    const k = key();
    await setItems(k, '1');
    await requestFeed(`/__mlo/live/${k}`);
    const start = performance.now();
    const { log, stop } = watch(`/__mlo/live/${k}?maxAge=1`);
    await until(() => log.checks.length >= 2, 4000);
    stop();
    expect(log.checks[1] - log.checks[0]).to.be.at.least(950);
    expect(log.checks[0] - start).to.be.below(900);

    const k2 = key();
    await setItems(k2, '1', 500);
    const failing = watch(`/__mlo/live/${k2}?retryAfter=1`);
    await until(() => failing.log.errors.length >= 2, 4000);
    failing.stop();
    expect(failing.log.errors[1].at - failing.log.errors[0].at).to.be.at.least(950);
  });
});

describe('diffItems', () => {
  const item = (id: string, title = id) => ({ id, type: 'article', title }) as never;

  it('names the added, changed and removed ids and keeps unchanged objects', () => {
    const before = [item('2'), item('1'), item('0')];
    const after = [item('3'), item('2', 'edited'), item('1')];
    const diff = diffItems(before, after);
    expect(diff).to.deep.include({ added: ['3'], changed: ['2'], removed: ['0'] });
    expect(diff.items[2]).to.equal(before[1]);
    expect(diff.items[1]).to.equal(after[1]);
  });

  it('keeps the item focus is in where it was', () => {
    const before = [item('2'), item('1'), item('0')];
    const diff = diffItems(before, [item('2'), item('0')], '1');
    expect(diff.removed).to.deep.equal([]);
    expect(diff.items.map((i) => i.id)).to.deep.equal(['2', '1', '0']);
  });
});

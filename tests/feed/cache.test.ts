import { expect } from '@open-wc/testing';
import { FeedError, cachedFeed, clearFeedCache, requestFeed } from '../../src/feed/index.js';

const key = () => Math.random().toString(36).slice(2);
const countOf = async (name: string, k: string) =>
  ((await (await fetch(`/__mlo/count?name=${name}&key=${k}`)).json()) as { count: number }).count;

describe('requestFeed: one request per URL per page', () => {
  beforeEach(() => clearFeedCache());

  it('shares one in-flight request among every caller, then serves from memory', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}?delay=100`;
    const results = await Promise.all([
      requestFeed(url),
      requestFeed(url),
      requestFeed(new URL(url, location.href).href),
    ]);
    expect(results[0]).to.equal(results[1]);
    expect(results[1]).to.equal(results[2]);
    await requestFeed(url);
    expect(await countOf('ok', k)).to.equal(1);
    expect(cachedFeed(url)).to.equal(results[0]);
  });

  it('keeps the request alive while any caller still waits', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}?delay=200`;
    const leaving = new AbortController();
    const first = requestFeed(url, { signal: leaving.signal });
    const second = requestFeed(url);
    leaving.abort();
    const error = await first.catch((e: FeedError) => e);
    expect(error).to.be.instanceOf(FeedError).with.property('reason', 'aborted');
    expect((await second).feed.items).to.have.length(1);
    expect(await countOf('ok', k)).to.equal(1);
  });

  it('gives each caller its own timeout: a short one does not cut the request for a patient one', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}?delay=1500`;
    const hasty = requestFeed(url, { timeoutMs: 20 });
    const patient = requestFeed(url, { timeoutMs: 5_000 });
    const error = await hasty.catch((e: FeedError) => e);
    expect(error).to.be.instanceOf(FeedError).with.property('reason', 'timeout');
    expect((await patient).feed.items).to.have.length(1);
    expect(await countOf('ok', k)).to.equal(1);
  });

  it('waits for a timeout of 2^31 ms or more instead of firing at once', async () => {
    const url = `/__mlo/ok/${key()}?delay=150`;
    expect((await requestFeed(url, { timeoutMs: 2 ** 31 })).feed.items).to.have.length(1);
    expect(
      (await requestFeed(`/__mlo/ok/${key()}?delay=150`, { timeoutMs: 1e12 })).feed.items,
    ).to.have.length(1);
  });

  it('aborts the request when every caller has let go, and starts afresh for the next', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}?delay=300`;
    const a = new AbortController();
    const b = new AbortController();
    const pending = [
      requestFeed(url, { signal: a.signal }),
      requestFeed(url, { signal: b.signal }),
    ];
    a.abort();
    b.abort();
    for (const p of pending) expect(await p.catch((e: FeedError) => e.reason)).to.equal('aborted');
    expect(cachedFeed(url)).to.equal(undefined);
    expect((await requestFeed(url)).feed.items).to.have.length(1);
  });

  it('does not cache failures', async () => {
    const k = key();
    const url = `/__mlo/flaky/${k}?fails=1&code=500`;
    expect(await requestFeed(url).catch((e: FeedError) => e.reason)).to.equal('server');
    expect((await requestFeed(url)).feed.items).to.have.length(1);
    expect(await countOf('flaky', k)).to.equal(2);
  });

  it('fetches again on reload, sharing that refresh too', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}`;
    const first = await requestFeed(url);
    const [r1, r2] = await Promise.all([
      requestFeed(url, { reload: true }),
      requestFeed(url, { reload: true }),
    ]);
    expect(r1).to.equal(r2);
    expect(r1).not.to.equal(first);
    expect(await countOf('ok', k)).to.equal(2);
  });
});

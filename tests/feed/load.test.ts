import { expect } from '@open-wc/testing';
import { FeedError, loadFeed, type FeedErrorReason } from '../../src/feed/index.js';
import { retryDelay } from '../../src/feed/load.js';

/** Every fault is served for real by tests/server/faults.mjs on the test runner's own server. */
const key = () => Math.random().toString(36).slice(2);

async function reasonOf(promise: Promise<unknown>): Promise<FeedErrorReason> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return (error as FeedError).reason;
  }
  throw new Error('expected the load to fail');
}

describe('loadFeed over a real local server', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  it('loads and normalizes a feed', async () => {
    const { feed, skipped } = await loadFeed('/__mlo/ok');
    expect(feed.items[0].title).to.equal('Hello');
    expect(skipped).to.equal(0);
  });

  it('sends the request it means on a page whose Object.prototype carries fetch options', async () => {
    const junk = {
      integrity: 'sha256-AAAA',
      credentials: 'include',
      cache: 'only-if-cached',
      method: 'POST',
      headers: { 'X-Polluted': '1' },
      mode: 'closed',
    };
    const proto = Object.prototype as Record<string, unknown>;
    for (const [name, value] of Object.entries(junk)) proto[name] = value;
    try {
      const result = await loadFeed(`/__mlo/ok/${key()}`);
      expect(result.feed.items).to.have.length(1);
    } finally {
      for (const name of Object.keys(junk)) delete proto[name];
    }
  });

  it('resolves relative URLs against where the feed is after a redirect, not the address asked for', async () => {
    const result = await loadFeed(`/__mlo/redirect/${key()}?to=/__mlo/relative/feed`);
    const item = result.feed.items[0];
    expect(item.url).to.equal(new URL('/__mlo/relative/story.html', location.href).href);
    expect(item.image?.src).to.equal(new URL('/__mlo/relative/img/a.png', location.href).href);
    expect(result.baseUrl).to.equal(new URL('/__mlo/relative/feed', location.href).href);
  });

  it('loads the sample newsroom', async () => {
    const { feed, skipped } = await loadFeed('/__mlo/sample');
    expect(skipped).to.equal(0);
    expect(feed.items.length).to.be.greaterThan(10);
  });

  it('maps 404 to not-found and 500 to server, with the status', async () => {
    expect(await reasonOf(loadFeed('/__mlo/status?code=404'))).to.equal('not-found');
    expect(await reasonOf(loadFeed('/__mlo/status?code=500'))).to.equal('server');
    expect(await reasonOf(loadFeed('/__mlo/status?code=403'))).to.equal('http');
    const error = await loadFeed('/__mlo/status?code=502').catch((e: FeedError) => e);
    expect(error).to.have.property('status', 502);
  });

  it('retries 503 and 429 honouring Retry-After, then succeeds', async () => {
    const k = key();
    const started = performance.now();
    const { feed } = await loadFeed(`/__mlo/flaky/${k}?fails=2&code=503&retryAfter=1`, {
      maxRetryDelayMs: 3000,
    });
    expect(feed.items).to.have.length(1);
    expect(performance.now() - started, 'waited Retry-After twice').to.be.greaterThan(1900);
    const count = await (await fetch(`/__mlo/count?name=flaky&key=${k}`)).json();
    expect(count.count).to.equal(3);
  });

  it('gives up after a bounded number of retries as rate-limited', async () => {
    const k = key();
    expect(
      await reasonOf(loadFeed(`/__mlo/flaky/${k}?fails=99&code=429&retryAfter=0`, { retries: 2 })),
    ).to.equal('rate-limited');
    const count = await (await fetch(`/__mlo/count?name=flaky&key=${k}`)).json();
    expect(count.count).to.equal(3);
  });

  it('retries 408 and reports it as a timeout when it persists', async () => {
    expect(
      await reasonOf(
        loadFeed(`/__mlo/flaky/${key()}?fails=9&code=408&retryAfter=0`, { retries: 1 }),
      ),
    ).to.equal('timeout');
  });

  it('does not retry a 404', async () => {
    const k = key();
    expect(await reasonOf(loadFeed(`/__mlo/flaky/${k}?fails=9&code=404`))).to.equal('not-found');
    const count = await (await fetch(`/__mlo/count?name=flaky&key=${k}`)).json();
    expect(count.count).to.equal(1);
  });

  it('recognizes an HTML page sent with status 200', async () => {
    expect(await reasonOf(loadFeed('/__mlo/html'))).to.equal('not-json');
    expect(await reasonOf(loadFeed('/__mlo/html-as-json'))).to.equal('not-json');
  });

  it('recognizes truncated JSON', async () => {
    expect(await reasonOf(loadFeed('/__mlo/truncated'))).to.equal('parse');
  });

  it('recognizes the wrong shape', async () => {
    expect(await reasonOf(loadFeed('/__mlo/wrong-shape'))).to.equal('schema');
  });

  it('stops reading a body over the size cap', async () => {
    expect(await reasonOf(loadFeed('/__mlo/big?mb=6'))).to.equal('too-large');
    expect(await reasonOf(loadFeed('/__mlo/sample', { maxBytes: 1000 }))).to.equal('too-large');
  });

  it('times out a server that never answers', async () => {
    const started = performance.now();
    expect(await reasonOf(loadFeed('/__mlo/hang?ms=5000', { timeoutMs: 300 }))).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(3000);
  });

  it('maps a connection reset to network', async () => {
    expect(await reasonOf(loadFeed('/__mlo/reset', { retries: 0 }))).to.equal('network');
  });

  it('maps a CORS refusal from another origin to network', async () => {
    const { port } = await (await fetch('/__mlo/cross-origin-port')).json();
    expect(await reasonOf(loadFeed(`http://127.0.0.1:${port}/feed.json`))).to.equal('network');
  });

  it('aborts when the caller aborts', async () => {
    const controller = new AbortController();
    const promise = loadFeed('/__mlo/hang?ms=5000', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await reasonOf(promise)).to.equal('aborted');
    expect(await reasonOf(loadFeed('/__mlo/ok', { signal: AbortSignal.abort() }))).to.equal(
      'aborted',
    );
  });

  it('sends no credentials', async () => {
    let init: RequestInit | undefined;
    const fakeFetch = (async (_url: RequestInfo | URL, options?: RequestInit) => {
      init = options;
      return new Response('{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[]}');
    }) as typeof fetch;
    // On its own origin the page's cookies would go with `same-origin`: `omit`.
    await loadFeed(`${location.origin}/feed.json`, { fetch: fakeFetch });
    expect(init?.credentials).to.equal('omit');
    // On another origin `same-origin` sends none either (Fetch: the credentials flag is unset for
    // a cross-origin request), and it is the mode a crossorigin="anonymous" preload matches.
    await loadFeed('https://feeds.example/feed.json', { fetch: fakeFetch });
    expect(init?.credentials).to.equal('same-origin');
  });

  it('maps a network error thrown by fetch to network', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(
      await reasonOf(loadFeed('https://feeds.example/feed.json', { fetch: failing })),
    ).to.equal('network');
  });
});

describe('retryDelay', () => {
  const withHeader = (value: string | null) => ({
    headers: new Headers(value === null ? {} : { 'Retry-After': value }),
  });

  it('honours Retry-After in seconds and as an HTTP date, capped', () => {
    expect(retryDelay(withHeader('2'), 0, 10_000)).to.equal(2000);
    expect(retryDelay(withHeader('120'), 0, 5_000)).to.equal(5000);
    const inThree = new Date(Date.now() + 3000).toUTCString();
    expect(retryDelay(withHeader(inThree), 0, 10_000)).to.be.within(1000, 3000);
    expect(retryDelay(withHeader(new Date(0).toUTCString()), 0, 10_000)).to.equal(0);
  });

  it('backs off exponentially without the header', () => {
    expect(retryDelay(withHeader(null), 0, 60_000)).to.be.within(375, 625);
    expect(retryDelay(withHeader(null), 2, 60_000)).to.be.within(1500, 2500);
  });
});

import { expect } from '@open-wc/testing';
import { clearFeedCache, requestFeed } from '../../src/feed/index.js';
import { prefetchFeed } from '../../src/feed/prefetch.js';
import { feedStore } from '../../src/feed/store.js';

/** Requests are counted by tests/server/faults.mjs on the test runner's own server. */
const key = () => Math.random().toString(36).slice(2);
const countOf = async (name: string, k: string) =>
  ((await (await fetch(`/__mlo/count?name=${name}&key=${k}`)).json()) as { count: number }).count;

describe('prefetchFeed: the loader starts the request, the element reads it', () => {
  beforeEach(() => clearFeedCache());

  it('makes one request that the first requestFeed takes instead of asking again', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}?delay=100`;
    prefetchFeed(url);
    prefetchFeed(new URL(url, location.href).href);
    expect(feedStore().prefetched.size).to.be.greaterThan(0);
    const result = await requestFeed(url);
    expect(result.feed.items[0].title).to.equal('Hello');
    expect(await countOf('ok', k)).to.equal(1);
    expect(feedStore().prefetched.has(new URL(url, location.href).href)).to.equal(false);
  });

  it('asks for nothing when the feed is loaded already', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}`;
    await requestFeed(url);
    prefetchFeed(url);
    await requestFeed(url);
    expect(await countOf('ok', k)).to.equal(1);
  });

  it('lets a caller that gives up go, and the next caller asks again', async () => {
    const k = key();
    const url = `/__mlo/ok/${k}?delay=200`;
    prefetchFeed(url);
    const leaving = new AbortController();
    const first = requestFeed(url, { signal: leaving.signal });
    leaving.abort();
    const reason = await first.then(
      () => 'loaded',
      (error: { reason?: string }) => error.reason,
    );
    expect(reason).to.equal('aborted');
    const again = await requestFeed(url);
    expect(again.feed.items.length).to.be.greaterThan(0);
    expect(await countOf('ok', k)).to.equal(2);
  });

  it('leaves non-HTTP addresses alone', () => {
    const before = feedStore().prefetched.size;
    prefetchFeed('data:application/json,{}');
    prefetchFeed('javascript:alert(1)');
    expect(feedStore().prefetched.size).to.equal(before);
  });
});

describe('feed requests from a frame without a location of its own', () => {
  it('send no cookie to the page origin from a srcdoc frame (self.origin, not location.origin)', async () => {
    const name = `mlo-srcdoc-${key()}`;
    document.cookie = `${name}=1; path=/`;
    const frame = document.createElement('iframe');
    // srcdoc documents share this page's origin, but their location is about:srcdoc (and WebKit
    // resolves no path against it: the URLs are absolute).
    frame.srcdoc = `<script type="module">
      try {
        const { requestFeed } = await import('${new URL('/src/feed/index.ts', location.href).href}');
        const result = await requestFeed('${new URL(`/__mlo/echo-cookie/${key()}`, location.href).href}');
        parent.postMessage({ mlo: '${name}', title: result.feed.items[0].title }, '*');
      } catch (error) {
        parent.postMessage({ mlo: '${name}', title: 'failed: ' + error }, '*');
      }
    </script>`;
    const answer = new Promise<string>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        const data = event.data as { mlo?: string; title?: string };
        if (data?.mlo !== name) return;
        window.removeEventListener('message', onMessage);
        resolve(String(data.title));
      };
      window.addEventListener('message', onMessage);
    });
    document.body.append(frame);
    try {
      const title = await answer;
      expect(title).to.not.match(/^failed/);
      expect(title).to.not.include(name);
    } finally {
      frame.remove();
      document.cookie = `${name}=; path=/; max-age=0`;
    }
  });
});

import { expect } from '@open-wc/testing';
import { FeedError, normalizeFeed, normalizeFeedInSlices } from '../../src/feed/index.js';
import { yieldToPage } from '../../src/util/yield.js';
import { engine, partlySkipped } from '../helpers/skip.js';

const feedOf = (count: number) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Many',
  feed_url: 'https://example.org/feed.json',
  items: [
    ...Array.from({ length: count }, (_, i) => ({
      id: `i${i}`,
      url: `/${i}`,
      title: `Item ${i}`,
      content_text: 'Body',
      date_published: '2019-07-17',
    })),
    { id: 'bad' },
    { id: 'i0', content_text: 'duplicate' },
  ],
  _mlo: {
    contacts: [
      { name: 'Office', address: { street: 'S', postalCode: '1', locality: 'L', country: 'C' } },
    ],
  },
});

describe('normalizeFeedInSlices', () => {
  it('gives exactly what normalizeFeed gives', async () => {
    const data = feedOf(300);
    const sliced = await normalizeFeedInSlices(data, {
      baseUrl: 'https://example.org/',
      sliceMs: 0,
    });
    expect(sliced).to.deep.equal(normalizeFeed(data, { baseUrl: 'https://example.org/' }));
    expect(sliced.skipped).to.equal(2);
    expect(sliced.feed.items[5].url).to.equal('https://example.org/5');
  });

  it('gives the thread back every slice, and only then', async () => {
    let yields = 0;
    const yieldTo = () => {
      yields++;
      return Promise.resolve();
    };
    const { feed } = await normalizeFeedInSlices(feedOf(500), { sliceMs: 0, yieldTo });
    expect(feed.items).to.have.length(500);
    // sliceMs 0: a yield after every item and contact (500 good, 2 bad, 1 contact).
    expect(yields).to.equal(503);
    yields = 0;
    await normalizeFeedInSlices(feedOf(500), { sliceMs: 60_000, yieldTo });
    expect(yields).to.equal(0);
  });

  it('yieldToPage lets queued page tasks run first where scheduler.yield is missing', async function () {
    const scheduler = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      // A page's own postMessage task, queued before the yield, runs before it returns.
      let posted = 0;
      const key = Math.random();
      const onMessage = (event: MessageEvent) => void (event.data === key && posted++);
      addEventListener('message', onMessage);
      postMessage(key, '*');
      await yieldToPage();
      removeEventListener('message', onMessage);
      expect(posted, 'the window message queued before the yield ran').to.equal(1);
      // So does a message on another MessageChannel, except in WebKit, which delivers the
      // messages of two channels in either order (about half the time reversed, in a probe of
      // 200): there no port message counts as queued before another. Timers and window
      // messages queued before the yield ran first in all 200 there.
      if (engine === 'webkit') {
        partlySkipped(
          this,
          'a MessageChannel message queued first',
          "WebKit delivers two channels' messages in either order",
        );
      } else {
        let seen = 0;
        const ports = new MessageChannel();
        ports.port1.onmessage = () => void seen++;
        ports.port2.postMessage(0);
        await yieldToPage();
        expect(seen, 'the message queued before the yield ran').to.equal(1);
        ports.port1.close();
      }
    } finally {
      if (scheduler) Object.defineProperty(globalThis, 'scheduler', scheduler);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    }
    // With the browser's own scheduler.yield (when present) it resolves too.
    await yieldToPage();
  });

  it('stops between slices when aborted, with the signal reason', async () => {
    const controller = new AbortController();
    const reason = new FeedError('aborted', 'stop');
    const pending = normalizeFeedInSlices(feedOf(3000), { sliceMs: 0, signal: controller.signal });
    controller.abort(reason);
    let caught: unknown;
    await pending.catch((error: unknown) => (caught = error));
    expect(caught).to.equal(reason);
  });

  it('rejects a non-feed with the same schema error as normalizeFeed', async () => {
    let caught: unknown;
    await normalizeFeedInSlices({ items: 'nope' }).catch((error: unknown) => (caught = error));
    expect(caught).to.be.an.instanceOf(FeedError);
    expect((caught as FeedError).reason).to.equal('schema');
  });
});

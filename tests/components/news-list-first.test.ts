import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache, requestFeed } from '../../src/feed/index.js';
import { prefetchFeed } from '../../src/feed/prefetch.js';
import { feedStore } from '../../src/feed/store.js';
import { FIRST_WAIT_MS } from '../../src/internal/feed-first.js';
import { untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);

/** The list, and whether a skeleton was ever in its shadow root (watched from the upgrade on). */
function watched(src: string) {
  const el = fixtureSync<MloNewsList>(
    html`<mlo-news-list limit="3" lang="en" src=${src}></mlo-news-list>`,
  );
  const seen = { skeleton: false };
  const look = () => {
    if (el.shadowRoot!.querySelector('.skeleton')) seen.skeleton = true;
  };
  const observer = new MutationObserver(look);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { el, seen, stop: () => (look(), observer.disconnect()) };
}

describe('<mlo-news-list>: the first render of a feed on its way (#31)', () => {
  beforeEach(() => clearFeedCache());

  it('draws a prefetched feed in its first render, with no skeleton before it', async () => {
    const url = new URL(`/__mlo/sample/${key()}`, location.href).href;
    prefetchFeed(url);
    await feedStore().prefetched.get(url);
    const { el, seen, stop } = watched(url);
    await untilState(el, 'ready');
    stop();
    expect(el.shadowRoot!.querySelectorAll('article[part~="item"]')).to.have.length(3);
    expect(seen.skeleton, 'a skeleton replaced a moment later').to.equal(false);
  });

  it('draws a feed already in memory in its first render', async () => {
    const url = `/__mlo/sample/${key()}`;
    await requestFeed(url);
    const { el, seen, stop } = watched(url);
    await untilState(el, 'ready');
    stop();
    expect(el.shadowRoot!.querySelectorAll('article[part~="item"]')).to.have.length(3);
    expect(seen.skeleton).to.equal(false);
  });

  it('waits only a moment for a slow one: the skeleton shows meanwhile', async () => {
    const url = new URL(`/__mlo/ok/${key()}?delay=${FIRST_WAIT_MS * 30}`, location.href).href;
    prefetchFeed(url);
    const start = performance.now();
    const { el, seen, stop } = watched(url);
    await el.updateComplete;
    // Long before the feed: the wait is bounded (loose, for a loaded machine).
    expect(performance.now() - start).to.be.lessThan(FIRST_WAIT_MS * 15);
    expect(el.getAttribute('state')).to.equal('loading');
    await untilState(el, 'ready');
    stop();
    expect(seen.skeleton).to.equal(true);
  });
});

/**
 * Live refresh in the widgets (`refresh`), against the real test server's `live` feed, with real
 * timers and a "second" of 10 ms through the internal `pollClock` (`refresh="5"` is 50 ms).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/news-list/mlo-news-list.js';
import '../../src/components/article/mlo-article.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import type { MloUpdateEvent } from '../../src/events.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { pollClock } from '../../src/feed/poll.js';
import { FIRST_FILL_DELAY } from '../../src/internal/status-region.js';
import { nextEvent, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const setItems = (k: string, items: string) =>
  fetch(`/__mlo/live/${k}?items=${encodeURIComponent(items)}`, { method: 'POST' });
const count = async (k: string) =>
  ((await (await fetch(`/__mlo/count?name=live&key=${k}`)).json()) as { count: number }).count;
const items = (el: MloNewsList) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('article[part~="item"]'),
];
const titles = (el: MloNewsList) =>
  items(el).map((a) => a.querySelector('[part~="title"]')!.textContent.trim());
const button = (el: MloNewsList) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="new-items"]');
const status = (el: MloNewsList) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;
async function until(check: () => boolean | Promise<boolean>, ms = 4000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(10)) if (await check()) return;
  throw new Error('timed out');
}

describe('live refresh in <mlo-news-list refresh>', () => {
  const second = pollClock.second;
  beforeEach(() => {
    clearFeedCache();
    pollClock.second = 10;
  });
  afterEach(() => (pollClock.second = second));

  async function live(k: string, extra = '') {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mlo-news-list src="/__mlo/live/${k}${extra}" refresh="5" lang="en" limit="10"></mlo-news-list>
      <p id="below">Partner content below the widget</p>
    </div>`);
    const el = wrapper.querySelector<MloNewsList>('mlo-news-list')!;
    await untilState(el, 'ready');
    await sleep(FIRST_FILL_DELAY + 20);
    return { el, below: wrapper.querySelector('#below')! };
  }

  it('renders nothing again for an unchanged feed: the same DOM nodes, no event', async () => {
    const k = key();
    await setItems(k, '2,1');
    const { el } = await live(k);
    const before = items(el);
    let updates = 0;
    el.addEventListener('mlo-update', () => updates++);
    const polls = await count(k);
    await until(async () => (await count(k)) >= polls + 3);
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
    for (const [i, node] of items(el).entries()) expect(node).to.equal(before[i]);
    expect(updates).to.equal(0);
    expect(button(el)).to.equal(null);
  });

  it('holds new items behind "Show N new items", moving nothing, and edits in place', async () => {
    const k = key();
    await setItems(k, '2,1');
    const { el, below } = await live(k);
    const before = items(el);
    const rects = () => [...items(el), below].map((n) => n.getBoundingClientRect().top);
    const tops = rects();
    const shifts: number[] = [];
    const observer = PerformanceObserver.supportedEntryTypes?.includes('layout-shift')
      ? new PerformanceObserver((list) => {
          for (const e of list.getEntries()) shifts.push((e as unknown as { value: number }).value);
        })
      : undefined;
    observer?.observe({ type: 'layout-shift' });
    const update = nextEvent(el, 'mlo-update');
    await setItems(k, '3,2~Edited two,1');
    const event: MloUpdateEvent = await update;
    expect([event.added, event.changed, event.removed]).to.deep.equal([['3'], ['2'], []]);
    await el.updateComplete;
    // Nothing moved: the same nodes at the same places, the partner's content too.
    expect(rects()).to.deep.equal(tops);
    expect(items(el)[0]).to.equal(before[0]);
    expect(titles(el)).to.deep.equal(['Edited two', 'Item 1']);
    expect(button(el)!.textContent.trim()).to.equal('Show 1 new item');
    await sleep(50);
    observer?.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
    // Said once, politely, through the status region.
    await until(() => status(el) === '1 new item is waiting at the top of the list.');

    // Keyboard: the button is the list's first tab stop; Enter shows the items.
    button(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Item 3', 'Edited two', 'Item 1']);
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[0]);
    expect(button(el)).to.equal(null);
  });

  it('removes items the feed dropped, except the one focus is in', async () => {
    const k = key();
    await setItems(k, '3,2,1');
    const { el } = await live(k);
    items(el)[1].focus();
    const update = nextEvent(el, 'mlo-update');
    await setItems(k, '3');
    const event = await update;
    await el.updateComplete;
    expect(event.removed).to.deep.equal(['1']);
    expect(titles(el)).to.deep.equal(['Item 3', 'Item 2']);
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[1]);
    // Once focus has left it, the next change lets it go.
    items(el)[0].focus();
    const next = nextEvent(el, 'mlo-update');
    await setItems(k, '4,3');
    expect((await next).removed).to.deep.equal(['2']);
  });

  it('makes one request per poll for every list on the URL, and one of them speaks', async () => {
    const k = key();
    await setItems(k, '1');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mlo-news-list src="/__mlo/live/${k}" refresh="5" lang="en"></mlo-news-list>
      <mlo-news-list src="/__mlo/live/${k}" refresh="5" lang="en" layout="compact"></mlo-news-list>
      <mlo-news-list src="/__mlo/live/${k}" refresh="7" lang="en"></mlo-news-list>
    </div>`);
    const lists = [...wrapper.querySelectorAll<MloNewsList>('mlo-news-list')];
    for (const el of lists) await untilState(el, 'ready');
    await sleep(FIRST_FILL_DELAY + 20);
    const start = await count(k);
    const started = performance.now();
    await setItems(k, '2,1');
    await Promise.all(lists.map((el) => until(() => button(el) !== null)));
    await sleep(200);
    const polls = (await count(k)) - start;
    // At most one request per 50 ms interval, whatever the number of lists.
    expect(polls).to.be.at.most(Math.ceil((performance.now() - started) / 50) + 1);
    for (const el of lists) await el.updateComplete;
    const said = lists.map(status);
    expect(said.filter(Boolean)).to.deep.equal(['1 new item is waiting at the top of the list.']);
  });

  it('keeps showing the items, stale, when a poll fails, and recovers', async () => {
    const k = key();
    await setItems(k, '1');
    const { el } = await live(k);
    await fetch(`/__mlo/live/${k}?items=1&fail=500`, { method: 'POST' });
    await untilState(el, 'stale');
    expect(titles(el)).to.deep.equal(['Item 1']);
    await setItems(k, '1');
    await untilState(el, 'ready');
    expect(titles(el)).to.deep.equal(['Item 1']);
  });

  it('goes on polling after taking over a server render with `src` and `refresh`', async () => {
    const k = key();
    await setItems(k, '1');
    const inline = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Live',
      items: [{ id: '1', title: 'Item 1', content_text: 'Item 1' }],
    });
    const holder = document.createElement('div');
    (holder as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      `<mlo-news-list lang="en" src="/__mlo/live/${k}" refresh="5"><template shadowrootmode="open"><div class="lang-root"><p class="from-server">Item 1</p></div></template><script type="application/json">${inline}</script></mlo-news-list>`,
    );
    // The inline data shows at once; then the feed itself loads (`mlo-load` from `src`).
    const fetched = new Promise<void>((resolve) =>
      holder.addEventListener('mlo-load', (e) => e.source && resolve()),
    );
    document.body.append(holder);
    try {
      const el = holder.firstElementChild as MloNewsList;
      await fetched;
      const update = nextEvent(el, 'mlo-update');
      await setItems(k, '2,1');
      expect((await update).added).to.deep.equal(['2']);
    } finally {
      holder.remove();
    }
  });

  it('shows the feed when a poll brings it after the first load failed', async () => {
    const k = key();
    await fetch(`/__mlo/live/${k}?items=1&fail=500`, { method: 'POST' });
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/live/${k}" refresh="5" lang="en"></mlo-news-list>`,
    );
    await untilState(el, 'error');
    await setItems(k, '1');
    await untilState(el, 'ready');
    expect(titles(el)).to.deep.equal(['Item 1']);
  });

  it('stops polling when it leaves the page or `refresh` is removed', async () => {
    const k = key();
    await setItems(k, '1');
    const { el } = await live(k);
    el.removeAttribute('refresh');
    await el.updateComplete;
    const polls = await count(k);
    await sleep(200);
    expect(await count(k)).to.equal(polls);
  });
});

describe('live refresh in single-item widgets', () => {
  const second = pollClock.second;
  beforeEach(() => {
    clearFeedCache();
    pollClock.second = 10;
  });
  afterEach(() => (pollClock.second = second));

  it('<mlo-article> without `item` follows the newest, but not while the reader sees it', async () => {
    const k = key();
    await setItems(k, '2,1');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mlo-article src="/__mlo/live/${k}" refresh="5" lang="en"></mlo-article>
      <p id="below">Partner content below the widget</p>
    </div>`);
    const el = wrapper.querySelector('mlo-article')!;
    await untilState(el, 'ready');
    const heading = () => el.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim();
    expect(heading()).to.equal('Item 2');
    const below = wrapper.querySelector('#below')!;
    const top = below.getBoundingClientRect().top;
    const polls = await count(k);
    await setItems(k, '3~A much longer headline that would take more lines than before,2,1');
    await until(async () => (await count(k)) >= polls + 3);
    await el.updateComplete;
    // In view: the article stays as it is, and so does everything below it.
    expect(heading()).to.equal('Item 2');
    expect(below.getBoundingClientRect().top).to.equal(top);
    // Out of view, it follows the feed.
    const update = nextEvent(el, 'mlo-update');
    wrapper.style.marginTop = '300vh';
    expect((await update).added).to.deep.equal(['3']);
    await el.updateComplete;
    expect(heading()).to.contain('A much longer headline');
  });
});

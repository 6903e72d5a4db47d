/**
 * `<mlo-search>` searches what the page has loaded of its feed: the older files a news list read
 * through `next_url`, and what a live refresh brought or dropped, without fetching anything of its
 * own (tests/server/faults.mjs, `pages` and `live`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/search/mlo-search.js';
import '../../src/components/news-list/mlo-news-list.js';
import { loadEngine } from '../../src/components/search/load-engine.js';
import type { MloSearch } from '../../src/components/search/search.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { pollClock } from '../../src/feed/poll.js';
import { untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tries = async (k: string, n: number) =>
  ((await (await fetch(`/__mlo/count?name=pages&key=${k}/${n}`)).json()) as { count: number })
    .count;
const options = (el: MloSearch) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const titles = (list: MloNewsList) =>
  [...list.shadowRoot!.querySelectorAll('article[part~="item"] [part~="title"]')].map((t) =>
    t.textContent.trim(),
  );
const titlesOf = (el: MloSearch) =>
  options(el).map((o) => o.querySelector('[part~="option-title"]')!.textContent.trim());
async function until(check: () => boolean, ms = 4000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(10)) if (check()) return;
  throw new Error('timed out');
}

/**
 * Ids of the shown results, read back from the `mlo-select` each option fires (cancelled). A
 * choice closes the list, so it is opened again (focus) before the next one, and at the end.
 */
async function optionIds(el: MloSearch): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < options(el).length;) {
    el.addEventListener('mlo-select', (e) => (ids.push(e.item.id), e.preventDefault()), {
      once: true,
    });
    options(el)[i++].click();
    await reopen(el);
  }
  return ids;
}

async function reopen(el: MloSearch): Promise<void> {
  await el.updateComplete;
  el.shadowRoot!.querySelector('input')!.dispatchEvent(new FocusEvent('focus'));
  await el.updateComplete;
}

async function type(el: MloSearch, text: string): Promise<void> {
  const field = el.shadowRoot!.querySelector('input')!;
  field.focus();
  field.dispatchEvent(new FocusEvent('focus'));
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await loadEngine();
  await el.updateComplete;
}

async function page(src: string, target = '', refresh = '') {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <mlo-search src=${src} limit="20" target=${target || undefined}></mlo-search>
    <mlo-news-list id="news" src=${src} limit="10" refresh=${refresh || undefined}></mlo-news-list>
  </div>`);
  const el = wrapper.querySelector('mlo-search')!;
  const list = wrapper.querySelector('mlo-news-list')!;
  await untilState(el, 'ready');
  await untilState(list, 'ready');
  return { el, list };
}

async function loadMore(list: MloNewsList): Promise<void> {
  const shown = titles(list).length;
  list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]')!.click();
  await until(() => titles(list).length > shown);
}

describe('<mlo-search> over what the page has loaded', () => {
  beforeEach(() => clearFeedCache());

  it('finds the older files a news list read through next_url, and opens them like others', async () => {
    const k = key();
    const { el, list } = await page(`/__mlo/pages/${k}/1?of=3&per=2`);
    await type(el, 'item');
    expect(await optionIds(el)).to.deep.equal(['p1-0', 'p1-1']);
    await loadMore(list);
    await reopen(el); // Load more moved focus to the first new item, which closed the list
    await until(() => options(el).length === 4);
    expect(await optionIds(el)).to.deep.equal(['p1-0', 'p1-1', 'p2-0', 'p2-1']);
    // Nothing was fetched for the search: one request per file, and file 3 not at all.
    expect([await tries(k, 1), await tries(k, 2), await tries(k, 3)]).to.deep.equal([1, 1, 0]);
  });

  it('filters a target news list over the items it loaded from later files', async () => {
    const k = key();
    const { el, list } = await page(`/__mlo/pages/${k}/1?of=2&per=2`, 'news');
    await loadMore(list);
    await type(el, 'file');
    await until(() => list.filterIds?.has('p2-1') === true);
    await list.updateComplete;
    expect(titles(list)).to.deep.equal([
      'File 1 item 0',
      'File 1 item 1',
      'File 2 item 0',
      'File 2 item 1',
    ]);
  });

  it('keeps the page a target list is on when Load more reads its next file', async () => {
    const k = key();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <mlo-search src=${`/__mlo/pages/${k}/1?of=3&per=2`} target="news"></mlo-search>
      <mlo-news-list id="news" src=${`/__mlo/pages/${k}/1?of=3&per=2`} limit="2"></mlo-news-list>
    </div>`);
    const el = wrapper.querySelector('mlo-search')!;
    const list = wrapper.querySelector('mlo-news-list')!;
    await untilState(list, 'ready');
    await type(el, 'item');
    await until(() => list.filterIds?.size === 2);
    await loadMore(list);
    // The search now finds the second file's items too: more results for the same search.
    await until(() => list.filterIds?.size === 4);
    await sleep(50);
    await list.updateComplete;
    expect(titles(list)).to.deep.equal([
      'File 1 item 0',
      'File 1 item 1',
      'File 2 item 0',
      'File 2 item 1',
    ]);
    const items = [...list.shadowRoot!.querySelectorAll('article[part~="item"]')];
    expect(list.shadowRoot!.activeElement).to.equal(items[2]);
  });

  it('follows what a live refresh brought and dropped, without a refresh of its own', async () => {
    const second = pollClock.second;
    pollClock.second = 10;
    try {
      const k = key();
      await fetch(`/__mlo/live/${k}?items=2,1`, { method: 'POST' });
      const { el } = await page(`/__mlo/live/${k}`, '', '5');
      await type(el, 'item');
      expect(await optionIds(el)).to.deep.equal(['2', '1']);
      await fetch(`/__mlo/live/${k}?items=3,2`, { method: 'POST' });
      await until(() => options(el).length === 2 && titlesOf(el)[0] === 'Item 3');
      expect(await optionIds(el)).to.deep.equal(['3', '2']);
    } finally {
      pollClock.second = second;
    }
  });
});

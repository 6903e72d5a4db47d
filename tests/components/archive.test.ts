/** The archive through `next_url`: Load more reads the next file of a paged feed (faults.mjs `pages`). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tries = async (k: string, n: number) =>
  ((await (await fetch(`/__mlo/count?name=pages&key=${k}/${n}`)).json()) as { count: number })
    .count;
const ids = (el: MloNewsList) =>
  [...el.shadowRoot!.querySelectorAll('article[part~="item"]')].map((a) =>
    a.querySelector('[part~="title"]')!.textContent.trim(),
  );
const more = (el: MloNewsList) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]');
async function loadMore(el: MloNewsList) {
  const shown = ids(el).length;
  more(el)!.click();
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    if (ids(el).length !== shown || el.shadowRoot!.querySelector('[part~="skipped"]')) return;
    await sleep(10);
  }
}

async function paged(query: string, limit = 2) {
  const k = key();
  const el = await fixture<MloNewsList>(
    html`<mlo-news-list src="/__mlo/pages/${k}/1?${query}" limit=${limit} lang="en"></mlo-news-list>`,
  );
  await untilState(el, 'ready');
  return { el, k };
}

describe('<mlo-news-list> Load more through next_url', () => {
  beforeEach(() => clearFeedCache());

  it('reads the next file only when asked, adds its items and moves focus to the first', async () => {
    const { el, k } = await paged('of=3&per=2');
    expect(ids(el)).to.deep.equal(['File 1 item 0', 'File 1 item 1']);
    await sleep(100);
    expect(await tries(k, 2)).to.equal(0);
    await loadMore(el);
    expect(ids(el)).to.deep.equal([
      'File 1 item 0',
      'File 1 item 1',
      'File 2 item 0',
      'File 2 item 1',
    ]);
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.querySelector('[part~="title"]')!.textContent.trim()).to.equal('File 2 item 0');
    await loadMore(el);
    expect(ids(el)).to.have.length(6);
    // File 3 has no next_url: the archive ends and Load more goes.
    expect(more(el)).to.equal(null);
    expect([await tries(k, 1), await tries(k, 2), await tries(k, 3)]).to.deep.equal([1, 1, 1]);
  });

  it('ends at a next_url already read (a loop)', async () => {
    const { el, k } = await paged('of=2&per=2&loop=1');
    await loadMore(el);
    expect(ids(el)).to.have.length(4);
    expect(more(el)).to.equal(null);
    expect(await tries(k, 1)).to.equal(1);
  });

  it('drops an id it has already shown', async () => {
    const { el } = await paged('of=2&per=2&dup=1');
    await loadMore(el);
    expect(ids(el)).to.deep.equal(['File 1 item 0', 'File 1 item 1', 'File 2 item 1']);
  });

  it('keeps what is shown when a next file fails, says so, and Load more tries again', async () => {
    const { el } = await paged('of=2&per=2&fail=2');
    await loadMore(el);
    expect(ids(el)).to.have.length(2);
    const notice = el.shadowRoot!.querySelector('[part~="skipped"]')!;
    expect(notice.textContent.trim()).to.equal('Older news could not be loaded.');
    await el.updateComplete;
    await sleep(200);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Older news could not be loaded.',
    );
    expect(more(el)).not.to.equal(null);
    await loadMore(el);
    expect(ids(el)).to.have.length(4);
    expect(el.shadowRoot!.querySelector('[part~="skipped"]')).to.equal(null);
  });

  it('makes one request per file for every list on the page', async () => {
    const k = key();
    const src = `/__mlo/pages/${k}/1?of=2&per=2`;
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mlo-news-list src=${src} limit="2" lang="en"></mlo-news-list>
      <mlo-news-list src=${src} limit="2" lang="en" layout="compact"></mlo-news-list>
    </div>`);
    const lists = [...wrapper.querySelectorAll<MloNewsList>('mlo-news-list')];
    for (const el of lists) await untilState(el, 'ready');
    await Promise.all(lists.map(loadMore));
    for (const el of lists) expect(ids(el)).to.have.length(4);
    expect(await tries(k, 2)).to.equal(1);
  });

  it('stops after 100 files', async () => {
    const { el, k } = await paged('of=150&per=1', 1);
    for (let i = 0; i < 120 && more(el); i++) await loadMore(el);
    expect(ids(el)).to.have.length(100);
    expect(more(el)).to.equal(null);
    expect(await tries(k, 101)).to.equal(0);
  });
});

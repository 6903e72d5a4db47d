// <mlo-search index target>: the news list shows the archive's results, those it has not loaded
// too, in the search's ranking, with Load more asking the index for the next page (issue #28);
// clearing the search gives the list back as it was. The index is the test server's
// (tests/server/faults.mjs, built from scripts/build-archive-fixture.mjs).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/search/mlo-search.js';
import '../../src/components/news-list/mlo-news-list.js';
import { loadEngine } from '../../src/components/search/load-engine.js';
import type { MloSearch } from '../../src/components/search/search.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { recordItem } from '../../src/components/search/target-items.js';
import { readDoc } from '../../src/search/archive-docs.js';
import { makeCorpus } from '../../bench/search/corpus.js';
import { preferLanguage } from '../../src/feed/select.js';
import { SearchIndex } from '../../src/search/index.js';
import type { FeedItem } from '../../src/feed/types.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';
import { expectAccessible } from '../helpers/axe.js';
import type { MloSearchEvent } from '../../src/events.js';

const ITEMS = makeCorpus(120).items;
const EN = preferLanguage(ITEMS.slice(), 'en');
const INDEX = '/__mlo/archive/index.json';
/** A 1×1 PNG: the list's own items have a picture, the index's records none. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The list's own feed: English items of the index (the first `count`), each with a picture. */
const ownFeed = (items: FeedItem[] | number, extra?: Record<string, unknown>) =>
  jsonFeed(
    (typeof items === 'number' ? EN.slice(0, items) : items).map((item: FeedItem) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.contentText ?? 'Text',
      date_published: item.datePublished,
      language: item.language,
      tags: item.tags,
      image: PIXEL,
      _mlo: { type: item.type, image: { alt: '', width: 16, height: 9 } },
    })),
    extra,
  );

/** Every match of `query` over the English part, best first (the in-memory search's ranking). */
const ranking = (query: string) =>
  new SearchIndex(EN).search(query, { limit: Infinity }).map((hit) => hit.item.id);

const url = (id: string) => `https://example.org/news/${id}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await sleep(20);
  expect(check(), what).to.equal(true);
}

const articles = (list: MloNewsList) => [
  ...list.shadowRoot!.querySelectorAll<HTMLElement>('article[part~="item"]'),
];
/** The item each article links to (the fixture's URLs end with the id). */
const linked = (list: MloNewsList) =>
  articles(list).map((a) => a.querySelector('a[part~="link"]')?.getAttribute('href') ?? '');
const loadMore = (list: MloNewsList) =>
  list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]');
const status = (el: MloSearch) =>
  el.shadowRoot!.querySelector('[role="status"]:not([part~="notice"])')!.textContent.trim();

async function type(el: MloSearch, text: string): Promise<void> {
  const field = el.shadowRoot!.querySelector('input')!;
  field.focus();
  field.dispatchEvent(new FocusEvent('focus'));
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await loadEngine();
  await el.updateComplete;
}

async function page(own: FeedItem[] | number = 25, extra?: Record<string, unknown>) {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <mlo-search index=${INDEX} target="news"></mlo-search>
    <mlo-news-list id="news" type="article statement quote visit" limit="10"></mlo-news-list>
    <p id="below">After the list</p>
  </div>`);
  const el = wrapper.querySelector('mlo-search')!;
  const list = wrapper.querySelector('mlo-news-list')!;
  list.feed = ownFeed(own, extra);
  await untilState(list, 'ready');
  await list.updateComplete;
  // The search draws its field in its own first update: under load (WebKit in CI) that can
  // come after the list is ready.
  await until(() => el.shadowRoot?.querySelector('input') != null, 'the search field');
  return { el, list, below: wrapper.querySelector('#below')! };
}

describe('<mlo-search index target> and a news list', () => {
  it('is accessible with results the list had not loaded', async () => {
    const { el, list } = await page();
    await type(el, 'kfor');
    await until(
      () => list.filterResults?.items !== undefined && articles(list).length === 10,
      'ten',
    );
    await expectAccessible(list);
    await expectAccessible(el);
  });

  it('shows the results in the search’s ranking, from the index’s records where the list has none', async () => {
    const want = ranking('kfor');
    expect(want.length).to.be.greaterThan(30);
    // The list's own page: four of the first results (in its date order) and six others, and a
    // next file for Load more (never read here), as the search's results have too.
    const mine = EN.filter((item) => want.slice(0, 4).includes(item.id));
    mine.push(...EN.filter((item) => !want.includes(item.id)).slice(0, 6));
    const { el, list, below } = await page(mine, { next_url: '/__mlo/status/never?code=404' });
    const own = new Set(mine.map((item) => item.id));
    expect(linked(list).slice(0, 4)).to.not.deep.equal(want.slice(0, 4).map(url));

    // Painted first: a shift is measured between frames, from the one before the search.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const shifts: number[] = [];
    const observer = PerformanceObserver.supportedEntryTypes?.includes('layout-shift')
      ? new PerformanceObserver((entries) => {
          for (const e of entries.getEntries())
            shifts.push((e as unknown as { value: number }).value);
        })
      : undefined;
    observer?.observe({ type: 'layout-shift' });
    const top = below.getBoundingClientRect().top;
    const searched = oneEvent(el, 'mlo-search');
    await type(el, 'kfor');
    await until(
      () => list.filterResults?.items?.length === 10 && linked(list)[1] === url(want[1]),
      'results',
    );
    await list.updateComplete;
    expect(list.items.map((item) => item.id)).to.deep.equal(want.slice(0, 10));
    expect(linked(list)).to.deep.equal(want.slice(0, 10).map(url));
    // Ten items before, ten after: of one size each, so nothing under the list moved.
    expect(below.getBoundingClientRect().top).to.equal(top);
    await sleep(50);
    observer?.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);

    // "N results", and mlo-search's count: every match of the index, not the page.
    expect(((await searched) as unknown as MloSearchEvent).count).to.equal(want.length);
    await until(() => status(el) === `${want.length} results`, status(el));

    for (const [i, id] of want.slice(0, 10).entries()) {
      const article = articles(list)[i];
      const item = EN.find((x) => x.id === id)!;
      // The list's own copy has its picture; a record, none.
      expect(!!article.querySelector('img'), id).to.equal(own.has(id));
      if (item.title)
        expect(article.querySelector('[part~="title"]')!.textContent.trim()).to.equal(item.title);
      const time = article.querySelector('time[part~="date"]');
      expect(time?.getAttribute('datetime') ?? undefined, id).to.equal(item.datePublished);
      const label = article.querySelector('[part~="type"]')?.textContent.trim();
      expect(label, id).to.equal(
        { article: undefined, statement: 'Statement', quote: 'Quote', visit: 'Visit' }[item.type],
      );
      if (item.title && !own.has(id)) {
        const summary = article.querySelector('[part~="summary"]')!.textContent.trim();
        expect(item.summary!.startsWith(summary.replace(/…$/, '')), summary).to.equal(true);
      }
    }
    // A record's item is the size of the list's own.
    const heights = new Set(
      articles(list).map((a) => Math.round(a.getBoundingClientRect().height)),
    );
    expect(heights.size, [...heights].join()).to.equal(1);
  });

  it('loads the next page of results from the index, focusing the first new one, to the last', async () => {
    const { el, list } = await page();
    const want = ranking('kfor');
    await type(el, 'kfor');
    await until(
      () => articles(list).length === 10 && list.filterResults?.items !== undefined,
      'page 1',
    );
    for (let shown = 10; shown < want.length; shown += 10) {
      loadMore(list)!.click();
      await until(
        () => articles(list).length === Math.min(shown + 10, want.length),
        `after ${shown}`,
      );
      await list.updateComplete;
      expect(list.shadowRoot!.activeElement).to.equal(articles(list)[shown]);
    }
    expect(list.items.map((item) => item.id)).to.deep.equal(want);
    expect(loadMore(list)).to.equal(null);
  });

  it('gives the list back as it was when the search is cleared: its items, its page', async () => {
    const { el, list } = await page();
    loadMore(list)!.click();
    await until(() => articles(list).length === 20, 'two pages of its own');
    const before = linked(list);
    await type(el, 'kfor');
    await until(
      () => list.filterResults?.items !== undefined && articles(list).length === 10,
      'search',
    );
    loadMore(list)!.click();
    await until(() => articles(list).length === 20, 'two pages of results');
    await type(el, 'kfor minister');
    await until(() => articles(list).length < 20, 'a new search starts at its first page');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear-button"]')!.click();
    await until(() => list.filterIds === undefined, 'cleared');
    await list.updateComplete;
    expect(linked(list)).to.deep.equal(before);
    expect(loadMore(list)).to.exist;
    // Focus stays in the field, as Clear leaves it; the list takes none.
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input'));
  });

  it('shows a hostile record as text, its link and date only when safe', async () => {
    const list = await fixture<MloNewsList>(
      html`<mlo-news-list lang="en" type="article statement quote visit"></mlo-news-list>`,
    );
    list.feed = ownFeed(2);
    await untilState(list, 'ready');
    const hostile = '<img src=x onerror="window.__pwned=1">Title <b>bold</b>';
    const record = (id: string, fields: Record<string, unknown>) =>
      recordItem(
        readDoc({ id, type: 'statement', ...fields }),
        'https://index.example/a/index.json',
      );
    const items = [
      record('h1', {
        title: hostile,
        url: 'javascript:alert(1)',
        datePublished: 'yesterday',
        language: '"><script>',
        summary: hostile,
      }),
      record('h1', { title: 'The same id again' }),
      record('h2', { title: 'Relative', url: 'news/h2', datePublished: '2024-05-01T10:00:00Z' }),
    ];
    list.filterResults = { key: 'q', count: 2, items };
    list.filterIds = new Set(['h1', 'h2']);
    await list.updateComplete;
    const shown = articles(list);
    expect(shown).to.have.length(2);
    expect(shown[0].querySelector('[part~="title"]')!.textContent.trim()).to.equal(hostile);
    expect(shown[0].querySelectorAll('a, img, b, time, script')).to.have.length(0);
    expect(shown[0].querySelector('[lang]')).to.equal(null);
    expect(shown[1].querySelector('a')!.getAttribute('href')).to.equal(
      'https://index.example/a/news/h2',
    );
    expect(shown[1].querySelector('time')!.getAttribute('datetime')).to.equal(
      '2024-05-01T10:00:00Z',
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

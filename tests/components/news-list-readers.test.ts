/**
 * What a newsroom's readers get on a news list (issue #30): the filter bar (`filters`), pinned
 * items (`_mlo.pinned`, `no-pins`) and the follow links (`follow`), each with an axe check in
 * every state, in three languages, and with their room reserved before and while loading.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { partnerCss } from '../../src/cdn-styles/partner-css.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { pollClock } from '../../src/feed/poll.js';
import { FIRST_FILL_DELAY } from '../../src/internal/status-region.js';
import { expectAccessible } from '../helpers/axe.js';
import { articles, jsonFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const $ = (el: MloNewsList, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: MloNewsList, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const titles = (el: MloNewsList) =>
  $$(el, 'article[part~="item"]').map((a) =>
    a.querySelector('[part~="title"]')!.textContent.trim(),
  );
const status = (el: MloNewsList) => $(el, '[role="status"]')!.textContent;
/** The chips of a facet as "text count pressed". */
const chips = (el: MloNewsList, facet: number) =>
  [...$$(el, '.facet')[facet].querySelectorAll('button')].map(
    (b) => `${b.textContent.replace(/\s+/g, ' ').trim()}${b.ariaPressed === 'true' ? ' *' : ''}`,
  );
const chip = (el: MloNewsList, facet: number, text: string) =>
  [...$$(el, '.facet')[facet].querySelectorAll('button')].find((b) =>
    b.textContent.trim().startsWith(text),
  )!;
async function until(check: () => boolean, ms = 3000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(10)) if (check()) return;
  throw new Error('timed out');
}

/** Six items: statements, visits and articles over two years and three tags. */
const mixed = () =>
  jsonFeed(
    [
      ['s1', 'statement', '2026-03-01', ['NATO', 'Space']],
      ['v1', 'visit', '2026-02-01', ['Space']],
      ['a1', 'article', '2026-01-01', []],
      ['s2', 'statement', '2025-06-01', ['nato']],
      ['v2', 'visit', '2025-05-01', ['Cyber']],
      ['a2', 'article', '2025-04-01', ['NATO']],
    ].map(([id, type, date, tags]) => ({
      id,
      title: `Title ${id as string}`,
      content_text: 'x',
      date_published: date,
      tags,
      _mlo: { type },
    })),
    { feed_url: 'https://news.example/feed.json' },
  );

async function list(
  feed: unknown,
  attrs: { filters?: string; lang?: string; limit?: string } = {},
) {
  const el = await fixture<MloNewsList>(html`<mlo-news-list
    .feed=${feed}
    filters=${attrs.filters ?? 'type tag year'}
    lang=${attrs.lang ?? 'en'}
    limit=${attrs.limit ?? '10'}
  ></mlo-news-list>`);
  await untilState(el, 'ready', 'empty', 'error');
  return el;
}

describe('<mlo-news-list filters>', () => {
  beforeEach(() => clearFeedCache());

  it('is accessible loading, loaded, filtered, filtered to nothing, and in error', async () => {
    const loading = await fixture<MloNewsList>(
      html`<mlo-news-list filters="type year" follow src="/__mlo/hang/${key()}?ms=3000"></mlo-news-list>`,
    );
    expect(loading.getAttribute('state')).to.equal('loading');
    expect($$(loading, '.facet')).to.have.length(2);
    await expectAccessible(loading);
    const el = await list(mixed());
    await expectAccessible(el);
    chip(el, 0, 'Statements').click();
    await el.updateComplete;
    await expectAccessible(el);
    chip(el, 2, '2026').click();
    chip(el, 0, 'Articles').click();
    await el.updateComplete;
    chip(el, 0, 'Articles').click();
    await el.updateComplete;
    chip(el, 0, 'Visits').click();
    await el.updateComplete;
    chip(el, 1, 'Cyber').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    expect($(el, '[part~="notice"]')!.textContent.trim()).to.equal(
      'No news matches these filters.',
    );
    await expectAccessible(el);
    const error = await fixture<MloNewsList>(
      html`<mlo-news-list filters="type" src="/__mlo/status/${key()}?code=404"></mlo-news-list>`,
    );
    await untilState(error, 'error');
    await expectAccessible(error);
  });

  it('shows each value with its count, pressed state, and filters: OR within, AND across', async () => {
    const el = await list(mixed());
    const bar = $(el, '[part="filters"]')!;
    expect(bar.getAttribute('role')).to.equal('group');
    expect(bar.getAttribute('aria-label')).to.equal('Filter the news');
    expect(chips(el, 0)).to.deep.equal(['All 6 *', 'Articles 2', 'Statements 2', 'Visits 2']);
    expect(chips(el, 1)).to.deep.equal(['All 6 *', 'NATO 3', 'Space 2', 'Cyber 1']);
    expect(chips(el, 2)).to.deep.equal(['All 6 *', '2026 3', '2025 3']);
    // Each facet is a group named by its label.
    const facet = $$(el, '.facet')[0];
    expect(facet.getAttribute('role')).to.equal('group');
    expect(
      el.shadowRoot!.getElementById(facet.getAttribute('aria-labelledby')!)!.textContent,
    ).to.equal('Type:');

    chip(el, 0, 'Statements').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Title s1', 'Title s2']);
    chip(el, 0, 'Visits').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Title s1', 'Title v1', 'Title s2', 'Title v2']);
    expect(chips(el, 0)).to.deep.equal(['All 6', 'Articles 2', 'Statements 2 *', 'Visits 2 *']);
    // Counts in other facets follow the choice; a facet's own counts do not.
    expect(chips(el, 2)).to.deep.equal(['All 4 *', '2026 2', '2025 2']);
    chip(el, 2, '2025').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Title s2', 'Title v2']);
    expect(chips(el, 0)).to.deep.equal(['All 3', 'Articles 1', 'Statements 1 *', 'Visits 1 *']);
    // "All" clears its facet only.
    chip(el, 0, 'All').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Title s2', 'Title v2', 'Title a2']);
    expect(el.items.map((i) => i.id)).to.deep.equal(['s2', 'v2', 'a2']);
  });

  it('announces the count politely, in Serbian with its plural form, even when it repeats', async () => {
    const el = await list(mixed(), { lang: 'sr-Latn' });
    await sleep(FIRST_FILL_DELAY + 20);
    expect(chips(el, 0)[0]).to.equal('Sve 6 *');
    expect($$(el, '.facet-label').map((l) => l.textContent)).to.deep.equal([
      'Vrsta:',
      'Tema:',
      'Godina:',
    ]);
    chip(el, 2, '2026').click();
    await el.updateComplete;
    await until(() => status(el) === '3 stavke odgovaraju.');
    chip(el, 2, '2026').click();
    chip(el, 2, '2025').click();
    await el.updateComplete;
    // The same words again: said again (a live region does not repeat itself otherwise).
    await until(
      () => status(el).startsWith('3 stavke odgovaraju.') && status(el) !== '3 stavke odgovaraju.',
    );
    el.lang = 'sr-Cyrl';
    await el.updateComplete;
    expect(chips(el, 0)[2]).to.equal('Изјаве 1');
    chip(el, 1, 'Cyber').click();
    await el.updateComplete;
    await until(() => status(el) === '1 ставка одговара.');
  });

  it('works from the keyboard: Tab to a value, Enter or Space presses it', async () => {
    const el = await list(mixed());
    const first = chip(el, 0, 'Articles');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent.trim()).to.match(/^Statements/);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Title s1', 'Title a1', 'Title s2', 'Title a2']);
    // Focus stays on the button it pressed.
    expect(el.shadowRoot!.activeElement!.textContent.trim()).to.match(/^Statements/);
  });

  it('shows a long list of values as a select with counts', async () => {
    const feed = jsonFeed(
      articles(12).map((a, i) => ({ ...a, tags: [`tag ${String(i).padStart(2, '0')}`] })),
    );
    const el = await list(feed, { filters: 'tag' });
    const select = $(el, 'select[part="select"]') as HTMLSelectElement;
    expect(select).to.not.equal(null);
    expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal(
      'Topic:',
    );
    expect(select.options).to.have.length(13);
    expect(select.options[0].textContent).to.equal('All (12)');
    expect(select.options[1].textContent).to.equal('tag 00 (1)');
    select.value = 'tag 03';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Article 3']);
    await expectAccessible(el);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.have.length(10);
  });

  it('composes with <mlo-search target> (filterIds): counts over what the search left', async () => {
    const el = await list(mixed());
    el.filterIds = new Set(['s1', 's2', 'a1']);
    await el.updateComplete;
    expect(chips(el, 0)).to.deep.equal(['All 3 *', 'Articles 1', 'Statements 2']);
    chip(el, 2, '2026').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Title s1', 'Title a1']);
    el.filterIds = undefined;
    await el.updateComplete;
    // The visitor's choice stays when the search is cleared.
    expect(titles(el)).to.deep.equal(['Title s1', 'Title v1', 'Title a1']);
  });

  it('keeps its choices through Load more from the archive (next_url)', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list filters="year" limit="2" lang="en" src=${`/__mlo/pages/${key()}/1?of=3&per=3`}></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    expect(chips(el, 0)).to.deep.equal(['All 3 *', '2024 1', '2023 2']);
    chip(el, 0, '2023').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['File 1 item 1', 'File 1 item 2']);
    $(el, '[part~="load-more"]')!.click();
    await until(() => titles(el).length > 2);
    expect(titles(el)).to.deep.equal([
      'File 1 item 1',
      'File 1 item 2',
      'File 2 item 0',
      'File 2 item 1',
    ]);
    expect(chips(el, 0)).to.deep.equal(['All 6', '2024 1', '2023 5 *']);
  });

  it('keeps its choices through a live refresh, new items held as before', async () => {
    const second = pollClock.second;
    pollClock.second = 10;
    try {
      const k = key();
      await fetch(`/__mlo/live/${k}?items=${encodeURIComponent('400,2,1')}`, { method: 'POST' });
      const el = await fixture<MloNewsList>(
        html`<mlo-news-list filters="year" refresh="5" lang="en" src="/__mlo/live/${k}"></mlo-news-list>`,
      );
      await untilState(el, 'ready');
      chip(el, 0, '2024').click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Item 2', 'Item 1']);
      await fetch(`/__mlo/live/${k}?items=${encodeURIComponent('401,400,3,2,1')}`, {
        method: 'POST',
      });
      await until(() => !!$(el, '[part~="new-items"]'));
      expect($(el, '[part~="new-items"]')!.textContent.trim()).to.equal('Show 1 new item');
      expect(chip(el, 0, '2024').getAttribute('aria-pressed')).to.equal('true');
      $(el, '[part~="new-items"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Item 3', 'Item 2', 'Item 1']);
    } finally {
      pollClock.second = second;
    }
  });
});

describe('<mlo-news-list> pinned items', () => {
  beforeEach(() => clearFeedCache());
  const pinnedFeed = () =>
    jsonFeed([
      ...articles(4),
      {
        id: 'old-pin',
        title: 'Pinned statement',
        content_text: 'x',
        date_published: '2020-01-01',
        _mlo: { type: 'statement', pinned: true },
      },
      {
        id: 'expired',
        title: 'Expired pin',
        content_text: 'x',
        date_published: '2019-01-01',
        _mlo: { pinned: '2020-01-01' },
      },
      {
        id: 'hostile',
        title: 'Hostile pin',
        content_text: 'x',
        date_published: '2018-01-01',
        _mlo: { pinned: '<script>' },
      },
    ]);

  it('shows pinned items first, marked "Pinned" for eyes and screen readers', async () => {
    const el = await list(pinnedFeed(), { filters: '' });
    expect(titles(el)).to.deep.equal([
      'Pinned statement',
      'Article 0',
      'Article 1',
      'Article 2',
      'Article 3',
      'Expired pin',
      'Hostile pin',
    ]);
    const first = $$(el, 'article[part~="item"]')[0];
    const mark = first.querySelector('[part~="pinned"]')!;
    expect(mark.textContent).to.equal('Pinned');
    expect(first.querySelector('[part~="type"]')!.textContent).to.equal('Pinned · Statement');
    expect(first.getAttribute('aria-describedby')).to.equal(mark.id);
    expect($$(el, '[part~="pinned"]')).to.have.length(1);
    await expectAccessible(el);
    el.lang = 'sr-Cyrl';
    await el.updateComplete;
    expect(mark.textContent).to.equal('Истакнуто');
  });

  it('leaves pins aside with no-pins', async () => {
    const el = await list(pinnedFeed(), { filters: '' });
    el.setAttribute('no-pins', '');
    await el.updateComplete;
    expect(el.noPins).to.equal(true);
    expect(titles(el).slice(0, 5)).to.deep.equal([
      'Article 0',
      'Article 1',
      'Article 2',
      'Article 3',
      'Pinned statement',
    ]);
    expect($$(el, '[part~="pinned"]')).to.have.length(0);
    expect($$(el, 'article[aria-describedby]')).to.have.length(0);
  });

  it('keeps a pinned item first within the filters it passes', async () => {
    const el = await list(pinnedFeed(), { filters: 'type' });
    chip(el, 0, 'Statements').click();
    chip(el, 0, 'Articles').click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Pinned statement');
    expect(titles(el)).to.have.length(7);
  });
});

describe('<mlo-news-list follow>', () => {
  beforeEach(() => clearFeedCache());

  it('links to the feed and its alternates, typed, through safe URLs only', async () => {
    const feed = jsonFeed(articles(2), {
      feed_url: 'https://news.example/feed.json',
      _mlo: {
        alternates: [
          { type: 'application/rss+xml', url: '/rss.xml' },
          { type: 'application/atom+xml', url: 'javascript:alert(1)' },
          { type: 'text/calendar', url: '/events.ics', title: 'Events' },
        ],
      },
    });
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list follow lang="en" .feed=${feed}></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    const line = $(el, '[part="follow"]')!;
    expect(line.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Follow: JSON Feed · RSS · Events',
    );
    const links = [...line.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.type,
      a.rel,
    ]);
    expect(links).to.deep.equal([
      ['https://news.example/feed.json', 'application/feed+json', 'alternate'],
      ['https://news.example/rss.xml', 'application/rss+xml', 'alternate'],
      ['https://news.example/events.ics', 'text/calendar', 'alternate'],
    ]);
    await expectAccessible(el);
    el.lang = 'sr-Latn';
    await el.updateComplete;
    expect(line.querySelector('.follow-label')!.textContent).to.equal('Pratite:');
    el.follow = false;
    await el.updateComplete;
    expect($(el, '[part="follow"]')).to.equal(null);
  });

  it('follows the address it read, for a feed without feed_url', async () => {
    const k = key();
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list follow lang="en" src="/__mlo/live/${k}"></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    const link = $(el, '[part~="follow-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL(`/__mlo/live/${k}`, location.href).href);
    expect(link.textContent).to.equal('JSON Feed');
  });
});

describe('<mlo-news-list> filter bar and follow line: room kept', () => {
  beforeEach(() => clearFeedCache());
  const probe = 'mlo-news-list-probe';
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = partnerCss(probe);
    document.head.append(style);
  });
  after(() => style.remove());
  const height = (el: Element) => el.getBoundingClientRect().height;

  it('reserves the bar and the line before the script, in the skeleton, and once loaded', async () => {
    for (const width of ['50rem', '20rem'])
      for (const layout of ['list', 'compact'])
        for (const [filters, follow] of [
          ['type tag year', true],
          ['year', false],
          ['', true],
        ] as const) {
          const box = fixtureSync<HTMLElement>(html`<div style="inline-size: ${width}">
            <mlo-news-list-probe limit="3" layout=${layout} filters=${filters} ?follow=${follow}></mlo-news-list-probe>
            <mlo-news-list limit="3" layout=${layout} filters=${filters} ?follow=${follow} lang="en" src="/__mlo/sample/${key()}"></mlo-news-list>
          </div>`);
          const el = box.querySelector<MloNewsList>('mlo-news-list')!;
          await el.updateComplete;
          const what = `${width} ${layout} filters="${filters}" follow=${follow}`;
          expect(el.getAttribute('state'), what).to.equal('loading');
          const reserved = height(box.querySelector(probe)!);
          const skeleton = height(el);
          const parts = () =>
            ['[part="filters"]', '.follow'].map(
              (s) => $(el, s) && Math.round(height($(el, s)!) * 10),
            );
          const before = parts();
          // The skeleton has the bar's rows and the follow line when asked for.
          expect(
            before.map((h) => (h ?? 0) > 0),
            what,
          ).to.deep.equal([!!filters, follow]);
          await untilState(el, 'ready');
          expect(parts(), `${what}: the bar and the line`).to.deep.equal(before);
          expect(
            Math.abs(reserved - skeleton),
            `${what}: reserved ${reserved}, skeleton ${skeleton}`,
          ).to.be.lessThan(1);
          // Wide, the items are as tall as their skeleton (narrow, a long title may make one taller).
          if (width === '50rem')
            expect(
              Math.abs(height(el) - skeleton),
              `${what}: loaded ${height(el)}, skeleton ${skeleton}`,
            ).to.be.lessThan(1);
        }
  });
});

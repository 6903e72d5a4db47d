import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { partnerCss } from '../../src/cdn-styles/partner-css.js';
import { expectAccessible } from '../helpers/axe.js';
import { articles, jsonFeed, nextEvent, sampleFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const shadow = (el: MloNewsList) => el.shadowRoot!;
const items = (el: MloNewsList) => [
  ...shadow(el).querySelectorAll<HTMLElement>('article[part~="item"]'),
];
const titles = (el: MloNewsList) =>
  items(el).map((a) => a.querySelector('[part~="title"]')!.textContent.trim());

async function list(
  feed: unknown,
  attrs: Partial<Record<'limit' | 'type' | 'tag' | 'year' | 'layout' | 'lang', string>> = {},
) {
  const el = await fixture<MloNewsList>(html`<mlo-news-list
    .feed=${feed}
    limit=${attrs.limit ?? '10'}
    type=${attrs.type ?? 'article statement visit'}
    layout=${attrs.layout ?? 'list'}
    lang=${attrs.lang ?? 'en'}
  ></mlo-news-list>`);
  if (attrs.tag) el.tag = attrs.tag;
  if (attrs.year) el.year = Number(attrs.year);
  await untilState(el, 'ready', 'empty', 'error');
  return el;
}

describe('<mlo-news-list>', () => {
  beforeEach(() => clearFeedCache());

  it('is accessible with the sample newsroom in every layout', async () => {
    for (const layout of ['list', 'grid', 'compact']) {
      const el = await list(await sampleFeed(), { layout });
      await expectAccessible(el);
    }
  });

  it('is accessible while loading, empty, in error and stale', async () => {
    const loading = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/hang/${key()}?ms=3000"></mlo-news-list>`,
    );
    expect(loading.getAttribute('state')).to.equal('loading');
    await expectAccessible(loading);
    await expectAccessible(await list(jsonFeed([])));
    const error = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/status/${key()}?code=404"></mlo-news-list>`,
    );
    await untilState(error, 'error');
    await expectAccessible(error);
    const stale = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/then-fail/${key()}"></mlo-news-list>`,
    );
    await untilState(stale, 'ready');
    await stale.reload();
    await untilState(stale, 'stale');
    await expectAccessible(stale);
  });

  it('renders an ARIA feed, newest first, undated last, with dates, links, summaries and images', async () => {
    const el = await list(
      jsonFeed([
        { id: 'undated', title: 'Undated', content_text: 'x' },
        { id: 'old', title: 'Old', content_text: 'Old body', date_published: '2019-07-17' },
        {
          id: 'new',
          title: 'New',
          summary: 'New summary',
          content_text: 'x',
          url: 'https://news.example/new',
          date_published: '2019-11-20T10:00:00Z',
          image: 'https://img.example/a.png',
          _mlo: { image: { alt: 'Two generals', caption: 'In Belgrade', width: 800, height: 533 } },
        },
      ]),
    );
    expect(titles(el)).to.deep.equal(['New', 'Old', 'Undated']);
    const feed = shadow(el).querySelector('[role="feed"]')!;
    expect(feed.getAttribute('aria-busy')).to.equal('false');
    const [first, , last] = items(el);
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-setsize')).to.equal('3');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2019-11-20T10:00:00Z');
    expect(first.querySelector('time')!.textContent).to.match(/20 November 2019|November 20, 2019/);
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/new');
    expect(first.querySelector('[part~="summary"]')!.textContent).to.equal('New summary');
    const img = first.querySelector('img')!;
    expect([
      img.alt,
      img.getAttribute('width'),
      img.getAttribute('height'),
      img.loading,
    ]).to.deep.equal(['Two generals', '800', '533', 'lazy']);
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(first.querySelector('figcaption')!.textContent.trim()).to.equal('In Belgrade');
    expect(last.querySelector('time')).to.equal(null);
    expect(items(el)[1].querySelector('[part~="summary"]')!.textContent).to.equal('Old body');
  });

  it('reflects its attributes and properties, and follows later changes', async () => {
    const el = await list(jsonFeed(articles(3)));
    el.limit = 2;
    el.layout = 'grid';
    el.type = 'statement';
    el.tag = 'x';
    el.year = 2019;
    await el.updateComplete;
    for (const [attr, value] of [
      ['limit', '2'],
      ['layout', 'grid'],
      ['type', 'statement'],
      ['tag', 'x'],
      ['year', '2019'],
    ]) {
      expect(el.getAttribute(attr), attr).to.equal(value);
    }
    el.setAttribute('limit', '1');
    await el.updateComplete;
    expect(el.limit).to.equal(1);
  });

  it('shows `limit` items and a Load more button that moves focus to the first new item', async () => {
    const el = await list(jsonFeed(articles(5)), { limit: '2' });
    expect(items(el)).to.have.length(2);
    const more = shadow(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!;
    more.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(4);
    expect(shadow(el).activeElement).to.equal(items(el)[2]);
    shadow(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
    expect(shadow(el).querySelector('[part~="load-more"]')).to.equal(null);
    el.limit = 3;
    await el.updateComplete;
    expect(items(el)).to.have.length(5, 'a new limit keeps the pages already shown');
    el.type = 'article';
    await el.updateComplete;
    expect(items(el)).to.have.length(3, 'a new filter starts again at the first page');
  });

  it('filters by type (default: articles, statements, visits), tag and year', async () => {
    const feed = jsonFeed([
      { id: 'a', title: 'A', content_text: 'x', tags: ['Space'], date_published: '2019-01-01' },
      {
        id: 's',
        title: 'S',
        content_text: 'x',
        _mlo: { type: 'statement' },
        date_published: '2020-01-01',
      },
      { id: 'q', title: 'Q', content_text: 'x', _mlo: { type: 'quote' } },
      {
        id: 'v',
        title: 'V',
        content_text: 'x',
        _mlo: { type: 'visit' },
        date_published: '2018-01-01',
      },
    ]);
    expect(titles(await list(feed))).to.deep.equal(['S', 'A', 'V']);
    expect(titles(await list(feed, { type: 'quote statement' }))).to.deep.equal(['S', 'Q']);
    expect(titles(await list(feed, { tag: 'space' }))).to.deep.equal(['A']);
    expect(titles(await list(feed, { year: '2020' }))).to.deep.equal(['S']);
    const none = await list(feed, { year: '1999' });
    expect(none.getAttribute('state')).to.equal('empty');
    none.year = undefined;
    await none.updateComplete;
    expect(none.getAttribute('state')).to.equal('ready');
  });

  it('fires a cancelable mlo-select before navigating', async () => {
    const el = await list(jsonFeed(articles(1)));
    const link = items(el)[0].querySelector('a')!;
    const seen: Event[] = [];
    // A host that cancels (to open the item in a dialog) keeps the page where it is.
    el.addEventListener('mlo-select', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    const click = new MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      composed: true,
      button: 0,
    });
    link.dispatchEvent(click);
    expect(seen).to.have.length(1);
    const [event] = seen as import('../../src/events.js').MloSelectEvent[];
    expect(event.item.id).to.equal('a-0');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(click.defaultPrevented).to.equal(true);
    // A modified click (new tab) is left to the browser and selects nothing.
    const ctrlClick = new MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      composed: true,
      ctrlKey: true,
    });
    ctrlClick.preventDefault();
    link.dispatchEvent(ctrlClick);
    expect(seen).to.have.length(1);
  });

  it('never renders a dangerous URL', async () => {
    const el = await list(
      jsonFeed(
        [
          'javascript:alert(1)',
          ' JaVaScRiPt:alert(1)',
          'java\tscript:alert(1)',
          'vbscript:x',
          'data:text/html,<script>alert(1)</script>',
        ].map((url, i) => ({
          id: `x${i}`,
          title: `T${i}`,
          content_text: 'x',
          url,
          image: url,
          date_published: `2020-01-0${i + 1}`,
        })),
      ),
    );
    expect(items(el)).to.have.length(5);
    expect(shadow(el).querySelectorAll('a[href], img')).to.have.length(0);
    expect(titles(el)).to.deep.equal(['T4', 'T3', 'T2', 'T1', 'T0']);
  });

  it('speaks Serbian in Latin and Cyrillic, transliterating Serbian items', async () => {
    const feed = jsonFeed(
      [
        {
          id: 'sr',
          title: 'Vučić i Mojsilović u Beogradu',
          summary: 'Sastanak sa NATO delegacijom',
          content_text: 'x',
          date_published: '2019-07-17',
          language: 'sr-Latn',
        },
      ],
      { language: 'sr-Latn' },
    );
    const cyr = await list(feed, { lang: 'sr-Cyrl' });
    expect(titles(cyr)).to.deep.equal(['Вучић и Мојсиловић у Београду']);
    expect(items(cyr)[0].querySelector('[part~="summary"]')!.textContent).to.equal(
      'Састанак са НАТО делегацијом',
    );
    expect(items(cyr)[0].querySelector('time')!.textContent).to.contain('јул');
    expect(shadow(cyr).querySelector('[role="feed"]')!.getAttribute('aria-label')).to.match(
      /[\u0400-\u04FF]/,
    );
    const lat = await list(feed, { lang: 'sr-Latn' });
    expect(titles(lat)).to.deep.equal(['Vučić i Mojsilović u Beogradu']);
    expect(items(lat)[0].querySelector('time')!.textContent).to.contain('jul');
  });

  it('keeps English items English under a Serbian UI, marking their language', async () => {
    const el = await list(jsonFeed(articles(1)), { lang: 'sr-Cyrl' });
    expect(titles(el)).to.deep.equal(['Article 0']);
    // On the item's own text, not the whole item: the type label and the date are the widget's.
    expect(items(el)[0].hasAttribute('lang')).to.equal(false);
    expect(items(el)[0].querySelector('[part~="title"]')!.getAttribute('lang')).to.equal('en');
    expect(items(el)[0].querySelector('[part~="summary"]')!.getAttribute('lang')).to.equal('en');
    expect(items(el)[0].querySelector('time')!.closest('[lang]')!.getAttribute('lang')).to.equal(
      'sr-Cyrl',
    );
  });

  it('takes its language from the nearest ancestor and follows changes', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div lang="sr-Latn"><mlo-news-list></mlo-news-list></div>`,
    );
    const el = wrapper.querySelector('mlo-news-list')!;
    el.feed = jsonFeed([]);
    await untilState(el, 'empty');
    expect(shadow(el).textContent).to.contain('Nema');
    wrapper.setAttribute('lang', 'sr-Cyrl');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Нема');
  });

  it('shows a sized skeleton while loading, then the items at the same height', async () => {
    const k = key();
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list limit="3" src="/__mlo/sample/${k}"></mlo-news-list>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    expect(shadow(el).querySelectorAll('.item')).to.have.length(3);
    const before = el.getBoundingClientRect().height;
    await untilState(el, 'ready');
    expect(Math.abs(el.getBoundingClientRect().height - before)).to.be.lessThan(2);
  });

  it('shows the error reason, a link to the source and Retry, and fires mlo-error', async () => {
    const el = document.createElement('mlo-news-list');
    const errored = nextEvent(el, 'mlo-error');
    el.src = `/__mlo/status/${key()}?code=404`;
    el.lang = 'en';
    document.body.append(el);
    const event = await errored;
    expect([event.reason, event.status, event.stale]).to.deep.equal(['not-found', 404, false]);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    const notice = shadow(el).querySelector('[part~="notice"]')!;
    // The notice is plain text; the widget's one status region, there from the start, says it.
    expect(notice.hasAttribute('role')).to.equal(false);
    const regions = shadow(el).querySelectorAll('[role="status"]');
    expect(regions).to.have.length(1);
    await waitUntil(
      () =>
        regions[0].textContent === 'News could not be loaded. The news feed was not found (404).',
      'announced',
      { timeout: 5000 },
    );
    expect(notice.querySelector('a')!.getAttribute('href')).to.contain('/__mlo/status/');
    expect(notice.querySelector('button')).to.exist;
    el.remove();
  });

  it('keeps the last good data as stale when a refresh fails', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/then-fail/${key()}"></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    const failed = nextEvent(el, 'mlo-error');
    await el.reload();
    expect((await failed).stale).to.equal(true);
    expect(el.getAttribute('state')).to.equal('stale');
    expect(titles(el)).to.deep.equal(['Hello']);
    expect(shadow(el).querySelector('.notice--stale')).to.exist;
  });
});

describe('<mlo-news-list> filterIds (what <mlo-search target> sets)', () => {
  it('shows only the given ids, and everything again when cleared', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list lang="en" .feed=${jsonFeed(articles(4))}></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    el.filterIds = new Set(['a-2', 'a-0']);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Article 0', 'Article 2']);
    el.filterIds = new Set();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty');
    el.filterIds = undefined;
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
  });
});

describe('<mlo-news-list> room reserved before the script runs (dist/cdn/mlo-newsroom.css)', () => {
  // The partner stylesheet targets `mlo-news-list:not(:defined)`; here the same rules target a
  // tag that is never defined, beside a real (defined) list in a container of the same width.
  const probe = 'mlo-news-list-probe';
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = partnerCss(probe);
    document.head.append(style);
  });
  after(() => style.remove());

  const height = (el: Element) => el.getBoundingClientRect().height;
  async function measure(width: string, attrs: { limit: string; layout: string }) {
    const box = fixtureSync<HTMLElement>(html`<div style="inline-size: ${width}">
      <mlo-news-list-probe limit=${attrs.limit} layout=${attrs.layout}></mlo-news-list-probe>
      <mlo-news-list limit=${attrs.limit} layout=${attrs.layout} lang="en" src="/__mlo/sample/${key()}"></mlo-news-list>
    </div>`);
    const el = box.querySelector('mlo-news-list')!;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    const reserved = height(box.querySelector(probe)!);
    const skeleton = height(el);
    await untilState(el, 'ready');
    return { reserved, skeleton, loaded: height(el) };
  }

  it('reserves the skeleton height, which is the loaded height (limit 3, list)', async () => {
    const { reserved, skeleton, loaded } = await measure('50rem', { limit: '3', layout: 'list' });
    expect(reserved).to.be.greaterThan(100);
    expect(
      Math.abs(reserved - skeleton),
      `reserved ${reserved}, skeleton ${skeleton}`,
    ).to.be.lessThan(1);
    expect(Math.abs(loaded - skeleton), `loaded ${loaded}, skeleton ${skeleton}`).to.be.lessThan(1);
  });

  it('keeps the room between the upgrade and the first render, which is a task later', async () => {
    const real = document.createElement('style');
    real.textContent = partnerCss();
    document.head.append(real);
    try {
      const box = fixtureSync<HTMLElement>(html`<div style="inline-size: 50rem">
        <mlo-news-list-probe limit="3"></mlo-news-list-probe>
      </div>`);
      const el = document.createElement('mlo-news-list');
      el.setAttribute('limit', '3');
      el.setAttribute('src', `/__mlo/sample/${key()}`);
      box.append(el);
      // Upgraded (defined, shadow root attached) but not rendered yet: no state, no skeleton.
      expect(el.shadowRoot, 'upgraded').to.not.equal(null);
      expect(el.hasAttribute('state')).to.equal(false);
      expect(el.shadowRoot!.querySelector('.item')).to.equal(null);
      const reserved = height(box.querySelector(probe)!);
      expect(Math.abs(height(el) - reserved), 'between upgrade and render').to.be.lessThan(1);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(Math.abs(height(el) - reserved), 'the skeleton').to.be.lessThan(1);
    } finally {
      real.remove();
    }
  });

  it('reserves the skeleton height for every limit and layout, wide and narrow', async () => {
    const grid = CSS.supports('block-size', 'calc(1px * round(down, 2px / 1px, 1))');
    for (const width of ['50rem', '20rem']) {
      for (const layout of ['list', 'compact', ...(grid ? ['grid'] : [])]) {
        for (const limit of ['1', '4', '10', '25']) {
          const { reserved, skeleton } = await measure(width, { limit, layout });
          expect(
            Math.abs(reserved - skeleton),
            `${width} ${layout} limit ${limit}: reserved ${reserved}, skeleton ${skeleton}`,
          ).to.be.lessThan(1);
        }
      }
    }
  });

  it('keeps the same room with a short fallback link inside, wide and narrow, every layout', async () => {
    const grid = CSS.supports('block-size', 'calc(1px * round(down, 2px / 1px, 1))');
    for (const width of ['50rem', '20rem']) {
      for (const layout of ['list', 'compact', ...(grid ? ['grid'] : [])]) {
        const box = fixtureSync<HTMLElement>(html`<div style="inline-size: ${width}">
          <mlo-news-list-probe limit="3" layout=${layout}></mlo-news-list-probe>
          <mlo-news-list-probe limit="3" layout=${layout}><a href="https://newsroom.example/">Latest news</a></mlo-news-list-probe>
        </div>`);
        const [bare, withLink] = [...box.querySelectorAll(probe)].map(height);
        expect(
          Math.abs(withLink - bare),
          `${width} ${layout}: bare ${bare}, with a link ${withLink}`,
        ).to.be.lessThan(1);
      }
    }
  });

  it('applies to undefined elements only', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list limit="3" .feed=${jsonFeed([])}></mlo-news-list>`,
    );
    await untilState(el, 'empty');
    expect(height(el)).to.be.lessThan(100);
  });
});

describe('<mlo-news-list> long pages render in steps', () => {
  it('renders the first items with the data, then all of them, with their positions', async () => {
    const n = 230;
    const el = document.createElement('mlo-news-list');
    el.lang = 'en';
    el.limit = n;
    let first: HTMLElement[] = [];
    el.addEventListener('mlo-load', () => (first = items(el)), { once: true });
    el.feed = jsonFeed(articles(n));
    document.body.append(el);
    await untilState(el, 'ready');
    // The update that brought the data rendered the first step (mlo-load fires right after it).
    expect(first.length).to.be.within(1, n - 1);
    expect(first[0].getAttribute('aria-setsize')).to.equal(String(n));
    await el.updateComplete;
    const all = items(el);
    expect(all).to.have.length(n);
    expect(all.map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(
      Array.from({ length: n }, (_, i) => String(i + 1)),
    );
    expect(all.every((a) => a.getAttribute('aria-setsize') === String(n))).to.equal(true);
    expect(titles(el).slice(0, 3)).to.deep.equal(['Article 0', 'Article 1', 'Article 2']);
    expect(shadow(el).querySelector('[role="feed"]')!.getAttribute('aria-busy')).to.equal('false');
    el.remove();
  });

  it('holds the exact height of items it skips off screen (content-visibility)', async () => {
    for (const layout of ['list', 'compact']) {
      const el = await list(jsonFeed(articles(150)), { limit: '150', layout });
      await el.updateComplete;
      const [first, second, third] = [...shadow(el).querySelectorAll('.chunk')].map(
        (c) => c.getBoundingClientRect().height,
      );
      // The first group is on screen and laid out; the others far below it may be skipped.
      expect(Math.abs(second - first), `${layout}: ${first} vs ${second}`).to.be.lessThan(1);
      expect(Math.abs(third - first), `${layout}: ${first} vs ${third}`).to.be.lessThan(1);
    }
  });

  it('keeps Load more and its focus move on long pages', async () => {
    const el = await list(jsonFeed(articles(300)), { limit: '120' });
    await el.updateComplete;
    expect(items(el)).to.have.length(120);
    shadow(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(240);
    expect(shadow(el).activeElement).to.equal(items(el)[120]);
    expect(items(el)[239].getAttribute('aria-posinset')).to.equal('240');
    el.type = 'article';
    await el.updateComplete;
    expect(items(el)).to.have.length(120, 'a new filter starts again at the first page');
  });
});

describe('<mlo-news-list> heading-level', () => {
  it('sets the titles heading level, kept within 1–6', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list lang="en" heading-level="2" .feed=${jsonFeed(articles(1))}></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    const title = () => el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title().getAttribute('aria-level')).to.equal('2');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(title().getAttribute('aria-level')).to.equal('6');
  });
});

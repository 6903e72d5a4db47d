import { aTimeout, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/article/mlo-article.js';
import type { MloArticle } from '../../src/components/article/article.js';
import { SanitizedHtml, type HtmlSource } from '../../src/components/article/article-body.js';
import { clearFeedCache, normalizeFeed } from '../../src/feed/index.js';
import type { FeedItem } from '../../src/feed/types.js';
import { expectAccessible } from '../helpers/axe.js';
import { articles, jsonFeed, sampleFeed, untilState } from '../helpers/feeds.js';

const NAC = 'nac-statement-2019-11-20';
const key = () => Math.random().toString(36).slice(2);
const shadow = (el: MloArticle) => el.shadowRoot!;
const q = <E extends Element = HTMLElement>(el: MloArticle, selector: string) =>
  shadow(el).querySelector<E>(selector);
const title = (el: MloArticle) => q(el, '[part~="title"]')?.textContent?.trim();
const body = (el: MloArticle) => q(el, '[part~="body"]')!;
const paragraphTexts = (el: MloArticle) =>
  [...body(el).querySelectorAll('p')].map((p) => p.textContent);
/** The sanitizer's module is fetched on first use: does the page have it yet? */
const purifyLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /purify/i.test(entry.name));

type Attrs = Partial<Record<'item' | 'lang' | 'level', string>>;

async function article(feed: unknown, attrs: Attrs = {}) {
  const el = await fixture<MloArticle>(html`<mlo-article
    .feed=${feed}
    item=${ifDefined(attrs.item)}
    lang=${attrs.lang ?? 'en'}
    heading-level=${ifDefined(attrs.level)}
  ></mlo-article>`);
  await untilState(el, 'ready', 'empty', 'error');
  return el;
}

/** Waits until the HTML body is in (the body is no longer busy). */
async function untilBody(el: MloArticle, text?: string) {
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    const part = q(el, '[part~="body"]');
    if (part && !part.hasAttribute('aria-busy') && (!text || part.textContent.includes(text)))
      return part;
    await aTimeout(10);
  }
  throw new Error(`the body never settled${text ? ` on "${text}"` : ''}`);
}

const serbian = (extra: Record<string, unknown> = {}) =>
  jsonFeed(
    [
      {
        id: 'sr',
        title: 'Poseta načelnika',
        language: 'sr-Latn',
        date_published: '2019-07-17',
        tags: ['Saradnja'],
        content_text: 'Načelnik je posetio Beograd.\n\nSastanak sa NATO delegacijom.',
        _mlo: { type: 'statement' },
        ...extra,
      },
    ],
    { language: 'sr-Latn' },
  );

/** A raw JSON Feed item as the FeedItem `.item` takes. */
const asItem = (raw: Record<string, unknown>) =>
  normalizeFeed(jsonFeed([raw]), { baseUrl: undefined }).feed.items[0];

describe('<mlo-article>', () => {
  beforeEach(() => clearFeedCache());

  it('is accessible while loading, with the NAC statement, empty, in error and stale', async () => {
    const loading = await fixture<MloArticle>(
      html`<mlo-article src="/__mlo/hang/${key()}?ms=3000"></mlo-article>`,
    );
    expect(loading.getAttribute('state')).to.equal('loading');
    expect(q(loading, '.skeleton.image')).to.exist;
    await expectAccessible(loading);

    const ready = await fixture<MloArticle>(
      html`<mlo-article src="/__mlo/sample/${key()}" item=${NAC}></mlo-article>`,
    );
    await untilState(ready, 'ready');
    await expectAccessible(ready);

    await expectAccessible(await article(jsonFeed(articles(2)), { item: 'nope' }));
    const error = await fixture<MloArticle>(
      html`<mlo-article src="/__mlo/status/${key()}?code=404"></mlo-article>`,
    );
    await untilState(error, 'error');
    await expectAccessible(error);
    const stale = await fixture<MloArticle>(
      html`<mlo-article src="/__mlo/then-fail/${key()}"></mlo-article>`,
    );
    await untilState(stale, 'ready');
    await stale.reload();
    await untilState(stale, 'stale');
    expect(title(stale)).to.equal('Hello');
    expect(q(stale, '.notice--stale')).to.exist;
    await expectAccessible(stale);
  });

  for (const lang of ['en', 'sr-Cyrl']) {
    it(`is accessible with every item of the sample newsroom in ${lang}`, async () => {
      const feed = await sampleFeed();
      const ids = (feed as { items: { id: string }[] }).items.map((item) => item.id);
      // Every item on one page, one axe run: the same check at a fraction of the time.
      const wrapper = fixtureSync<HTMLElement>(html`<div lang=${lang}>
        ${ids.map((id) => html`<mlo-article .feed=${feed} item=${id}></mlo-article>`)}
      </div>`);
      const els = [...wrapper.querySelectorAll('mlo-article')];
      for (const [i, el] of els.entries()) {
        await untilState(el, 'ready', 'empty', 'error');
        expect(el.getAttribute('state'), ids[i]).to.equal('ready');
      }
      await expectAccessible(wrapper);
    });
  }

  it('shows an item from src + item: the NAC statement in full', async () => {
    const el = await fixture<MloArticle>(
      html`<mlo-article src="/__mlo/sample/${key()}" item=${NAC}></mlo-article>`,
    );
    await untilState(el, 'ready');
    expect(el.currentItem!.id).to.equal(NAC);
    const heading = q(el, '[part~="title"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.match(/^NATO Secretary General Jens Stoltenberg statement/);
    expect(q(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(q(el, '[part~="type"]')!.textContent).to.equal('Statement');
    expect(q(el, 'time[part~="date"]')!.getAttribute('datetime')).to.equal('2019-11-20');
    expect(q(el, 'time[part~="date"]')!.textContent).to.equal('20 November 2019');
    expect(q(el, '[part~="speaker"]')!.textContent.trim()).to.equal(
      'Jens Stoltenberg, Secretary General, NATO',
    );
    // The author is the speaker: named once, not again as "By …".
    expect(q(el, '[part~="author"]')).to.equal(null);
    expect(paragraphTexts(el)).to.have.length(7);
    expect(paragraphTexts(el)[0]).to.equal(
      'NATO remains indispensable for our security. And that despite our differences, we are stronger as we face the future together.',
    );
    expect(
      [...shadow(el).querySelectorAll('[part~="tag"]')].map((t) => t.textContent),
    ).to.deep.equal(['NAC', 'Secretary General', 'space', 'burden sharing', 'defence spending']);
    expect(q(el, 'article')!.hasAttribute('lang')).to.equal(false);
  });

  it('shows a FeedItem given to .item without any feed, and is empty for a shapeless one', async () => {
    const { feed } = normalizeFeed(jsonFeed(articles(1, { authors: [{ name: 'Press Office' }] })));
    const el = await fixture<MloArticle>(
      html`<mlo-article lang="en" .item=${feed.items[0]}></mlo-article>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.state).to.equal('ready');
    expect(title(el)).to.equal('Article 0');
    expect(paragraphTexts(el)).to.deep.equal(['Body 0']);
    expect(q(el, '[part~="author"]')!.textContent).to.equal('By Press Office');
    // Wrong field types (hostile or careless) show less instead of throwing.
    el.item = {
      id: 'odd',
      title: 42,
      tags: 'x',
      authors: null,
      contentText: ['x'],
      image: { src: 5 },
      language: 'en" x="',
    } as unknown as FeedItem;
    await el.updateComplete;
    // No title: no heading made up from the id (#13.2), the article is named "Note".
    expect(title(el)).to.equal(undefined);
    expect(q(el, 'article')!.getAttribute('aria-label')).to.equal('Note');
    expect(q(el, 'article')!.hasAttribute('lang')).to.equal(false);
    expect(q(el, '[part~="tags"], img')).to.equal(null);
    el.item = { title: 'no id' } as unknown as FeedItem;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty');
    expect(q(el, '[part~="notice"]')!.textContent).to.equal('No article to show.');
  });

  it('shows the item with the given id from .feed, the newest without one, empty for an unknown id', async () => {
    const feed = jsonFeed(articles(3));
    const el = await article(feed, { item: 'a-2' });
    expect(title(el)).to.equal('Article 2');
    el.removeAttribute('item');
    await el.updateComplete;
    expect(title(el)).to.equal('Article 0');
    const none = await article(
      jsonFeed([
        { id: 'old', title: 'Old', content_text: 'x', date_published: '2001-01-01' },
        ...articles(2),
      ]),
    );
    expect(title(none)).to.equal('Article 0');
    el.setAttribute('item', 'missing');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty');
    expect(q(el, '[part~="notice"]')!.textContent).to.equal('No article to show.');
    el.setAttribute('item', 'a-1');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(title(el)).to.equal('Article 1');
  });

  it('is empty for a feed with no items and shows the error reason for a feed that is not one', async () => {
    expect((await article(jsonFeed([]))).getAttribute('state')).to.equal('empty');
    const error = await article({ hello: 'world' });
    expect(error.getAttribute('state')).to.equal('error');
    expect(q(error, '.notice--error')!.textContent).to.contain(
      'did not return a news feed we can read',
    );
  });

  it('turns content_text into paragraphs, keeping single line breaks', async () => {
    const el = await article(
      jsonFeed([
        {
          id: 't',
          title: 'T',
          content_text: '  One.\n\nTwo,\nstill two.\r\n\r\n \n\nThree <b>not bold</b>\n',
        },
      ]),
    );
    expect(paragraphTexts(el)).to.deep.equal(['One.', 'Two,\nstill two.', 'Three <b>not bold</b>']);
    expect(body(el).querySelector('b')).to.equal(null);
    expect(getComputedStyle(body(el).querySelector('p')!).whiteSpace).to.equal('pre-line');
  });

  // Keep this the first test to render an HTML body: it needs the sanitizer not loaded yet.
  it('loads the sanitizer only for an HTML body, and never shows a stale body when the item changes', async () => {
    const feed = jsonFeed([
      { id: 'text', title: 'Text', content_text: 'Body of text', date_published: '2024-01-03' },
      {
        id: 'a',
        title: 'A',
        content_text: 'Text of A',
        content_html: '<p>HTML of A</p>',
        date_published: '2024-01-02',
      },
      { id: 'b', title: 'B', content_html: '<p>HTML of B</p>', date_published: '2024-01-01' },
    ]);
    const el = await article(feed, { item: 'text' });
    await aTimeout(50);
    expect(purifyLoaded(), 'a text body loads no sanitizer').to.equal(false);

    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) added.push(node.textContent ?? '');
    });
    observer.observe(shadow(el), { childList: true, subtree: true, characterData: true });
    // Where the browser sanitizes (HTML Sanitizer API), no chunk is fetched and nothing waits.
    const native = typeof (window as { Sanitizer?: unknown }).Sanitizer === 'function';
    el.item = 'a';
    await el.updateComplete;
    // The sanitizer is still on its way: the text version holds the place.
    if (!native) expect(body(el).getAttribute('aria-busy')).to.equal('true');
    if (!native) expect(paragraphTexts(el)).to.deep.equal(['Text of A']);
    el.item = 'b';
    await el.updateComplete;
    if (!native) expect(body(el).querySelector('.skeleton')).to.exist;
    await untilBody(el, 'HTML of B');
    await aTimeout(50);
    observer.disconnect();
    if (!native) expect(added.join('|')).not.to.contain('HTML of A');
    expect(paragraphTexts(el)).to.deep.equal(['HTML of B']);
    expect(purifyLoaded()).to.equal(!native);
  });

  it('drops a sanitized body that arrives after the item changed, whatever the order of answers', async () => {
    // The sanitizer answers out of order here (B before A): only the current item's body is kept.
    const answers = new Map<string, (fragment: DocumentFragment) => void>();
    const fragmentOf = (text: string) => {
      const fragment = document.createDocumentFragment();
      fragment.append(Object.assign(document.createElement('p'), { textContent: text }));
      return fragment;
    };
    let updates = 0;
    let source: HtmlSource | undefined;
    const host = {
      addController() {},
      removeController() {},
      requestUpdate: () => void updates++,
      updateComplete: Promise.resolve(true),
    };
    const body = new SanitizedHtml(
      host,
      () => source,
      (markup) => new Promise((resolve) => answers.set(markup, resolve)),
    );
    const show = (markup: string | undefined) => {
      source = markup ? { html: markup, base: undefined, language: 'en', lang: 'en' } : undefined;
      body.hostUpdate();
    };
    show('A');
    show('B');
    answers.get('B')!(fragmentOf('B'));
    await aTimeout(0);
    answers.get('A')!(fragmentOf('A'));
    await aTimeout(0);
    expect(body.body.status).to.equal('ready');
    expect((body.body as { nodes: Node[] }).nodes.map((n) => n.textContent)).to.deep.equal(['B']);
    expect(updates).to.equal(1);
    show(undefined);
    show('C');
    show(undefined);
    answers.get('C')!(fragmentOf('C'));
    await aTimeout(0);
    expect(body.body.status).to.equal('pending');
    expect(updates).to.equal(1);
  });

  it('sanitizes the HTML body of an item given to .item', async () => {
    const { feed } = normalizeFeed(jsonFeed(articles(1)));
    const item = {
      ...feed.items[0],
      contentHtml:
        '<p>Rich <em>body</em><img src="https://img.example/x.png" onerror="window.__xss=1" alt=""></p>',
    };
    const el = await fixture<MloArticle>(html`<mlo-article lang="en" .item=${item}></mlo-article>`);
    const part = await untilBody(el, 'Rich');
    expect(part.querySelector('p > em')!.textContent).to.equal('body');
    expect(part.querySelector('img')!.getAttributeNames().sort()).to.deep.equal([
      'alt',
      'decoding',
      'loading',
      'referrerpolicy',
      'src',
    ]);
  });

  it('sanitizes content_html: no script, handler, frame, form, SVG, style or javascript: URL survives', async () => {
    const w = window as unknown as { __xss?: number };
    delete w.__xss;
    const payloads = [
      '<img src=x onerror="window.__xss=1">',
      '<script>window.__xss=1</script>',
      '<a href="javascript:window.__xss=1" id="js">x</a>',
      '<iframe src="javascript:parent.__xss=1"></iframe>',
      '<svg onload="window.__xss=1"><circle r="1"/></svg>',
      '<p style="position:fixed;inset:0">overlay</p>',
      '<form action="https://evil.example"><input name="pw"><button>Send</button></form>',
      '<object data="javascript:window.__xss=1"></object>',
      '<embed src="javascript:window.__xss=1">',
      '<details open ontoggle="window.__xss=1"><summary>s</summary></details>',
      '<p class="notice notice--error" onclick="window.__xss=1">fake notice</p>',
    ];
    const el = await article(
      jsonFeed([
        { id: 'x', title: 'X', content_html: `<p>start</p>${payloads.join('')}<p>end</p>` },
      ]),
    );
    const part = await untilBody(el, 'end');
    q<HTMLAnchorElement>(el, '#js, [part~="body"] a')?.click();
    await aTimeout(200);
    expect(w.__xss).to.equal(undefined);
    const root = shadow(el);
    expect(
      // The Share button is the article's own.
      root.querySelector(
        ':is(script, iframe, object, embed, form, input, button, svg, style, details):not([part~="share-button"])',
      ),
    ).to.equal(null);
    for (const node of root.querySelectorAll('*')) {
      for (const name of node.getAttributeNames())
        expect(name, node.outerHTML).not.to.match(/^on/i);
    }
    expect(root.querySelector('[style]')).to.equal(null);
    expect(part.querySelector('[class], [id]')).to.equal(null);
    expect(root.querySelector('[href^="javascript:" i], [src^="javascript:" i]')).to.equal(null);
    expect(part.textContent).to.contain('overlay');
  });

  it('keeps allowed markup, resolving relative links and images against the feed URL', async () => {
    const feed = jsonFeed([
      {
        id: 'h',
        title: 'H',
        content_html:
          '<p>Read <strong>this</strong> at <a href="https://www.nato.int/">NATO</a> or <a href="more.html">here</a>.</p>' +
          '<img src="images/map.png" alt="A map" width="40" height="30">',
      },
    ]);
    const el = await fixture<MloArticle>(
      html`<mlo-article src="/__mlo/ok/${key()}?body=${encodeURIComponent(JSON.stringify(feed))}"></mlo-article>`,
    );
    await untilState(el, 'ready');
    const part = await untilBody(el, 'Read');
    expect(part.querySelector('p > strong')!.textContent).to.equal('this');
    const [nato, relative] = part.querySelectorAll('a');
    expect(nato.getAttribute('href')).to.equal('https://www.nato.int/');
    expect(nato.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    expect(relative.getAttribute('href')).to.equal(`${location.origin}/__mlo/ok/more.html`);
    const img = part.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(`${location.origin}/__mlo/ok/images/map.png`);
    expect([img.alt, img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([
      'A map',
      '40',
      '30',
    ]);
  });

  it('resolves the relative links of an item given to .item against its own url, else the page', async () => {
    const body = '<p><a href="more.html">more</a><img src="img/a.png" alt="A"></p>';
    const given = asItem({
      id: 'g',
      title: 'G',
      url: 'https://news.example/2026/story.html',
      content_html: body,
    });
    const el = await fixture<MloArticle>(
      html`<mlo-article lang="en" .item=${given}></mlo-article>`,
    );
    const part = await untilBody(el, 'more');
    expect(part.querySelector('a')!.getAttribute('href')).to.equal(
      'https://news.example/2026/more.html',
    );
    expect(part.querySelector('img')!.getAttribute('src')).to.equal(
      'https://news.example/2026/img/a.png',
    );
    const bare = await fixture<MloArticle>(
      html`<mlo-article lang="en" .item=${asItem({ id: 'b', title: 'B', content_html: body })}></mlo-article>`,
    );
    const barePart = await untilBody(bare, 'more');
    expect(barePart.querySelector('a')!.getAttribute('href')).to.equal(
      new URL('more.html', document.baseURI).href,
    );
  });

  it('resolves relative body links against where the feed is after a redirect', async () => {
    const el = await fixture<MloArticle>(
      html`<mlo-article src="/__mlo/redirect/${key()}?to=/__mlo/relative/feed"></mlo-article>`,
    );
    await untilState(el, 'ready');
    const part = await untilBody(el, 'Other');
    expect(part.querySelector('a')!.getAttribute('href')).to.equal(
      `${location.origin}/__mlo/relative/other.html`,
    );
  });

  it('speaks three languages, showing a Serbian Latin item in Cyrillic under sr-Cyrl', async () => {
    const en = await article(serbian(), { lang: 'en' });
    expect(title(en)).to.equal('Poseta načelnika');
    expect(q(en, 'article')!.getAttribute('lang')).to.equal('sr-Latn');
    expect(q(en, '[part~="type"]')!.getAttribute('lang')).to.equal('en');
    expect(q(en, '[part~="type"]')!.textContent).to.equal('Statement');

    const lat = await article(serbian(), { lang: 'sr-Latn' });
    expect(q(lat, 'article')!.hasAttribute('lang')).to.equal(false);
    expect(q(lat, '[part~="type"]')!.textContent).to.equal('Izjava');
    expect(q(lat, 'time')!.textContent).to.contain('jul');

    const cyr = await article(serbian(), { lang: 'sr-Cyrl' });
    expect(title(cyr)).to.equal('Посета начелника');
    expect(paragraphTexts(cyr)).to.deep.equal([
      'Начелник је посетио Београд.',
      'Састанак са НАТО делегацијом.',
    ]);
    expect(q(cyr, '[part~="type"]')!.textContent).to.equal('Изјава');
    expect(q(cyr, '[part~="tag"]')!.textContent).to.equal('Сарадња');
    expect(q(cyr, '[part~="tags"]')!.getAttribute('aria-label')).to.equal('Ознаке');
    expect(q(cyr, 'time')!.textContent).to.contain('јул');
    expect(q(cyr, 'article')!.hasAttribute('lang')).to.equal(false);
  });

  it('transliterates the text of an HTML body, never its URLs or code, and follows a language change', async () => {
    const feed = serbian({
      content_text: undefined,
      content_html:
        '<p>Vesti <a href="https://www.mod.gov.rs/lat/vesti" title="Ministarstvo">Ministarstva odbrane</a>.</p>' +
        '<p lang="en">Partnership for Peace</p><p><code>nije kod</code> <img src="https://img.example/a.png" alt="Zastava"></p>',
    });
    const el = await article(feed, { lang: 'sr-Cyrl' });
    const part = await untilBody(el, 'Вести');
    const link = part.querySelector('a')!;
    expect(link.textContent).to.equal('Министарства одбране');
    expect(link.getAttribute('href')).to.equal('https://www.mod.gov.rs/lat/vesti');
    expect(link.title).to.equal('Министарство');
    expect(part.querySelector('[lang="en"]')!.textContent).to.equal('Partnership for Peace');
    expect(part.querySelector('code')!.textContent).to.equal('nije kod');
    expect(part.querySelector('img')!.alt).to.equal('Застава');
    el.setAttribute('lang', 'sr-Latn');
    await untilBody(el, 'Vesti');
    expect(body(el).querySelector('a')!.textContent).to.equal('Ministarstva odbrane');
  });

  it("an element's own lang wins for its alt and title, as on the server (tests/node/server-body.test.mjs)", async () => {
    const feed = serbian({
      content_text: undefined,
      content_html:
        '<p>Vesti <img src="https://img.example/a.png" lang="en" alt="Partnership"> ' +
        '<abbr lang="en" title="North Atlantic">NATO</abbr> <abbr title="Ministarstvo">MO</abbr></p>',
    });
    const el = await article(feed, { lang: 'sr-Cyrl' });
    const part = await untilBody(el, 'Вести');
    expect(part.querySelector('img')!.alt).to.equal('Partnership');
    expect(part.querySelector<HTMLElement>('abbr[lang]')!.title).to.equal('North Atlantic');
    expect(part.querySelector<HTMLElement>('abbr:not([lang])')!.title).to.equal('Министарство');
  });

  it('renders the title as a real heading of heading-level (1–6, else 2)', async () => {
    const feed = jsonFeed(articles(1));
    for (const [level, tag] of [
      ['3', 'h3'],
      ['1', 'h1'],
      ['6', 'h6'],
      ['9', 'h2'],
      ['x', 'h2'],
      ['2.5', 'h2'],
    ]) {
      const el = await article(feed, { level });
      expect(q(el, '[part~="title"]')!.localName, level).to.equal(tag);
      expect(title(el)).to.equal('Article 0');
    }
  });

  it('shows the date, the update on another day, the authors, and the picture with alt, size and caption', async () => {
    const el = await article(
      jsonFeed([
        {
          id: 'p',
          title: 'Pictured',
          content_text: 'x',
          date_published: '2019-07-17T09:00:00Z',
          date_modified: '2019-07-18T10:00:00Z',
          authors: [{ name: 'Press Office' }, { name: 'Public Affairs' }],
          image: 'https://img.example/p.png',
          _mlo: {
            image: {
              alt: 'Two generals',
              caption: 'In Belgrade',
              credit: 'MLO',
              width: 800,
              height: 533,
            },
          },
        },
      ]),
    );
    const dates = [...shadow(el).querySelectorAll('time')];
    expect(dates.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2019-07-17T09:00:00Z',
      '2019-07-18T10:00:00Z',
    ]);
    expect(dates[1].textContent).to.equal('Updated 18 July 2019');
    expect(dates[1].getAttribute('part')).to.equal('date updated');
    expect(q(el, '[part~="author"]')!.textContent).to.equal('By Press Office and Public Affairs');
    const img = q<HTMLImageElement>(el, 'img[part~="image"]')!;
    expect([
      img.src,
      img.alt,
      img.getAttribute('width'),
      img.getAttribute('height'),
      img.loading,
    ]).to.deep.equal(['https://img.example/p.png', 'Two generals', '800', '533', 'eager']);
    expect(q(el, '[part~="caption"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'In Belgrade Photo: MLO',
    );
    // "Photo:" is the widget's word, the credit the item's.
    const credit = q(el, '[part~="credit"]')!;
    expect(credit.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    const same = await article(
      jsonFeed([
        {
          id: 's',
          title: 'S',
          content_text: 'x',
          date_published: '2019-07-17T09:00:00Z',
          date_modified: '2019-07-17T18:00:00Z',
        },
      ]),
    );
    expect(shadow(same).querySelectorAll('time')).to.have.length(1);
  });

  it('shows a quote in a blockquote with speaker, context and a safe source link', async () => {
    const el = await article(
      jsonFeed([
        {
          id: 'q',
          title: 'On peace',
          content_text: 'Peace matters.',
          external_url: 'javascript:alert(1)',
          _mlo: {
            type: 'quote',
            speaker: { name: 'Tod D. Wolters', rank: 'General', role: 'SACEUR' },
            context: 'at a press conference',
            sourceUrl: 'https://www.nato.int/q',
          },
        },
      ]),
    );
    expect(q(el, 'blockquote[part~="quote"] [part~="body"]')!.textContent.trim()).to.equal(
      'Peace matters.',
    );
    expect(q(el, '[part~="speaker"]')!.textContent.trim()).to.equal(
      'General Tod D. Wolters, SACEUR',
    );
    expect(q(el, '[part~="context"]')!.textContent).to.equal('at a press conference');
    expect(q(el, 'a[part~="source"]')!.getAttribute('href')).to.equal('https://www.nato.int/q');
    expect(q(el, 'a[part~="link"]')).to.equal(null);
  });

  it('shows a visit with visitor, place and people met, and a link to the original', async () => {
    const feed = await sampleFeed();
    (feed as { items: Record<string, unknown>[] }).items[3].external_url =
      'https://www.nato.int/visit';
    const el = await article(feed, { item: 'saceur-visit-belgrade-2019-07-17' });
    expect(q(el, '[part~="visitor"]')!.textContent.trim()).to.equal(
      'General Tod D. Wolters, Supreme Allied Commander Europe (SACEUR), NATO',
    );
    expect(q(el, '[part~="location"]')!.textContent).to.equal('Belgrade, Serbia');
    expect(shadow(el).querySelectorAll('[part~="met-with"] li')).to.have.length(2);
    expect([...shadow(el).querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal([
      'Visitor',
      'Location',
      'Met with',
    ]);
    const link = q(el, 'a[part~="link"]')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal([
      'https://www.nato.int/visit',
      'Read the full article',
    ]);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/quote/mlo-quote.js';
import type { MloQuote } from '../../src/components/quote/quote.js';
import type { MloSelectEvent } from '../../src/events.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { t } from '../../src/i18n/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { jsonFeed, nextEvent, sampleFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shadow = (el: MloQuote) => el.shadowRoot!;
/** The figure on show (in a carousel, not one of the hidden copies that reserve its height). */
const figure = (el: MloQuote) =>
  shadow(el).querySelector<HTMLElement>('.slides [part~="item"]') ??
  shadow(el).querySelector<HTMLElement>('[part~="item"]')!;
const words = (el: MloQuote) => figure(el).querySelector('blockquote')!.textContent.trim();
const caption = (el: MloQuote) => figure(el).querySelector('figcaption');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const live = (el: MloQuote) => shadow(el).querySelector('.slides')!.getAttribute('aria-live');
const button = (el: MloQuote, part: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

const quote = (
  id: string,
  extra: Record<string, unknown> = {},
  mlo: Record<string, unknown> = {},
) => ({
  id,
  content_text: `Words of ${id}`,
  url: `https://news.example/${id}`,
  ...extra,
  _mlo: { type: 'quote', ...mlo },
});
const marinelli = {
  name: 'Cesare Marinelli',
  rank: 'Brigadier General',
  role: 'Chief',
  organization: 'NATO MLO Belgrade',
};
/** Newest first: q-new, q-old, q-undated; plus an article that no quote widget shows. */
const threeQuotes = () =>
  jsonFeed([
    quote('q-old', { date_published: '2019-01-01' }, { speaker: marinelli }),
    { id: 'article', title: 'Not a quote', content_text: 'x', date_published: '2021-01-01' },
    quote('q-undated'),
    quote(
      'q-new',
      { date_published: '2020-02-03' },
      { speaker: marinelli, context: 'at the reception', sourceUrl: 'https://source.example/q' },
    ),
  ]);

async function quoteEl(
  feed: unknown,
  attrs: Partial<Record<'item' | 'pick' | 'interval' | 'lang', string>> & { rotate?: boolean } = {},
) {
  const el = await fixture<MloQuote>(html`<mlo-quote
    .feed=${feed}
    item=${ifDefined(attrs.item)}
    pick=${attrs.pick ?? 'latest'}
    interval=${attrs.interval ?? '8'}
    ?rotate=${attrs.rotate ?? false}
    lang=${attrs.lang ?? 'en'}
  ></mlo-quote>`);
  await untilState(el, 'ready', 'empty', 'error');
  return el;
}

describe('<mlo-quote>', () => {
  let matchMedia: typeof window.matchMedia;
  // The test runner may run this file in a background tab, which rotation rightly waits for:
  // the page's visibility is the test's to decide.
  let pageHidden = false;
  beforeEach(() => {
    clearFeedCache();
    matchMedia = window.matchMedia;
    pageHidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => pageHidden });
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
    delete (document as { hidden?: boolean }).hidden;
  });

  it('is accessible in every state: loading, ready (single and rotating), empty, error, stale', async () => {
    const loading = await fixture<MloQuote>(
      html`<mlo-quote src="/__mlo/hang/${key()}?ms=3000"></mlo-quote>`,
    );
    expect(loading.getAttribute('state')).to.equal('loading');
    await expectAccessible(loading);
    const rotatingLoad = await fixture<MloQuote>(
      html`<mlo-quote rotate src="/__mlo/hang/${key()}?ms=3000"></mlo-quote>`,
    );
    await expectAccessible(rotatingLoad);
    await expectAccessible(await quoteEl(await sampleFeed()));
    await expectAccessible(
      await quoteEl(await sampleFeed(), { item: 'quote-marinelli-time-in-belgrade' }),
    );
    const rotating = await quoteEl(await sampleFeed(), { rotate: true });
    expect(shadow(rotating).querySelector('[part~="carousel"]')).to.exist;
    await expectAccessible(rotating);
    const empty = await quoteEl(jsonFeed([{ id: 'a', title: 'Article', content_text: 'x' }]));
    expect(empty.getAttribute('state')).to.equal('empty');
    await expectAccessible(empty);
    const error = await fixture<MloQuote>(
      html`<mlo-quote src="/__mlo/status/${key()}?code=404"></mlo-quote>`,
    );
    await untilState(error, 'error');
    await expectAccessible(error);
    const inline = JSON.stringify(threeQuotes());
    const stale = await fixture<MloQuote>(
      html`<mlo-quote rotate src="/__mlo/status/${key()}?code=500"><script type="application/json">${inline}</script></mlo-quote>`,
    );
    await untilState(stale, 'stale');
    expect(shadow(stale).querySelector('.notice--stale')).to.exist;
    expect(words(stale)).to.contain('Words of q-new');
    await expectAccessible(stale);
  });

  it('says the refresh failed above its empty message when the old data had no quote', async () => {
    const inline = JSON.stringify(jsonFeed([{ id: 'a', title: 'Article', content_text: 'x' }]));
    const el = await fixture<MloQuote>(
      html`<mlo-quote lang="en" src="/__mlo/status/${key()}?code=500"><script type="application/json">${inline}</script></mlo-quote>`,
    );
    await untilState(el, 'stale');
    await el.updateComplete;
    expect(shadow(el).querySelector('.notice--stale')).to.exist;
    expect(shadow(el).textContent).to.contain(t('en').state.noQuote);
    await expectAccessible(el);
  });

  it('shows the latest quote as a figure: words, speaker, occasion, date and source link', async () => {
    const el = await quoteEl(threeQuotes());
    expect(el.current?.id).to.equal('q-new');
    const fig = figure(el);
    expect(fig.tagName).to.equal('FIGURE');
    expect(fig.querySelectorAll('blockquote p')).to.have.length(1);
    expect(words(el)).to.equal('Words of q-new');
    expect(fig.querySelector('blockquote')!.getAttribute('cite')).to.equal(
      'https://source.example/q',
    );
    expect(text(fig.querySelector('[part~="speaker"]'))).to.equal(
      'Brigadier General Cesare Marinelli, Chief, NATO MLO Belgrade',
    );
    expect(text(fig.querySelector('[part~="context"]'))).to.equal('at the reception');
    expect(text(fig.querySelector('.attribution'))).to.equal(
      'Brigadier General Cesare Marinelli, Chief, NATO MLO Belgrade, at the reception',
    );
    expect(fig.querySelector('time')!.getAttribute('datetime')).to.equal('2020-02-03');
    const source = fig.querySelector<HTMLAnchorElement>('a[part~="source"]')!;
    expect([source.textContent, source.getAttribute('href')]).to.deep.equal([
      'Source',
      'https://source.example/q',
    ]);
    expect(shadow(el).querySelector('[part~="carousel"]')).to.equal(
      null,
      'no carousel without rotate',
    );
  });

  it('picks the first quote in feed order when none is dated, keeps paragraphs and drops typed quotation marks', async () => {
    const sample = await quoteEl(await sampleFeed());
    expect(sample.current?.id).to.equal('quote-continue-to-support-peace');
    const el = await quoteEl(
      jsonFeed([quote('p', { content_text: '“First paragraph.\n\nSecond paragraph.”' })]),
    );
    expect(
      [...figure(el).querySelectorAll('blockquote p')].map((p) => p.textContent),
    ).to.deep.equal(['First paragraph.', 'Second paragraph.']);
  });

  it('shows a quote of a quote mark, thousands of spaces and a letter (the old pattern recursed until Firefox gave up)', async () => {
    const hostile = `“${' '.repeat(20_000)}a`;
    const el = await quoteEl(
      jsonFeed([quote('h', { content_text: hostile }), quote('ok', { content_text: '„Riječi.“' })]),
      { item: 'h' },
    );
    expect(el.state).to.equal('ready');
    expect(words(el)).to.equal(hostile.trim());
    el.item = 'ok';
    await el.updateComplete;
    expect(words(el)).to.equal('Riječi.');
  });

  it('shows the quote named by `item`, is empty for an unknown id, and follows changes', async () => {
    const el = await quoteEl(threeQuotes(), { item: 'q-old' });
    expect(words(el)).to.equal('Words of q-old');
    el.item = 'q-undated';
    await el.updateComplete;
    expect(words(el)).to.equal('Words of q-undated');
    expect(el.getAttribute('item')).to.equal('q-undated');
    el.item = 'article';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty', 'an article is not a quote');
    el.removeAttribute('item');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(words(el)).to.equal('Words of q-new');
  });

  it('picks a random quote with pick="random"', async () => {
    const random = Math.random;
    try {
      Math.random = () => 0.99;
      const last = await quoteEl(threeQuotes(), { pick: 'random' });
      expect(last.current?.id).to.equal('q-undated');
      Math.random = () => 0.4;
      const middle = await quoteEl(threeQuotes(), { pick: 'random' });
      expect(middle.current?.id).to.equal('q-old');
      expect(middle.pick).to.equal('random');
    } finally {
      Math.random = random;
    }
  });

  it('leaves no stray punctuation or empty caption when the speaker, date or link is missing', async () => {
    const noSpeaker = await quoteEl(await sampleFeed(), {
      item: 'quote-continue-to-support-peace',
    });
    expect(text(caption(noSpeaker))).to.equal('Source');
    expect(figure(noSpeaker).querySelector('[part~="speaker"], .attribution, time')).to.equal(null);
    const noOrganization = await quoteEl(await sampleFeed(), { item: 'quote-franz-training' });
    expect(text(figure(noOrganization).querySelector('.attribution'))).to.equal(
      'Lieutenant Colonel Thomas Franz, Coordinator of the courses provided to Serbian officers',
    );
    const contextOnly = await quoteEl(
      jsonFeed([quote('c', { url: undefined }, { context: 'at the opening' })]),
    );
    expect(text(caption(contextOnly))).to.equal('at the opening');
    const bare = await quoteEl(
      jsonFeed([quote('b', { url: undefined }, { speaker: { name: 'Jan Broeks' } })]),
    );
    expect(text(caption(bare))).to.equal('Jan Broeks');
    const nothingKnown = await quoteEl(jsonFeed([quote('n', { url: undefined })]));
    expect(caption(nothingKnown)).to.equal(null);
  });

  it("adds quotation marks for the quote's language: “…” around English, „…“ around Serbian, whatever the UI", async () => {
    const marks = (el: MloQuote) =>
      getComputedStyle(figure(el).querySelector('blockquote')!).quotes;
    const opening = (el: MloQuote) =>
      getComputedStyle(figure(el).querySelector('blockquote p')!, '::before').content;
    const en = await quoteEl(threeQuotes());
    expect(marks(en)).to.contain('“').and.contain('”');
    expect(marks(en)).to.not.contain('„');
    expect(opening(en)).to.equal('open-quote');
    // An English quote under a Serbian UI keeps English marks (the review found „…“ around English).
    for (const lang of ['sr-Latn', 'sr-Cyrl']) {
      const english = await quoteEl(threeQuotes(), { lang });
      expect(figure(english).querySelector('blockquote')!.getAttribute('lang'), lang).to.equal(
        'en',
      );
      expect(marks(english), lang).to.not.contain('„');
    }
    // A Serbian quote: „…“ under every UI, English included.
    const serbian = () => jsonFeed([quote('s', { content_text: 'Reči' })], { language: 'sr-Latn' });
    for (const lang of ['en', 'sr-Latn', 'sr-Cyrl']) {
      expect(marks(await quoteEl(serbian(), { lang })), lang).to.contain('„');
    }
  });

  it('speaks Serbian in both scripts, transliterating Serbian Latin quotes to Cyrillic', async () => {
    const feed = jsonFeed(
      [
        quote(
          'sr',
          { content_text: 'Ponosan sam na saradnju.', date_published: '2019-07-17' },
          {
            speaker: {
              name: 'Milan Mojsilović',
              rank: 'general',
              role: 'načelnik Generalštaba',
              organization: 'Vojska Srbije',
            },
            context: 'tokom posete Beogradu',
          },
        ),
      ],
      { language: 'sr-Latn' },
    );
    const cyr = await quoteEl(feed, { lang: 'sr-Cyrl' });
    expect(words(cyr)).to.equal('Поносан сам на сарадњу.');
    expect(text(figure(cyr).querySelector('.attribution'))).to.equal(
      'генерал Милан Мојсиловић, начелник Генералштаба, Војска Србије, током посете Београду',
    );
    expect(text(figure(cyr).querySelector('time'))).to.contain('јул');
    expect(text(figure(cyr).querySelector('[part~="source"]'))).to.equal('Извор');
    expect(figure(cyr).querySelector('blockquote')!.hasAttribute('lang')).to.equal(false);
    const lat = await quoteEl(feed, { lang: 'sr-Latn' });
    expect(words(lat)).to.equal('Ponosan sam na saradnju.');
    expect(text(figure(lat).querySelector('[part~="source"]'))).to.equal('Izvor');
    // An English quote under a Serbian widget keeps its words and says which language they are in.
    const english = await quoteEl(threeQuotes(), { lang: 'sr-Cyrl' });
    expect(words(english)).to.equal('Words of q-new');
    expect(figure(english).querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    expect(figure(english).querySelector('.attribution')!.getAttribute('lang')).to.equal('en');
  });

  it('never links a dangerous source URL', async () => {
    const el = await quoteEl(
      jsonFeed([
        quote('x', { url: 'https://news.example/x' }, { sourceUrl: 'javascript:alert(1)' }),
        quote('y', { url: ' JaVaScRiPt:alert(1)' }),
      ]),
      { item: 'x' },
    );
    expect(figure(el).querySelector('a')).to.equal(null);
    expect(figure(el).querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    el.item = 'y';
    await el.updateComplete;
    expect(figure(el).querySelector('a')).to.equal(null);
    expect(caption(el)).to.equal(null);
  });

  it('fires a cancelable mlo-select from the source link, but not for modified clicks', async () => {
    const el = await quoteEl(threeQuotes());
    const seen: MloSelectEvent[] = [];
    el.addEventListener('mlo-select', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    const link = figure(el).querySelector('a')!;
    const click = new MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      composed: true,
      button: 0,
    });
    link.dispatchEvent(click);
    expect(seen.map((e) => e.item.id)).to.deep.equal(['q-new']);
    expect(seen[0].bubbles && seen[0].composed && seen[0].cancelable).to.equal(true);
    expect(click.defaultPrevented).to.equal(true);
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

  it('rotates with pause/resume, previous and next buttons, announcing only when not playing', async () => {
    const el = await quoteEl(threeQuotes(), { rotate: true });
    expect([el.rotate, el.getAttribute('rotate'), el.interval]).to.deep.equal([true, '', 8]);
    const carousel = shadow(el).querySelector('section[part~="carousel"]')!;
    expect(carousel.getAttribute('aria-label')).to.equal('Quotes');
    const slide = () => shadow(el).querySelector('.slides [part~="slide"]')!;
    expect(slide().getAttribute('role')).to.equal('group');
    expect(text(shadow(el).getElementById(slide().getAttribute('aria-labelledby')!))).to.equal(
      'Quote 1 of 3',
    );
    expect(live(el)).to.equal('off');
    // The rotation control comes first, then previous and next.
    const buttons = [...shadow(el).querySelectorAll('[part~="controls"] button')].map((b) =>
      text(b),
    );
    expect(buttons).to.deep.equal(['Pause rotation', 'Previous quote', 'Next quote']);
    button(el, 'next').click();
    await el.updateComplete;
    expect([el.current?.id, text(slide().querySelector('[part~="position"]'))]).to.deep.equal([
      'q-old',
      'Quote 2 of 3',
    ]);
    button(el, 'previous').click();
    button(el, 'previous').click();
    await el.updateComplete;
    expect(el.current?.id).to.equal('q-undated', 'previous wraps round');
    button(el, 'rotation').click();
    await el.updateComplete;
    expect(text(button(el, 'rotation'))).to.equal('Resume rotation');
    expect(live(el)).to.equal('polite');
    button(el, 'rotation').click();
    await el.updateComplete;
    expect(text(button(el, 'rotation'))).to.equal('Pause rotation');
    expect(live(el)).to.equal('off');
    // Hidden copies of every quote reserve the height of the longest; they are inert and hidden.
    const ghosts = shadow(el).querySelectorAll('.ghost');
    expect(ghosts).to.have.length(3);
    expect(
      [...ghosts].every((g) => g.getAttribute('aria-hidden') === 'true' && g.hasAttribute('inert')),
    ).to.equal(true);
  });

  it('has no carousel for a single quote, and starts rotating at `item`', async () => {
    const single = await quoteEl(jsonFeed([quote('only')]), { rotate: true });
    expect(shadow(single).querySelector('[part~="carousel"], button')).to.equal(null);
    const el = await quoteEl(threeQuotes(), { rotate: true, item: 'q-old' });
    expect(el.current?.id).to.equal('q-old');
    button(el, 'next').click();
    await el.updateComplete;
    expect(el.current?.id).to.equal('q-undated');
  });

  it('moves on by itself every `interval` seconds, never faster than every 3 s', async function () {
    this.timeout(15000);
    const el = await quoteEl(threeQuotes(), { rotate: true, interval: '1' });
    expect(el.interval).to.equal(1);
    await sleep(2000);
    expect(el.current?.id).to.equal('q-new', 'interval below 3 s is raised to 3 s');
    await sleep(1500);
    expect(el.current?.id).to.equal('q-old');
  });

  it('does not rotate every task when `interval` is past what a timer can hold (2^31 ms wrapped to 0)', async () => {
    for (const interval of ['2147484', '9e9', 'Infinity']) {
      const el = await quoteEl(threeQuotes(), { rotate: true, interval });
      await sleep(300);
      expect(el.current?.id, `interval="${interval}"`).to.equal('q-new');
    }
  });

  it('waits while hovered, while focused, when paused, and under reduced motion (starts paused)', async function () {
    this.timeout(15000);
    const rotating = () => quoteEl(threeQuotes(), { rotate: true, interval: '3' });
    const control = await rotating();
    const hovered = await rotating();
    shadow(hovered)
      .querySelector('[part~="carousel"]')!
      .dispatchEvent(new MouseEvent('mouseenter'));
    const focused = await rotating();
    // Focus events as the browser sends them (a background tab would not send real ones).
    const focusEvent = (type: string, target: Element, relatedTarget: Element | null = null) =>
      target.dispatchEvent(new FocusEvent(type, { bubbles: true, composed: true, relatedTarget }));
    focusEvent('focusin', button(focused, 'next'));
    const paused = await rotating();
    button(paused, 'rotation').click();
    // A stubbed media query: the same in every browser, unlike emulation.
    window.matchMedia = ((query: string) => ({
      matches: query.includes('prefers-reduced-motion'),
      media: query,
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof window.matchMedia;
    const reduced = await rotating();
    const waiting = [hovered, focused, paused, reduced];
    await Promise.all(waiting.map((el) => el.updateComplete));
    for (const el of waiting) expect(live(el)).to.equal('polite');
    expect(live(control)).to.equal('off');
    expect(text(button(reduced, 'rotation'))).to.equal(
      'Resume rotation',
      'reduced motion starts paused',
    );
    expect(text(button(hovered, 'rotation'))).to.equal(
      'Pause rotation',
      'hovering is not a pause the visitor chose',
    );
    await sleep(3500);
    expect(control.current?.id).to.equal('q-old');
    for (const el of waiting) expect(el.current?.id).to.equal('q-new');
    shadow(hovered)
      .querySelector('[part~="carousel"]')!
      .dispatchEvent(new MouseEvent('mouseleave'));
    focusEvent('focusout', button(focused, 'next'), button(focused, 'previous'));
    await focused.updateComplete;
    expect(live(focused)).to.equal('polite', 'focus moved within the carousel');
    focusEvent('focusout', button(focused, 'previous'), document.body);
    button(reduced, 'rotation').click();
    await Promise.all(waiting.map((el) => el.updateComplete));
    for (const el of [hovered, focused, reduced]) expect(live(el)).to.equal('off');
    expect(live(paused)).to.equal('polite');
  });

  it('stops while the page is hidden', async () => {
    const el = await quoteEl(threeQuotes(), { rotate: true });
    expect(live(el)).to.equal('off');
    pageHidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(live(el)).to.equal('polite');
    pageHidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(live(el)).to.equal('off');
  });

  it('shows a skeleton in the quote’s own boxes while loading, then the quote at the same height', async () => {
    const el = await fixture<MloQuote>(
      html`<mlo-quote lang="en" src="/__mlo/sample/${key()}"></mlo-quote>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    expect(shadow(el).querySelector('[part~="skeleton"]')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    // One live region, there from the start and empty: it is filled after the first render.
    expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
    const before = el.getBoundingClientRect().height;
    await untilState(el, 'ready');
    expect(Math.abs(el.getBoundingClientRect().height - before)).to.be.lessThan(2);
  });

  it('shows the error with Retry and fires mlo-error', async () => {
    const el = document.createElement('mlo-quote');
    const errored = nextEvent(el, 'mlo-error');
    el.src = `/__mlo/status/${key()}?code=404`;
    document.body.append(el);
    expect((await errored).reason).to.equal('not-found');
    await el.updateComplete;
    expect(shadow(el).querySelector('.notice--error button')).to.exist;
    el.remove();
  });
});

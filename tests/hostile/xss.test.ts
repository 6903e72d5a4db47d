/**
 * Hostile suite (1): the XSS corpus (tests/fixtures/xss-payloads.json) in every field of every
 * element, in Chromium and Firefox. Payloads are batched, many per feed; each batch renders
 * one of every widget (an article, quote and visit card per item) with lang="en", so no
 * transliteration changes the text.
 */
import { decodeEntities } from '../../src/util/strip-tags.js';
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { auditShadowDom, installTripwire, norm, shadowImages, texts } from './inspect.js';

interface Payload {
  category: string;
  payload: string;
}
type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  feed?: unknown;
  item?: unknown;
  value?: string;
};

/** A 1×1 PNG: a safe image, so the alt text and caption are rendered. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const BATCH = 36;

function person(p: string) {
  return { name: p, rank: p, role: p, organization: p };
}

/** Four items per payload (article with HTML body, statement, quote, visit) and one contact. */
function feedFor(batch: Payload[], offset: number) {
  const items = batch.flatMap(({ payload: p }, j) => {
    const i = offset + j;
    const common = (type: string, image: string) => ({
      id: `${type}-${i}`,
      title: p,
      summary: p,
      url: p,
      external_url: p,
      image,
      banner_image: p,
      tags: [p, 'hostile'],
      authors: [{ name: p, url: p }],
      date_published: '2024-01-01T10:00:00Z',
      language: 'en',
    });
    const media = { alt: p, caption: p, credit: p, width: 4, height: 3 };
    return [
      { ...common('article', p), content_html: p, _mlo: { type: 'article', image: media } },
      {
        ...common('statement', PIXEL),
        content_text: p,
        _mlo: { type: 'statement', image: media, speaker: person(p) },
      },
      {
        ...common('quote', PIXEL),
        content_text: p,
        _mlo: { type: 'quote', image: media, speaker: person(p), context: p, sourceUrl: p },
      },
      {
        ...common('visit', PIXEL),
        content_html: `<p>${p}</p><a href="${p}">link</a><img src="${p}" alt="x">`,
        _mlo: {
          type: 'visit',
          image: media,
          visitor: person(p),
          location: p,
          metWith: [person(p), person('Second')],
        },
      },
    ];
  });
  // The schema caps a postal code at 40 characters and a phone at 60: longer ones drop the contact.
  const contacts = batch.map(({ payload: p }) => ({
    name: p,
    unit: p,
    address: {
      street: p,
      building: p,
      postalCode: p.length <= 40 ? p : '11000',
      locality: p,
      country: p,
    },
    phone: p.length <= 60 ? p : '+381 11 306 8000',
    email: p,
    url: p,
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Hostile newsroom',
    language: 'en',
    home_page_url: 'https://newsroom.example/',
    feed_url: 'https://newsroom.example/feed.json',
    items,
    _mlo: { contacts },
  };
}

function make(
  tag: string,
  feed: unknown,
  props: Record<string, unknown> = {},
  attrs: Record<string, string> = {},
): Widget {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  el.feed = feed;
  return el;
}

async function settled(el: Widget, states = ['ready', 'empty', 'error', 'stale']) {
  for (let i = 0; i < 500; i++) {
    await el.updateComplete;
    if (states.includes(el.getAttribute('state') ?? '')) return;
    await aTimeout(10);
  }
  throw new Error(`<${el.localName}> stayed in state ${el.getAttribute('state')}`);
}

/** Until every `[part~=body]` in the element's shadow root has its sanitized HTML in. */
async function bodiesIn(el: Widget) {
  for (let i = 0; i < 500; i++) {
    await el.updateComplete;
    const busy = el.shadowRoot!.querySelector('[aria-busy="true"]');
    if (!busy) return;
    await aTimeout(10);
  }
  throw new Error(`<${el.localName}> body stayed busy`);
}

async function typeInto(search: Widget, text: string) {
  const input = search.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      data: text.at(-1)!,
      inputType: 'insertText',
    }),
  );
  for (let i = 0; i < 300 && !search.shadowRoot!.querySelector('[role="option"]'); i++)
    await aTimeout(10);
}

const corpus: Payload[] = [];

describe('hostile: XSS corpus in every field of every element', function () {
  this.timeout(60000);
  const tripwire = installTripwire();

  before(async () => {
    const file = (await (await fetch('/tests/fixtures/xss-payloads.json')).json()) as {
      payloads: Payload[];
    };
    corpus.push(...file.payloads);
  });
  beforeEach(() => clearFeedCache());

  it('vendors a corpus of 50-150 payloads', () => {
    expect(corpus.length).to.be.within(50, 150);
  });

  for (let batchIndex = 0; batchIndex < 5; batchIndex++) {
    it(`batch ${batchIndex + 1}: nothing runs, nothing dangerous in any shadow root, text shown literally`, async () => {
      const batch = corpus.slice(batchIndex * BATCH, (batchIndex + 1) * BATCH);
      if (batch.length === 0) return;
      tripwire.reset();
      const feed = feedFor(batch, batchIndex * BATCH);
      const host = document.createElement('div');
      host.setAttribute('lang', 'en');
      document.body.append(host);
      const list = make(
        'mlo-news-list',
        feed,
        {},
        { type: 'article statement visit quote', limit: '10000' },
      );
      const contacts = make('mlo-contact-card', feed);
      const search = make('mlo-search', feed);
      const search2 = make('mlo-search', feed);
      const articles = batch.flatMap((_, j) =>
        ['article', 'statement'].map((t) =>
          make('mlo-article', feed, { item: `${t}-${batchIndex * BATCH + j}` }),
        ),
      );
      const quotes = batch.map((_, j) =>
        make('mlo-quote', feed, { item: `quote-${batchIndex * BATCH + j}` }),
      );
      const visits = batch.map((_, j) =>
        make('mlo-visit-card', feed, { item: `visit-${batchIndex * BATCH + j}` }),
      );
      const all = [list, contacts, search, search2, ...articles, ...quotes, ...visits];
      host.append(...all);
      try {
        await Promise.all(all.map((el) => settled(el)));
        // The search engine is a lazy chunk: focus the field and type so the results render.
        // The tag every item has, and a word most payloads contain (highlighting runs on them).
        await typeInto(search, 'hostile');
        expect(
          search.shadowRoot!.querySelector('[role="option"]'),
          'search shows results for "hostile"',
        ).to.exist;
        await typeInto(search2, 'xss');
        await Promise.all(articles.map(bodiesIn));
        await Promise.all(visits.map(bodiesIn));
        await aTimeout(150); // let error/load events of broken images fire

        for (const el of all)
          expect(el.getAttribute('state'), `<${el.localName}> state`).to.equal('ready');
        expect(tripwire.hits, 'script ran').to.deep.equal([]);
        const findings = auditShadowDom(host).map((f) => `${f.where}: ${f.what}`);
        expect(findings, findings.slice(0, 10).join('\n')).to.deep.equal([]);

        // Plain-text fields show the payload literally; the short ones (titles, summaries, names,
        // places, contact names and units) with its HTML entities decoded first, as feed readers do (#23), still as text.
        const want = batch.map((b) => norm(b.payload));
        const shown = batch.map((b) => norm(decodeEntities(b.payload)));
        const listTitles = new Set(texts(list, '[part~="title"]'));
        for (const w of shown)
          expect(listTitles.has(w), `news-list title ${JSON.stringify(w)}`).to.equal(true);
        const listSummaries = new Set(texts(list, '[part~="summary"]'));
        for (const w of shown)
          expect(listSummaries.has(w), `news-list summary ${JSON.stringify(w)}`).to.equal(true);

        batch.forEach((b, j) => {
          const w = want[j];
          const d = shown[j];
          const [article, statement] = [articles[2 * j], articles[2 * j + 1]];
          expect(texts(article, '[part~="title"]'), 'article title').to.include(d);
          expect(texts(statement, '[part~="title"]'), 'statement title').to.include(d);
          expect(texts(article, '[part~="tag"]'), 'article tag').to.include(w);
          expect(
            norm(statement.shadowRoot!.querySelector('[part~="body"]')?.textContent),
            'statement content_text',
          ).to.include(w);
          expect(texts(statement, '[part~="caption"]').join(' '), 'caption').to.include(w);
          expect(texts(statement, '[part~="speaker"]').join(' '), 'speaker').to.include(d);
          const quote = quotes[j];
          expect(texts(quote, '[part~="quote"]').join(' '), 'quote text').to.include(w);
          expect(texts(quote, '[part~="speaker"]').join(' '), 'quote speaker').to.include(d);
          const visit = visits[j];
          expect(texts(visit, '[part~="title"]'), 'visit title').to.include(d);
          expect(texts(visit, '[part~="visitor"]').join(' '), 'visitor').to.include(d);
          expect(texts(visit, '[part~="met-with"]').join(' '), 'met with').to.include(d);
          expect(texts(visit, '[part~="location"]').join(' '), 'location').to.include(d);
          const alts = [statement, quote, visit].flatMap((el) =>
            [...el.shadowRoot!.querySelectorAll('img')].map((img) => img.alt),
          );
          expect(
            alts.filter((a) => a === b.payload).length,
            `alt text ${JSON.stringify(b.payload)}`,
          ).to.be.greaterThan(0);
        });
        const names = new Set(texts(contacts, '[part~="name"]'));
        for (const w of shown)
          expect(names.has(w), `contact name ${JSON.stringify(w)}`).to.equal(true);
        const units = new Set(texts(contacts, '[part~="unit"]'));
        for (const w of shown)
          expect(units.has(w), `contact unit ${JSON.stringify(w)}`).to.equal(true);

        for (const img of shadowImages(host)) {
          expect(
            img.getAttribute('referrerpolicy'),
            `referrerpolicy on ${img.src.slice(0, 60)}`,
          ).to.equal('no-referrer');
        }
        expect(tripwire.hits, 'script ran').to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
  }
});

describe('hostile: the checks themselves can fail', () => {
  it('the audit finds a planted handler, script, svg, style and script URL; the tripwire sees them run', async () => {
    const tripwire = installTripwire();
    tripwire.reset();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const img = document.createElement('img');
    img.setAttribute('onerror', '__xss=1');
    img.src = 'data:,broken';
    const link = document.createElement('a');
    link.setAttribute('href', ' java\tscript:alert(1)');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color:red');
    shadow.append(img, link, svg, styled, document.createElement('script'));
    for (let i = 0; i < 100 && tripwire.hits.length === 0; i++) await aTimeout(10);
    window.alert('planted');
    window.setTimeout('void 0', 0);
    const what = auditShadowDom(host).map((f) => f.what);
    host.remove();
    expect(what.some((w) => w.startsWith('event handler attribute onerror'))).to.equal(true);
    expect(what.some((w) => w.includes('script URL'))).to.equal(true);
    expect(what).to.include('forbidden element <svg>');
    expect(what).to.include('forbidden element <script>');
    expect(what.some((w) => w.startsWith('style attribute'))).to.equal(true);
    expect(tripwire.hits).to.include('__xss=1');
    expect(tripwire.hits).to.include('alert(planted)');
    expect(tripwire.hits.some((h) => h.startsWith('setTimeout'))).to.equal(true);
    tripwire.reset();
  });
});

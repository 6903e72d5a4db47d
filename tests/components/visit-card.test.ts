import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/visit-card/mlo-visit-card.js';
import type { MloVisitCard } from '../../src/components/visit-card/visit-card.js';
import type { MloSelectEvent } from '../../src/events.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { jsonFeed, nextEvent, sampleFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const shadow = (el: MloVisitCard) => el.shadowRoot!;
const part = (el: MloVisitCard, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const metWith = (el: MloVisitCard) =>
  [...shadow(el).querySelectorAll('[part~="met-with"] li')].map(text);

const visit = (
  id: string,
  extra: Record<string, unknown> = {},
  mlo: Record<string, unknown> = {},
) => ({
  id,
  title: `Visit ${id}`,
  summary: `Summary ${id}`,
  content_text: `Body ${id}`,
  url: `https://news.example/${id}`,
  ...extra,
  _mlo: { type: 'visit', ...mlo },
});
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const broeks = {
  name: 'Jan Broeks',
  rank: 'Lieutenant General',
  role: 'Director General',
  organization: 'NATO IMS',
};

async function card(
  feed: unknown,
  attrs: Partial<Record<'item' | 'layout' | 'lang' | 'heading-level', string>> = {},
) {
  const el = await fixture<MloVisitCard>(html`<mlo-visit-card
    .feed=${feed}
    item=${ifDefined(attrs.item)}
    layout=${attrs.layout ?? 'card'}
    heading-level=${attrs['heading-level'] ?? '3'}
    lang=${attrs.lang ?? 'en'}
  ></mlo-visit-card>`);
  await untilState(el, 'ready', 'empty', 'error');
  return el;
}

describe('<mlo-visit-card>', () => {
  beforeEach(() => clearFeedCache());

  it('is accessible in every state: loading, ready (card and compact), empty, error, stale', async () => {
    for (const layout of ['card', 'compact']) {
      const loading = await fixture<MloVisitCard>(
        html`<mlo-visit-card layout=${layout} src="/__mlo/hang/${key()}?ms=3000"></mlo-visit-card>`,
      );
      expect(loading.getAttribute('state')).to.equal('loading');
      await expectAccessible(loading);
      await expectAccessible(await card(await sampleFeed(), { layout }));
    }
    await expectAccessible(
      await card(await sampleFeed(), {
        item: 'ims-director-general-visit-belgrade',
        lang: 'sr-Cyrl',
      }),
    );
    const empty = await card(jsonFeed([{ id: 'a', title: 'Article', content_text: 'x' }]));
    expect(empty.getAttribute('state')).to.equal('empty');
    await expectAccessible(empty);
    const error = await fixture<MloVisitCard>(
      html`<mlo-visit-card src="/__mlo/status/${key()}?code=404"></mlo-visit-card>`,
    );
    await untilState(error, 'error');
    await expectAccessible(error);
    const inline = JSON.stringify(
      jsonFeed([visit('v', { date_published: '2020-01-01' }, { visitor: broeks })]),
    );
    const stale = await fixture<MloVisitCard>(
      html`<mlo-visit-card src="/__mlo/status/${key()}?code=500"><script type="application/json">${inline}</script></mlo-visit-card>`,
    );
    await untilState(stale, 'stale');
    expect(shadow(stale).querySelector('.notice--stale')).to.exist;
    expect(text(part(stale, 'title'))).to.equal('Visit v');
    await expectAccessible(stale);
  });

  it('shows the latest visit: title link, visitor, date, place, people met, summary and photo', async () => {
    const el = await card(await sampleFeed());
    expect(el.visit?.id).to.equal('saceur-visit-belgrade-2019-07-17');
    const article = part(el, 'item')!;
    expect(article.tagName).to.equal('ARTICLE');
    const title = part(el, 'title')!;
    expect([
      title.getAttribute('role'),
      title.getAttribute('aria-level'),
      article.getAttribute('aria-labelledby'),
    ]).to.deep.equal(['heading', '3', title.id]);
    expect(text(title)).to.equal('SACEUR General Tod D. Wolters in Belgrade');
    expect(part(el, 'link')!.getAttribute('href')).to.contain(
      'article.html?item=saceur-visit-belgrade-2019-07-17',
    );
    expect(text(part(el, 'visitor'))).to.equal(
      'Visitor: General Tod D. Wolters, Supreme Allied Commander Europe (SACEUR), NATO',
    );
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2019-07-17');
    expect(text(part(el, 'date'))).to.equal('17 July 2019');
    expect(text(part(el, 'location'))).to.equal('Location: Belgrade, Serbia');
    const heading = shadow(el).querySelector('[part~="met-with"] [role="heading"]')!;
    expect([text(heading), heading.getAttribute('aria-level')]).to.deep.equal(['Met with', '4']);
    expect(
      shadow(el).querySelector('[part~="met-with"] ul')!.getAttribute('aria-labelledby'),
    ).to.equal(heading.id);
    expect(metWith(el)).to.deep.equal([
      'General Milan Mojsilović, Chief of Staff, Serbian Armed Forces',
      'Aleksandar Vučić, President of Serbia',
    ]);
    expect(text(part(el, 'summary'))).to.match(
      /^SACEUR General Tod D. Wolters met the Chief of Staff/,
    );
    const img = part(el, 'image') as HTMLImageElement;
    expect([
      img.alt.startsWith('General Tod D. Wolters, Supreme Allied Commander Europe'),
      img.getAttribute('width'),
      img.getAttribute('height'),
    ]).to.deep.equal([true, '800', '533']);
    expect(text(part(el, 'caption'))).to.match(
      /^SACEUR General Tod D. Wolters and Serbian Armed Forces Chief of Staff/,
    );
  });

  it('falls back to the first visit in feed order when none is dated, and shows `item`', async () => {
    const feed = jsonFeed([
      { id: 'a', title: 'Article', content_text: 'x', date_published: '2024-01-01' },
      visit('first'),
      visit('second'),
    ]);
    expect((await card(feed)).visit?.id).to.equal('first');
    const el = await card(feed, { item: 'second' });
    expect(text(part(el, 'title'))).to.equal('Visit second');
    el.item = 'first';
    await el.updateComplete;
    expect([text(part(el, 'title')), el.getAttribute('item')]).to.deep.equal([
      'Visit first',
      'first',
    ]);
    el.item = 'a';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty', 'an article is not a visit');
    el.item = 'nope';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty');
  });

  it('has a compact layout without photo and summary, and a settable heading level', async () => {
    const el = await card(await sampleFeed(), { layout: 'compact', 'heading-level': '2' });
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
    expect(metWith(el)).to.have.length(2);
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    expect(
      shadow(el).querySelector('[part~="met-with"] [role="heading"]')!.getAttribute('aria-level'),
    ).to.equal('3');
    el.layout = 'card';
    el.headingLevel = 6;
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('card');
    expect(part(el, 'image')).to.exist;
    expect(
      shadow(el).querySelector('[part~="met-with"] [role="heading"]')!.getAttribute('aria-level'),
    ).to.equal('6');
  });

  it('leaves no empty line, box or stray comma when fields are missing', async () => {
    const bare = await card(
      jsonFeed([visit('bare', { summary: undefined, content_text: 'Body only.', url: undefined })]),
    );
    const sr = shadow(bare);
    expect(
      sr.querySelector(
        '[part~="figure"], [part~="visitor"], [part~="meta"], [part~="met-with"], [part~="link"]',
      ),
    ).to.equal(null);
    expect(text(part(bare, 'summary'))).to.equal('Body only.');
    const partial = await card(
      jsonFeed([
        visit(
          'p',
          {},
          {
            visitor: { name: 'Jan Broeks', organization: 'NATO' },
            location: 'Serbia',
            metWith: [
              { name: 'Serbian Government and Armed Forces representatives' },
              { name: 'Milan Mojsilović', rank: 'General' },
            ],
          },
        ),
      ]),
    );
    expect(text(part(partial, 'visitor'))).to.equal('Visitor: Jan Broeks, NATO');
    expect(part(partial, 'date')).to.equal(null);
    expect(text(part(partial, 'meta'))).to.equal('Location: Serbia');
    expect(metWith(partial)).to.deep.equal([
      'Serbian Government and Armed Forces representatives',
      'General Milan Mojsilović',
    ]);
    const undatedSample = await card(await sampleFeed(), {
      item: 'jfc-naples-deputy-commander-visit',
    });
    expect([
      part(undatedSample, 'date'),
      part(undatedSample, 'image'),
      part(undatedSample, 'met-with'),
    ]).to.deep.equal([null, null, null]);
    expect(text(part(undatedSample, 'meta'))).to.equal('Location: Serbia');
  });

  it('speaks Serbian in both scripts, transliterating a Serbian Latin visit to Cyrillic', async () => {
    const feed = jsonFeed(
      [
        visit(
          'sr',
          {
            title: 'Poseta načelnika Generalštaba',
            summary: 'Razgovori o saradnji.',
            date_published: '2019-07-17',
            image: 'https://img.example/v.png',
          },
          {
            visitor: { name: 'Milan Mojsilović', rank: 'general', role: 'načelnik Generalštaba' },
            location: 'Beograd, Srbija',
            metWith: [{ name: 'Aleksandar Vučić', role: 'predsednik Srbije' }],
            image: { alt: 'Susret u Beogradu', caption: 'Generali u Beogradu' },
          },
        ),
      ],
      { language: 'sr-Latn' },
    );
    const cyr = await card(feed, { lang: 'sr-Cyrl' });
    expect(text(part(cyr, 'title'))).to.equal('Посета начелника Генералштаба');
    expect(text(part(cyr, 'visitor'))).to.equal(
      'Посетилац: генерал Милан Мојсиловић, начелник Генералштаба',
    );
    expect(text(part(cyr, 'location'))).to.equal('Место: Београд, Србија');
    expect(text(part(cyr, 'date'))).to.contain('јул');
    expect(text(shadow(cyr).querySelector('[part~="met-with"] [role="heading"]'))).to.equal(
      'Саговорници',
    );
    expect(metWith(cyr)).to.deep.equal(['Александар Вучић, председник Србије']);
    expect(text(part(cyr, 'summary'))).to.equal('Разговори о сарадњи.');
    expect((part(cyr, 'image') as HTMLImageElement).alt).to.equal('Сусрет у Београду');
    expect(text(part(cyr, 'caption'))).to.equal('Генерали у Београду');
    expect(text(part(cyr, 'type'))).to.equal('Посета');
    expect(part(cyr, 'title')!.hasAttribute('lang')).to.equal(false);
    const lat = await card(feed, { lang: 'sr-Latn' });
    expect(text(part(lat, 'title'))).to.equal('Poseta načelnika Generalštaba');
    expect(text(part(lat, 'visitor'))).to.equal(
      'Posetilac: general Milan Mojsilović, načelnik Generalštaba',
    );
    // An English visit under a Serbian widget: its words keep their language, and say so.
    const english = await card(await sampleFeed(), { lang: 'sr-Cyrl' });
    expect(text(part(english, 'title'))).to.equal('SACEUR General Tod D. Wolters in Belgrade');
    for (const name of ['title', 'summary'])
      expect(part(english, name)!.getAttribute('lang'), name).to.equal('en');
    expect(shadow(english).querySelector('[part~="met-with"] ul')!.getAttribute('lang')).to.equal(
      'en',
    );
    expect(text(part(english, 'date'))).to.contain('јул');
  });

  it('never renders a dangerous link or image', async () => {
    const el = await card(
      jsonFeed([visit('x', { url: 'javascript:alert(1)', image: ' JaVaScRiPt:alert(1)' })]),
    );
    expect(shadow(el).querySelectorAll('a, img')).to.have.length(0);
    expect(text(part(el, 'title'))).to.equal('Visit x');
    const data = await card(
      jsonFeed([
        visit('d', {
          url: 'data:text/html,<script>alert(1)</script>',
          image: 'data:image/svg+xml,<svg onload=alert(1)>',
        }),
      ]),
    );
    expect(shadow(data).querySelectorAll('a, img')).to.have.length(0);
  });

  it('fires a cancelable mlo-select from the title link, but not for modified clicks', async () => {
    const el = await card(jsonFeed([visit('v')]));
    const seen: MloSelectEvent[] = [];
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
    part(el, 'link')!.dispatchEvent(click);
    expect(seen.map((e) => e.item.id)).to.deep.equal(['v']);
    expect(seen[0].cancelable && seen[0].composed).to.equal(true);
    expect(click.defaultPrevented).to.equal(true);
    const shiftClick = new MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      composed: true,
      shiftKey: true,
    });
    shiftClick.preventDefault();
    part(el, 'link')!.dispatchEvent(shiftClick);
    expect(seen).to.have.length(1);
  });

  it('shows a skeleton in the card’s own boxes while loading, then a typical visit at the same height', async () => {
    // Short lines, so the test holds in any font: each block then fills exactly what is reserved.
    const typical = jsonFeed([
      visit(
        't',
        {
          title: 'A visit',
          summary: 'Talks in Belgrade.',
          date_published: '2020-01-01',
          image: PIXEL,
        },
        {
          visitor: { name: 'Jan Broeks', organization: 'NATO' },
          location: 'Belgrade',
          metWith: [{ name: 'Milan Mojsilović' }, { name: 'Aleksandar Vučić' }],
          image: { alt: 'A meeting', caption: 'In Belgrade', width: 3, height: 2 },
        },
      ),
    ]);
    const body = encodeURIComponent(JSON.stringify(typical));
    for (const layout of ['card', 'compact']) {
      const el = await fixture<MloVisitCard>(
        html`<mlo-visit-card lang="en" layout=${layout} src=${`/__mlo/ok/${key()}?delay=300&body=${body}`}></mlo-visit-card>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(part(el, 'skeleton')!.getAttribute('aria-hidden')).to.equal('true');
      // One live region (what it says, and when, is tested in tests/a11y/status.test.ts).
      expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
      const before = el.getBoundingClientRect().height;
      await untilState(el, 'ready');
      expect(part(el, 'title')).to.exist;
      expect(Math.abs(el.getBoundingClientRect().height - before), layout).to.be.lessThan(2);
    }
  });

  it('shows the error with Retry and fires mlo-error', async () => {
    const el = document.createElement('mlo-visit-card');
    const errored = nextEvent(el, 'mlo-error');
    el.src = `/__mlo/status/${key()}?code=404`;
    document.body.append(el);
    expect((await errored).reason).to.equal('not-found');
    await el.updateComplete;
    expect(shadow(el).querySelector('.notice--error button')).to.exist;
    el.remove();
  });
});

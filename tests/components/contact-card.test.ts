import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/contact-card/mlo-contact-card.js';
import type { MloContactCard } from '../../src/components/contact-card/contact-card.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { jsonFeed, nextEvent, sampleFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const shadow = (el: MloContactCard) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const items = (el: MloContactCard) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[part~="item"]'),
];
const names = (el: MloContactCard) =>
  items(el).map((item) => text(item.querySelector('[part~="name"]')));
const addressLines = (item: HTMLElement) =>
  item
    .querySelector<HTMLElement>('address')!
    .innerText.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const office = {
  name: 'Military Liaison Office',
  unit: 'Press',
  address: {
    street: 'Bircaninova 5',
    building: 'MoD Building',
    postalCode: '11000',
    locality: 'Belgrade',
    country: 'Serbia',
  },
  phone: '+381 (0)11 306 8000',
  email: 'press@mlo.example.org',
  url: 'https://mlo.example.org/en/contact/',
};
const feedWith = (contacts: unknown[], extra: Record<string, unknown> = {}) =>
  jsonFeed([{ id: 'a', title: 'Article', content_text: 'x' }], { _mlo: { contacts }, ...extra });

async function card(
  feed: unknown,
  attrs: Partial<Record<'contact' | 'lang' | 'heading-level', string>> = {},
) {
  const el = await fixture<MloContactCard>(html`<mlo-contact-card
    .feed=${feed}
    contact=${ifDefined(attrs.contact)}
    heading-level=${attrs['heading-level'] ?? '3'}
    lang=${attrs.lang ?? 'en'}
  ></mlo-contact-card>`);
  await untilState(el, 'ready', 'empty', 'error');
  return el;
}

describe('<mlo-contact-card>', () => {
  beforeEach(() => clearFeedCache());

  it('is accessible in every state: loading, ready (all and one), empty, error, stale', async () => {
    const loading = await fixture<MloContactCard>(
      html`<mlo-contact-card src="/__mlo/hang/${key()}?ms=3000"></mlo-contact-card>`,
    );
    expect(loading.getAttribute('state')).to.equal('loading');
    await expectAccessible(loading);
    await expectAccessible(await card(await sampleFeed()));
    await expectAccessible(await card(feedWith([office]), { contact: '0' }));
    await expectAccessible(await card(feedWith([office]), { lang: 'sr-Cyrl' }));
    const empty = await card(jsonFeed([{ id: 'a', title: 'Article', content_text: 'x' }]));
    expect(empty.getAttribute('state')).to.equal('empty');
    await expectAccessible(empty);
    const error = await fixture<MloContactCard>(
      html`<mlo-contact-card src="/__mlo/status/${key()}?code=404"></mlo-contact-card>`,
    );
    await untilState(error, 'error');
    await expectAccessible(error);
    const inline = JSON.stringify(feedWith([office]));
    const stale = await fixture<MloContactCard>(
      html`<mlo-contact-card src="/__mlo/status/${key()}?code=500"><script type="application/json">${inline}</script></mlo-contact-card>`,
    );
    await untilState(stale, 'stale');
    expect(shadow(stale).querySelector('.notice--stale')).to.exist;
    expect(names(stale)).to.deep.equal(['Military Liaison Office']);
    await expectAccessible(stale);
  });

  it('lists the feed’s contacts with a heading each and the postal address one part per line', async () => {
    const el = await card(await sampleFeed());
    const list = shadow(el).querySelector('ul[part~="list"]')!;
    expect(list.querySelectorAll(':scope > li[part~="item"]')).to.have.length(2);
    expect(names(el)).to.deep.equal(['NATO Military Liaison Office', 'Public Affairs Office']);
    const heading = items(el)[0].querySelector('[part~="name"]')!;
    expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal([
      'heading',
      '3',
    ]);
    expect(addressLines(items(el)[0])).to.deep.equal([
      'Bircaninova 5',
      'Ministry of Defense Building',
      '11000 Belgrade',
      'Serbia',
    ]);
    // Missing parts leave no empty line, box or label.
    expect(items(el)[0].querySelector('[part~="unit"], dl')).to.equal(null);
    expect(text(items(el)[1].querySelector('[part~="unit"]'))).to.equal('Media Operations');
    expect(addressLines(items(el)[1])).to.deep.equal(['Bircaninova 5', '11000 Belgrade', 'Serbia']);
    expect(items(el)[1].querySelectorAll('address br')).to.have.length(2);
  });

  it('links phone, e-mail and website when they are safe', async () => {
    const el = await card(feedWith([office]));
    const item = items(el)[0];
    expect(item.tagName).to.equal('DIV', 'one contact is not a list');
    const phone = item.querySelector('a[part~="phone"]')!;
    expect([phone.getAttribute('href'), text(phone)]).to.deep.equal([
      'tel:+381113068000',
      '+381 (0)11 306 8000',
    ]);
    const email = item.querySelector('a[part~="email"]')!;
    expect([email.getAttribute('href'), text(email)]).to.deep.equal([
      'mailto:press@mlo.example.org',
      'press@mlo.example.org',
    ]);
    const web = item.querySelector('a[part~="website"]')!;
    expect([web.getAttribute('href'), text(web)]).to.deep.equal([
      'https://mlo.example.org/en/contact/',
      'mlo.example.org/en/contact',
    ]);
    expect([...item.querySelectorAll('dt')].map(text)).to.deep.equal([
      'Phone',
      'E-mail',
      'Website',
    ]);
  });

  it('never links a dangerous phone, e-mail or website', async () => {
    const el = await card(
      feedWith([
        {
          ...office,
          phone: 'javascript:alert(1)',
          email: 'javascript:alert(1)//@x.org',
          url: 'javascript:alert(1)',
        },
        {
          ...office,
          name: 'Second',
          phone: '*#06#',
          email: 'press@mlo.example.org?cc=evil@x.org',
          url: ' JaVaScRiPt:alert(1)',
        },
      ]),
    );
    expect(shadow(el).querySelectorAll('a')).to.have.length(0);
    expect(text(items(el)[0].querySelector('[part~="phone"]'))).to.equal(
      'javascript:alert(1)',
      'shown as text only',
    );
    expect(items(el)[0].querySelector('[part~="website"]')).to.equal(null);
    expect([...items(el)[1].querySelectorAll('dt')].map(text)).to.deep.equal(['Phone', 'E-mail']);
  });

  it('shows just one contact by position or by name, and is empty when none matches', async () => {
    const feed = await sampleFeed();
    const el = await card(feed, { contact: '1' });
    expect(names(el)).to.deep.equal(['Public Affairs Office']);
    expect(shadow(el).querySelector('ul')).to.equal(null);
    el.contact = 'nato military liaison office';
    await el.updateComplete;
    expect([names(el), el.getAttribute('contact')]).to.deep.equal([
      ['NATO Military Liaison Office'],
      'nato military liaison office',
    ]);
    el.contact = '7';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty');
    el.contact = 'Nobody';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty');
    el.contact = undefined;
    await el.updateComplete;
    expect(names(el)).to.have.length(2);
    // A Serbian feed's contact can be named in either script.
    const serbian = feedWith([office, { ...office, name: 'Kancelarija za vezu' }], {
      language: 'sr-Latn',
    });
    expect(
      names(await card(serbian, { contact: 'Канцеларија за везу', lang: 'sr-Cyrl' })),
    ).to.deep.equal(['Канцеларија за везу']);
  });

  it('takes a heading level', async () => {
    const el = await card(await sampleFeed(), { 'heading-level': '2' });
    expect(items(el)[0].querySelector('[part~="name"]')!.getAttribute('aria-level')).to.equal('2');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(items(el)[0].querySelector('[part~="name"]')!.getAttribute('aria-level')).to.equal('6');
  });

  it('speaks Serbian in both scripts, reading contacts in the feed’s language', async () => {
    const feed = feedWith(
      [
        {
          name: 'Vojna kancelarija za vezu',
          unit: 'Služba za odnose s javnošću',
          address: {
            street: 'Birčaninova 5',
            postalCode: '11000',
            locality: 'Beograd',
            country: 'Srbija',
          },
          phone: '+381 11 306 8000',
          email: 'kancelarija@mlo.example.rs',
        },
      ],
      { language: 'sr-Latn' },
    );
    const cyr = await card(feed, { lang: 'sr-Cyrl' });
    const item = items(cyr)[0];
    expect(names(cyr)).to.deep.equal(['Војна канцеларија за везу']);
    expect(text(item.querySelector('[part~="unit"]'))).to.equal('Служба за односе с јавношћу');
    expect(addressLines(item)).to.deep.equal(['Бирчанинова 5', '11000 Београд', 'Србија']);
    expect([...item.querySelectorAll('dt')].map(text)).to.deep.equal(['Телефон', 'Е-пошта']);
    expect(text(item.querySelector('[part~="email"]'))).to.equal('kancelarija@mlo.example.rs');
    expect(item.querySelector('address')!.hasAttribute('lang')).to.equal(false);
    const lat = await card(feed, { lang: 'sr-Latn' });
    expect(addressLines(items(lat)[0])).to.deep.equal(['Birčaninova 5', '11000 Beograd', 'Srbija']);
    expect([...items(lat)[0].querySelectorAll('dt')].map(text)).to.deep.equal([
      'Telefon',
      'E-pošta',
    ]);
    // English contacts under a Serbian widget stay English and say so.
    const english = await card(await sampleFeed(), { lang: 'sr-Latn' });
    expect(names(english)[0]).to.equal('NATO Military Liaison Office');
    expect(items(english)[0].querySelector('address')!.getAttribute('lang')).to.equal('en');
    expect(items(english)[0].querySelector('[part~="name"]')!.getAttribute('lang')).to.equal('en');
  });

  it('shows a skeleton shaped like the contacts while loading, then the sample at the same height', async () => {
    for (const contact of [undefined, '0']) {
      const el = await fixture<MloContactCard>(
        html`<mlo-contact-card lang="en" contact=${ifDefined(contact)} src="/__mlo/sample/${key()}"></mlo-contact-card>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(shadow(el).querySelector('[part~="skeleton"]')!.getAttribute('aria-hidden')).to.equal(
        'true',
      );
      // One live region, there from the start and empty: it is filled after the first render.
      expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
      const before = el.getBoundingClientRect().height;
      await untilState(el, 'ready');
      expect(Math.abs(el.getBoundingClientRect().height - before), String(contact)).to.be.lessThan(
        2,
      );
    }
  });

  it('shows the error with Retry and fires mlo-error', async () => {
    const el = document.createElement('mlo-contact-card');
    const errored = nextEvent(el, 'mlo-error');
    el.src = `/__mlo/status/${key()}?code=404`;
    document.body.append(el);
    expect((await errored).reason).to.equal('not-found');
    await el.updateComplete;
    expect(shadow(el).querySelector('.notice--error button')).to.exist;
    el.remove();
  });
});

import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { normalizeFeed, type FeedItem } from '../../src/feed/index.js';
import { FeedSchema } from '../../scripts/feed-schema.js';

/** The sample newsroom (demo/data/newsroom.json) is the MLO Belgrade page, whole and faithful. */
describe('the sample newsroom feed', () => {
  let raw: unknown;
  let items: FeedItem[];
  before(async () => {
    raw = await (await fetch('/demo/data/newsroom.json')).json();
    items = normalizeFeed(raw, { baseUrl: new URL('/demo/data/newsroom.json', location.href).href })
      .feed.items;
  });

  it('passes the project validator strictly: every item valid, nothing skipped', () => {
    const result = v.safeParse(FeedSchema, raw);
    expect(result.issues?.map((i) => i.message) ?? []).to.deep.equal([]);
    expect(normalizeFeed(raw).skipped).to.equal(0);
  });

  it('holds the North Atlantic Council statement of 20 Nov 2019 in full', () => {
    const nac = items.find((i) => i.type === 'statement')!;
    expect(nac.datePublished).to.match(/^2019-11-20/);
    expect(nac.speaker?.name ?? nac.authors[0]?.name).to.contain('Stoltenberg');
    for (const phrase of [
      'NATO remains indispensable for our security',
      'space should be a new operational domain',
      'fully in line with international law',
      'cash, capabilities and contributions',
      'fifth consecutive year of rising defence spending',
      'We are stepping up across the board, and focused on the future.',
    ]) {
      expect(nac.contentText).to.contain(phrase);
    }
  });

  it('has every quote with its speaker, rank and role, and none where the page names none', () => {
    const quotes = items.filter((i) => i.type === 'quote');
    const speakers = quotes
      .map((q) => q.speaker?.name)
      .filter(Boolean)
      .join('|');
    for (const name of ['Wolters', 'Marinelli', 'Franz', 'Juneau'])
      expect(speakers).to.contain(name);
    expect(quotes.some((q) => !q.speaker)).to.equal(true);
    const wolters = quotes.find((q) => q.speaker?.name.includes('Wolters'))!;
    expect(wolters.speaker).to.include({ rank: 'General' });
    expect(wolters.speaker?.role).to.contain('Supreme Allied Commander Europe');
  });

  it('has every visit with the people met, dated only where the page dates it', () => {
    const visits = items.filter((i) => i.type === 'visit');
    const visitors = visits.map((i) => i.visitor?.name).join('|');
    for (const name of ['Wolters', 'Juneau', 'Broeks', 'Portolano', "D'Addario"])
      expect(visitors).to.contain(name);
    const saceur = visits.find((i) => i.visitor?.name.includes('Wolters'))!;
    expect(saceur.datePublished).to.match(/^2019-07-17/);
    expect(visits.filter((i) => i.datePublished)).to.have.length(1);
    const broeks = visits.find((i) => i.visitor?.name.includes('Broeks'))!;
    expect(broeks.metWith.map((p) => p.name).join('|'))
      .to.contain('Vulin')
      .and.contain('Mojsilović')
      .and.contain('Filipović');
  });

  it('keeps diacritics and every photo caption, with alt text and real sizes', () => {
    const text = JSON.stringify(raw);
    for (const name of ['Vučić', 'Dačić', 'Mojsilović']) expect(text).to.contain(name);
    const images = items.flatMap((i) => (i.image ? [i.image] : []));
    expect(images.length).to.be.greaterThanOrEqual(3);
    for (const image of images) {
      expect(image.alt.length, image.src).to.be.greaterThan(10);
      expect(image.caption).to.be.a('string');
      expect(image.src).to.match(
        /^http:\/\/(localhost|127\.0\.0\.1):\d+\/demo\/data\/images\/.+\.png$/,
      );
    }
  });

  it('ships its placeholder images locally, at the size the feed declares', async () => {
    for (const image of items.flatMap((i) => (i.image ? [i.image] : []))) {
      const img = new Image();
      // onload, not decode(): a background test tab may defer decoding indefinitely.
      await new Promise((resolve, reject) => {
        img.onload = resolve;
        img.onerror = reject;
        img.src = image.src;
      });
      expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([image.width, image.height]);
    }
  });

  it('has both contact blocks', () => {
    const { feed } = normalizeFeed(raw);
    expect(feed.contacts.map((c) => c.name)).to.deep.equal([
      'NATO Military Liaison Office',
      'Public Affairs Office',
    ]);
    expect(feed.contacts[0].address).to.include({ street: 'Bircaninova 5', postalCode: '11000' });
  });
});

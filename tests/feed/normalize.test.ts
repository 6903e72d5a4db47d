import { expect } from '@open-wc/testing';
import { FeedError, normalizeFeed } from '../../src/feed/index.js';

/** A plain third-party JSON Feed 1.1, as jsonfeed.org shows it: no `_mlo` anywhere. */
const plainFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'My Example Feed',
  home_page_url: 'https://example.org/',
  feed_url: 'https://example.org/feed.json',
  language: 'en',
  items: [
    { id: '2', content_text: 'This is a second item.', url: 'https://example.org/second-item' },
    {
      id: '1',
      content_html: '<p>Hello, world!</p>',
      url: 'https://example.org/initial-post',
      title: 'Initial post',
      image: 'images/one.png',
      date_published: '2010-02-07T14:04:00-05:00',
      tags: ['hello', ' world '],
      authors: [{ name: 'Brent' }],
    },
  ],
};

describe('normalizeFeed', () => {
  it('reads a plain JSON Feed 1.1 unchanged: items without _mlo are articles', () => {
    const { feed, skipped, problems } = normalizeFeed(plainFeed);
    expect(skipped).to.equal(0);
    expect(problems).to.deep.equal([]);
    expect(feed.title).to.equal('My Example Feed');
    expect(feed.items.map((i) => i.type)).to.deep.equal(['article', 'article']);
    const [, first] = feed.items;
    expect(first.title).to.equal('Initial post');
    expect(first.contentHtml).to.equal('<p>Hello, world!</p>');
    expect(first.datePublished).to.equal('2010-02-07T14:04:00-05:00');
    expect(first.tags).to.deep.equal(['hello', 'world']);
    expect(first.language).to.equal('en');
    expect(first.authors).to.deep.equal([{ name: 'Brent', url: undefined }]);
    expect(feed.contacts).to.deep.equal([]);
  });

  it('resolves relative URLs against feed_url, else the base it is given', () => {
    const { feed } = normalizeFeed(plainFeed, { baseUrl: 'https://cdn.example/x/y.json' });
    expect(feed.items[1].image?.src).to.equal('https://example.org/images/one.png');
    const { feed: noFeedUrl } = normalizeFeed(
      { ...plainFeed, feed_url: undefined },
      { baseUrl: 'https://cdn.example/x/y.json' },
    );
    expect(noFeedUrl.items[1].image?.src).to.equal('https://cdn.example/x/images/one.png');
  });

  it('reads the _mlo extension: type, image meta, speaker, visitor, people met, contacts', () => {
    const { feed } = normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'MLO',
      language: 'sr-Latn',
      _mlo: {
        contacts: [
          {
            name: 'Office',
            address: {
              street: 'Bircaninova 5',
              postalCode: '11000',
              locality: 'Belgrade',
              country: 'Serbia',
            },
          },
        ],
      },
      items: [
        {
          id: 'q',
          content_text: 'Words.',
          _mlo: {
            type: 'quote',
            speaker: { name: 'Tod D. Wolters', rank: 'General' },
            context: 'In Belgrade',
          },
        },
        {
          id: 'v',
          content_text: 'Visit.',
          image: 'a.png',
          _mlo: {
            type: 'visit',
            image: { alt: 'Two officers', caption: 'In Belgrade', width: 800, height: 533 },
            visitor: { name: 'Jan Broeks', rank: 'Lieutenant General' },
            location: 'Belgrade',
            metWith: [{ name: 'Aleksandar Vulin', role: 'Minister of Defence' }],
          },
        },
      ],
    });
    const [quote, visit] = feed.items;
    expect(quote.type).to.equal('quote');
    expect(quote.speaker).to.deep.include({ name: 'Tod D. Wolters', rank: 'General' });
    expect(quote.context).to.equal('In Belgrade');
    expect(quote.language).to.equal('sr-Latn');
    expect(visit.image).to.deep.include({
      src: 'a.png',
      alt: 'Two officers',
      width: 800,
      height: 533,
    });
    expect(visit.visitor?.name).to.equal('Jan Broeks');
    expect(visit.metWith).to.have.length(1);
    expect(feed.contacts[0].address.street).to.equal('Bircaninova 5');
  });

  it('drops, counts and explains only the items it cannot show; a bad field loses the field', () => {
    const { feed, skipped, problems } = normalizeFeed({
      ...plainFeed,
      items: [
        ...plainFeed.items,
        { id: 'no-content' },
        {
          id: 'bad-person',
          content_text: 'x',
          _mlo: { type: 'quote', speaker: { rank: 'General' } },
        },
        { id: 'bad-date', content_text: 'x', date_published: 'yesterday' },
        'not an object',
        null,
        { id: '1', content_text: 'duplicate id' },
      ],
    });
    expect(feed.items.map((i) => i.id)).to.deep.equal(['2', '1', 'bad-person', 'bad-date']);
    const [, , quote, undated] = feed.items;
    expect(quote.type).to.equal('quote');
    expect(quote.speaker).to.equal(undefined);
    expect(undated.datePublished).to.equal(undefined);
    expect(skipped).to.equal(4);
    expect(problems).to.deep.equal([
      'item 3: has no title, text, image or attachment to show',
      'item 4: _mlo.speaker.name is missing',
      'item 5: date_published "yesterday" is not a date we can read',
      'item 6: "not an object" is not an item object',
      'item 7: (null) is not an item object',
      'item 8: has the same id as an earlier item ("1") and is left out',
    ]);
  });

  it('drops an invalid contact and keeps the rest', () => {
    const { feed, problems } = normalizeFeed({
      ...plainFeed,
      _mlo: {
        contacts: [
          { name: 'No address' },
          { name: 'Ok', address: { street: 's', postalCode: '1', locality: 'l', country: 'c' } },
        ],
      },
    });
    expect(feed.contacts.map((c) => c.name)).to.deep.equal(['Ok']);
    expect(problems[0]).to.match(/^_mlo\.contacts\[0\]/);
  });

  it('reads a contact as the other short text fields: entities decoded, a long name cut', () => {
    const address = {
      street: 'Bircaninova 5 &amp; 7',
      postalCode: '11000',
      locality: 'Beograd',
      country: 'RS',
    };
    const { feed, problems } = normalizeFeed({
      ...plainFeed,
      _mlo: {
        contacts: [
          { name: 'Liaison &amp; Press Office', unit: 'Press &#38; media', address },
          { name: 'N'.repeat(400), address },
        ],
      },
    });
    expect(feed.contacts.map((c) => c.name)).to.deep.equal([
      'Liaison & Press Office',
      'N'.repeat(300),
    ]);
    expect(feed.contacts[0].unit).to.equal('Press & media');
    expect(feed.contacts[0].address.street).to.equal('Bircaninova 5 & 7');
    expect(problems).to.deep.equal(['_mlo.contacts[1]: name is 400 characters long, cut to 300']);
  });

  for (const [label, data] of [
    ['null', null],
    ['an array', []],
    ['a string', 'hello'],
    ['an RSS-ish object', { rss: { channel: {} } }],
    [
      'items that are not a list',
      { version: 'https://jsonfeed.org/version/1.1', title: 't', items: 'nope' },
    ],
    ['a wrong version', { version: 'https://example.org/v1', title: 't', items: [] }],
  ] as const) {
    it(`rejects ${label} as a schema error`, () => {
      expect(() => normalizeFeed(data))
        .to.throw(FeedError)
        .with.property('reason', 'schema');
    });
  }

  it('shows an item of a type it does not know yet as an article', () => {
    const { feed, skipped } = normalizeFeed({
      ...plainFeed,
      items: [{ id: 'x', content_text: 'x', _mlo: { type: 'podcast' } }],
    });
    expect(skipped).to.equal(0);
    expect(feed.items[0].type).to.equal('article');
  });

  it('accepts numeric ids (JSON Feed 1.0 habit) as strings', () => {
    const { feed } = normalizeFeed({ ...plainFeed, items: [{ id: 7, content_text: 'x' }] });
    expect(feed.items[0].id).to.equal('7');
  });

  it('holds at most 10,000 items', () => {
    const items = Array.from({ length: 10_005 }, (_, i) => ({ id: String(i), content_text: 'x' }));
    const { feed, skipped } = normalizeFeed({ ...plainFeed, items });
    expect(feed.items).to.have.length(10_000);
    expect(skipped).to.equal(5);
  });

  it('examines at most 10,000 entries, valid or not, and keeps at most 100 problems', () => {
    // 200,000 invalid entries: before the bound every one was examined and kept a problem string.
    const items: unknown[] = Array.from({ length: 200_000 }, () => 0);
    const { feed, skipped, problems } = normalizeFeed({ ...plainFeed, items });
    expect(feed.items).to.have.length(0);
    expect(skipped).to.equal(200_000);
    expect(problems).to.have.length(101);
    expect(problems[0]).to.equal('items past 10000: 190000 skipped unread');
    expect(problems[1]).to.equal('item 1: (a number) is not an item object');
    expect(problems[100]).to.equal('… and 9901 more problems');
  });

  it('cuts a problem that quotes a huge value', () => {
    const { problems } = normalizeFeed({
      ...plainFeed,
      items: [{ id: 'x', title: 'a'.repeat(100_000), content_text: 'x' }],
    });
    expect(problems).to.have.length(1);
    expect(problems[0].length).to.be.at.most(200);
  });

  it('examines at most 100 contacts and reads a feed that has more', () => {
    const contact = {
      name: 'Office',
      address: { street: 'S', postalCode: '1', locality: 'L', country: 'RS' },
    };
    const contacts = Array.from({ length: 150 }, () => contact);
    const { feed, problems } = normalizeFeed({ ...plainFeed, _mlo: { contacts } });
    expect(feed.contacts).to.have.length(100);
    expect(problems).to.deep.equal(['_mlo.contacts past 100: 50 skipped unread']);
  });
});

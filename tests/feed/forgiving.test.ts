import { expect } from '@open-wc/testing';
import { FeedError, normalizeFeed } from '../../src/feed/index.js';
import { readDate, readLanguage, readVersion } from '../../src/feed/read-values.js';

const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Blog',
  items,
  ...extra,
});

describe('readDate', () => {
  for (const [input, expected] of [
    ['2023-07-10T09:05:00+02:00', '2023-07-10T09:05:00+02:00'],
    ['2023-07-10T09:05:00.123Z', '2023-07-10T09:05:00.123Z'],
    ['2023-07-10', '2023-07-10'],
    ['Mon, 10 Jul 2023 00:00:00 GMT', '2023-07-10T00:00:00Z'],
    ['Mon, 10 Jul 2023 09:05:00 +0200', '2023-07-10T09:05:00+02:00'],
    ['10 Jul 2023 09:05 -0430', '2023-07-10T09:05:00-04:30'],
    ['Tue, 4 Jul 23 18:00:00 EST', '2023-07-04T18:00:00-05:00'],
    ['Monday, 10 July 2023 09:05:00 +0000', '2023-07-10T09:05:00+00:00'],
    ['2023-07-10 09:05:00 +0200', '2023-07-10T09:05:00+02:00'],
    ['2023-07-10 09:05:00 -0700', '2023-07-10T09:05:00-07:00'],
    ['2023-07-10 09:05:00', '2023-07-10T09:05:00'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z'],
    ['2023-07-01 09:00:00 +0200 CEST', '2023-07-01T09:00:00+02:00'],
  ]) {
    it(`reads ${input}`, () => expect(readDate(input)).to.equal(expected));
  }
  for (const input of [
    'yesterday',
    '2023-02-29',
    '2023-13-01',
    '31 Foo 2023',
    'Mon, 32 Jul 2023 00:00:00 GMT',
    '10 Jul 2023 25:00 GMT',
    '1'.repeat(100),
  ]) {
    it(`refuses ${input.slice(0, 30)}`, () => expect(readDate(input)).to.equal(undefined));
  }
});

describe('readLanguage and readVersion', () => {
  it('normalizes language tags and refuses what is not one', () => {
    expect(readLanguage('en_US')).to.equal('en-US');
    expect(readLanguage('sr-latn-rs')).to.equal('sr-Latn-RS');
    expect(readLanguage(' EN ')).to.equal('en');
    expect(readLanguage('English')).to.equal(undefined);
    expect(readLanguage('en-')).to.equal(undefined);
  });

  it('reads every spelling of versions 1, 1.1 and later; nothing else', () => {
    for (const v of [
      'https://jsonfeed.org/version/1',
      'http://jsonfeed.org/version/1.1',
      'https://www.jsonfeed.org/version/1.1/',
      'https://jsonfeed.org/version/2',
    ]) {
      expect(readVersion(v), v).to.be.a('number');
    }
    for (const v of ['https://example.org/version/1', 'jsonfeed', 1.1, null])
      expect(readVersion(v)).to.equal(undefined);
  });
});

describe('normalizeFeed, forgiving', () => {
  it('reads null as absent, with no problem', () => {
    const { feed: f, problems } = normalizeFeed(
      feed(
        [
          {
            id: '1',
            title: null,
            content_text: 'Hi',
            image: null,
            tags: null,
            authors: null,
            date_published: null,
          },
        ],
        { language: null, home_page_url: null },
      ),
    );
    expect(problems).to.deep.equal([]);
    expect(f.items[0]).to.include({ id: '1', title: undefined, contentText: 'Hi' });
  });

  it('drops a bad optional field, reports it in plain words, and keeps the item', () => {
    const {
      feed: f,
      problems,
      skipped,
    } = normalizeFeed(
      feed([
        {
          id: '1',
          content_text: 'Hi',
          url: 42,
          image: {},
          date_published: 'Mon, 10 Jul 2023 00:00:00 GMT',
          date_modified: 'last week',
        },
      ]),
    );
    expect(skipped).to.equal(0);
    expect(f.items[0].url).to.equal(undefined);
    expect(f.items[0].datePublished).to.equal('2023-07-10T00:00:00Z');
    expect(problems).to.deep.equal([
      'item 1: url (a number) is not text',
      'item 1: image (an object) is not text',
      'item 1: date_modified "last week" is not a date we can read',
    ]);
  });

  it('reads versions in any spelling, and a later one', () => {
    for (const version of [
      'http://www.jsonfeed.org/version/1.1',
      'https://jsonfeed.org/version/1',
      'https://jsonfeed.org/version/2',
    ]) {
      expect(
        normalizeFeed(feed([{ id: '1', content_text: 'x' }], { version })).feed.items,
        version,
      ).to.have.length(1);
    }
  });

  it('normalizes the feed and item languages and drops an invalid one', () => {
    const { feed: f, problems } = normalizeFeed(
      feed(
        [
          { id: '1', content_text: 'x' },
          { id: '2', content_text: 'x', language: 'Serbian' },
          { id: '3', content_text: 'x', language: 'sr_latn' },
        ],
        { language: 'en_US' },
      ),
    );
    expect(f.language).to.equal('en-US');
    expect(f.items.map((i) => i.language)).to.deep.equal(['en-US', 'en-US', 'sr-Latn']);
    expect(problems).to.deep.equal(['item 2: language "Serbian" is not a language tag']);
  });

  it('cuts an over-long title and filters tags that are not text', () => {
    const { feed: f, problems } = normalizeFeed(
      feed([
        {
          id: '1',
          title: 'T'.repeat(3000),
          content_text: 'x',
          tags: ['a', 3, null, ' b ', { x: 1 }],
        },
      ]),
    );
    expect(f.items[0].title).to.have.length(2000);
    expect(f.items[0].tags).to.deep.equal(['a', 'b']);
    expect(problems).to.deep.equal([
      'item 1: title is 3000 characters long, cut to 2000',
      'item 1: tags 3 entries are not short text and left out',
    ]);
  });

  it('reads JSON Feed 1.0 author at both levels, and items inherit the feed authors', () => {
    const { feed: f } = normalizeFeed(
      feed(
        [
          { id: '1', content_text: 'x' },
          { id: '2', content_text: 'x', author: { name: 'Own', url: '/own' } },
          { id: '3', content_text: 'x', authors: [{ name: 'New' }] },
        ],
        {
          version: 'https://jsonfeed.org/version/1',
          author: { name: 'Feed Author' },
          feed_url: 'https://blog.example/feed.json',
        },
      ),
    );
    expect(f.items.map((i) => i.authors)).to.deep.equal([
      [{ name: 'Feed Author', url: undefined }],
      [{ name: 'Own', url: 'https://blog.example/own' }],
      [{ name: 'New', url: undefined }],
    ]);
  });

  it('keeps items with only a summary or only attachments; drops one with nothing to show', () => {
    const { feed: f, skipped } = normalizeFeed(
      feed([
        { id: 's', summary: 'Only a summary' },
        {
          id: 'a',
          attachments: [
            {
              url: 'https://cdn.example/ep1.mp3',
              mime_type: 'audio/mpeg',
              duration_in_seconds: 1800,
              size_in_bytes: '123',
            },
          ],
        },
        { id: 'n', url: 'https://blog.example/n' },
      ]),
    );
    expect(f.items.map((i) => i.id)).to.deep.equal(['s', 'a']);
    expect(f.items[1].attachments).to.deep.equal([
      {
        url: 'https://cdn.example/ep1.mp3',
        mimeType: 'audio/mpeg',
        title: undefined,
        sizeInBytes: 123,
        durationInSeconds: 1800,
      },
    ]);
    expect(skipped).to.equal(1);
  });

  it('takes the plain text and the first image of an HTML-only body', () => {
    const { feed: f } = normalizeFeed(
      feed(
        [
          {
            id: '1',
            content_html:
              '<p>Hello &amp; <b>welcome</b></p><p><img alt="A &quot;cat&quot;" src="/cat.jpg?a=1&amp;b=2"></p>',
          },
        ],
        {
          feed_url: 'https://blog.example/feed.json',
        },
      ),
    );
    expect(f.items[0].htmlText).to.equal('Hello & welcome');
    expect(f.items[0].image).to.deep.include({
      src: 'https://blog.example/cat.jpg?a=1&b=2',
      alt: 'A "cat"',
    });
  });

  it('uses the item URL as the id when the id is missing', () => {
    const { feed: f } = normalizeFeed(feed([{ url: 'https://blog.example/a', content_text: 'x' }]));
    expect(f.items[0].id).to.equal('https://blog.example/a');
  });

  it('explains why something is not a JSON Feed at all, in plain words', () => {
    expect(() => normalizeFeed({ title: 'x', items: [] })).to.throw(
      FeedError,
      'Not a JSON Feed: it has no "version"',
    );
    expect(() => normalizeFeed(feed([], { items: {} }))).to.throw(
      FeedError,
      '"items" is (an object), not a list',
    );
  });
});

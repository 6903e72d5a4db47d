/** Pinned items, the filter bar's facets and the follow links, as functions of the feed. */
import { expect } from '@open-wc/testing';
import { normalizeFeed, xmlToJsonFeed, type FeedItem } from '../../src/feed/index.js';
import { facetsOf, filterByFacets, parseFacets } from '../../src/feed/facets.js';
import { followLinks } from '../../src/feed/follow.js';
import { isPinned, pinnedFirst } from '../../src/feed/pins.js';
import { jsonFeed } from '../helpers/feeds.js';

const item = (id: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  id,
  type: 'article',
  tags: [],
  authors: [],
  metWith: [],
  ...extra,
});
const ids = (items: FeedItem[]) => items.map((i) => i.id);
const raw = (id: string, mlo: Record<string, unknown>) => ({
  id,
  title: id,
  content_text: id,
  _mlo: mlo,
});

describe('_mlo.pinned', () => {
  it('reads true or a date, and reports and ignores anything else', () => {
    const result = normalizeFeed(
      jsonFeed([
        raw('yes', { pinned: true }),
        raw('until', { pinned: '2026-12-31' }),
        raw('moment', { pinned: '2026-12-31T18:00:00+01:00' }),
        raw('no', { pinned: false }),
        raw('word', { pinned: 'yes' }),
        raw('number', { pinned: 1 }),
        raw('object', { pinned: { until: '2026-01-01' } }),
        raw('long', { pinned: `2026-01-01${' '.repeat(200)}` }),
      ]),
    );
    const pins = Object.fromEntries(result.feed.items.map((i) => [i.id, i.pinned]));
    expect(pins).to.deep.equal({
      yes: true,
      until: '2026-12-31',
      moment: '2026-12-31T18:00:00+01:00',
      no: undefined,
      word: undefined,
      number: undefined,
      object: undefined,
      long: undefined,
    });
    expect(result.feed.items).to.have.length(8);
    const problems = result.problems.filter((p) => p.includes('_mlo.pinned'));
    expect(problems).to.have.length(4);
    expect(problems[0]).to.match(/^item 5: _mlo\.pinned "yes" is neither true nor a date/);
    expect('pinned' in result.feed.items[3]).to.equal(false);
  });

  it('keeps a dated pin through its day (UTC), a moment until that moment', () => {
    const day = item('d', { pinned: '2026-12-31' });
    const moment = item('m', { pinned: '2026-12-31T18:00:00+01:00' });
    const at = (iso: string) => Date.parse(iso);
    expect(isPinned(day, at('2026-12-31T23:59:59Z'))).to.equal(true);
    expect(isPinned(day, at('2027-01-01T00:00:00Z'))).to.equal(false);
    expect(isPinned(moment, at('2026-12-31T16:59:59Z'))).to.equal(true);
    expect(isPinned(moment, at('2026-12-31T17:00:00Z'))).to.equal(false);
    expect(isPinned(item('t', { pinned: true }), 0)).to.equal(true);
    expect(isPinned(item('n'), 0)).to.equal(false);
  });

  it('puts pinned items first, each group in its order; the same array when none is', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    const list = [
      item('a'),
      item('p1', { pinned: true }),
      item('b'),
      item('expired', { pinned: '2026-05-31' }),
      item('p2', { pinned: '2026-06-01' }),
    ];
    expect(ids(pinnedFirst(list, now))).to.deep.equal(['p1', 'p2', 'a', 'b', 'expired']);
    const plain = [item('a'), item('b')];
    expect(pinnedFirst(plain, now)).to.equal(plain);
  });
});

describe('facets', () => {
  const items = [
    item('s1', { type: 'statement', tags: ['NATO', 'Space'], datePublished: '2026-03-01' }),
    item('s2', { type: 'statement', tags: ['nato'], datePublished: '2025-03-01' }),
    item('v1', { type: 'visit', tags: ['Space'], datePublished: '2026-01-01' }),
    item('a1', { type: 'article', tags: [], datePublished: '2024-01-01' }),
    item('a2', { type: 'article', tags: ['Cyber'] }),
  ];

  it('reads the facet names of an attribute, each once, in its order, unknown ones left out', () => {
    expect(parseFacets('year  TYPE tag year colour')).to.deep.equal(['year', 'type', 'tag']);
    expect(parseFacets(undefined)).to.deep.equal([]);
    expect(parseFacets('language')).to.deep.equal([]);
  });

  it('counts each value, tags without case, years newest first, types in their order', () => {
    const [type, tag, year] = facetsOf(items, ['type', 'tag', 'year'], {});
    const pairs = (f: typeof type) => f.values.map((v) => [v.value, v.count]);
    expect(pairs(type)).to.deep.equal([
      ['article', 2],
      ['statement', 2],
      ['visit', 1],
    ]);
    expect(pairs(tag)).to.deep.equal([
      ['nato', 2],
      ['space', 2],
      ['cyber', 1],
    ]);
    expect(pairs(year)).to.deep.equal([
      ['2026', 2],
      ['2025', 1],
      ['2024', 1],
    ]);
    // A tag is shown as its first item writes it.
    expect(tag.values[0].first.id).to.equal('s1');
  });

  it('combines facets with AND and values with OR; counts leave their own facet out', () => {
    const selection = { type: ['statement', 'visit'], year: ['2026'] };
    expect(ids(filterByFacets(items, selection))).to.deep.equal(['s1', 'v1']);
    const [type, tag, year] = facetsOf(items, ['type', 'tag', 'year'], selection);
    // Types counted within 2026 only; years within statements and visits only.
    expect(type.values.map((v) => v.count)).to.deep.equal([0, 1, 1]);
    expect(year.values.map((v) => [v.value, v.count])).to.deep.equal([
      ['2026', 2],
      ['2025', 1],
      ['2024', 0],
    ]);
    expect(tag.values.map((v) => [v.value, v.count])).to.deep.equal([
      ['nato', 1],
      ['space', 2],
      ['cyber', 0],
    ]);
    expect(filterByFacets(items, {})).to.equal(items);
    expect(filterByFacets(items, { tag: [] })).to.equal(items);
  });

  it('keeps a chosen value the items no longer carry, at 0, so it can be unchosen', () => {
    const [tag] = facetsOf(items, ['tag'], { tag: ['gone'] });
    expect(tag.values.find((v) => v.value === 'gone')?.count).to.equal(0);
  });
});

describe('follow links (_mlo.alternates)', () => {
  it('reads the alternates, reporting and leaving out entries without a URL or media type', () => {
    const result = normalizeFeed(
      jsonFeed([raw('x', {})], {
        feed_url: 'https://news.example/feed.json',
        _mlo: {
          alternates: [
            { type: 'application/rss+xml', url: '/feed.xml', title: 'RSS' },
            { type: 'application/atom+xml', url: 'https://news.example/atom.xml' },
            { type: 'not a type', url: '/x' },
            { url: '/no-type' },
            { type: 'application/rss+xml' },
            'string',
          ],
        },
      }),
    );
    expect(result.feed.alternates).to.deep.equal([
      { type: 'application/rss+xml', url: 'https://news.example/feed.xml', title: 'RSS' },
      { type: 'application/atom+xml', url: 'https://news.example/atom.xml', title: undefined },
    ]);
    expect(result.problems.filter((p) => p.includes('_mlo.alternates'))).to.have.length(4);
    expect(followLinks(result.feed).map((l) => [l.type, l.url])).to.deep.equal([
      ['application/feed+json', 'https://news.example/feed.json'],
      ['application/rss+xml', 'https://news.example/feed.xml'],
      ['application/atom+xml', 'https://news.example/atom.xml'],
    ]);
  });

  it('falls back to where the feed was read from, and lists each URL once', () => {
    const feed = normalizeFeed(jsonFeed([raw('x', {})])).feed;
    expect(followLinks(feed)).to.deep.equal([]);
    expect(followLinks(feed, 'https://a.example/f.json')).to.deep.equal([
      { url: 'https://a.example/f.json', type: 'application/feed+json' },
    ]);
  });

  it('fills them from RSS and Atom links: self in its format, feed alternates, no web pages', () => {
    const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
    const rss = xmlToJsonFeed(
      parse(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>
        <atom:link rel="self" href="https://n.example/rss.xml" type="application/rss+xml"/>
        <atom:link rel="alternate" href="/feed.json" type="application/feed+json"/>
        <atom:link rel="alternate" href="/" type="text/html"/>
      </channel></rss>`),
      { feedUrl: 'https://n.example/rss.xml' },
    );
    expect(rss._mlo).to.deep.equal({
      alternates: [
        { type: 'application/rss+xml', url: 'https://n.example/rss.xml' },
        { type: 'application/feed+json', url: 'https://n.example/feed.json' },
      ],
    });
    const feed = normalizeFeed(rss).feed;
    // Read directly, an RSS file is followed as RSS, not as a JSON Feed.
    expect(followLinks(feed).map((l) => l.type)).to.deep.equal([
      'application/rss+xml',
      'application/feed+json',
    ]);
    const atom = xmlToJsonFeed(
      parse(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <link href="https://n.example/"/>
        <link rel="alternate" type="application/rss+xml" href="rss.xml" title="Everything"/>
      </feed>`),
      { feedUrl: 'https://n.example/atom.xml' },
    );
    expect(atom._mlo).to.deep.equal({
      alternates: [
        { type: 'application/atom+xml', url: 'https://n.example/atom.xml' },
        { type: 'application/rss+xml', url: 'https://n.example/rss.xml', title: 'Everything' },
      ],
    });
  });
});

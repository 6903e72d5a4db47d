/**
 * Feed shapes from issue #23 (tests/fixtures/feeds/, documented in tests/fixtures/README.md):
 * RSS in a namespace and in its old versions, Dublin Core, RSS author strings, Atom 0.3, a
 * Mastodon image post, HTML entities in JSON Feed text, dates without a zone.
 */
import { expect } from '@open-wc/testing';
import {
  clearFeedCache,
  loadFeed,
  normalizeFeed,
  readXmlFeed,
  sortNewestFirst,
} from '../../src/feed/index.js';
import { stripTags } from '../../src/search/index.js';

const FIXTURES = '/tests/fixtures/feeds';

describe('RSS in any namespace and version', () => {
  beforeEach(() => clearFeedCache());

  it('reads RSS 2.0 in a default namespace (backend.userland.com/rss2), enclosures too', async () => {
    const { feed, problems, skipped } = await loadFeed(`${FIXTURES}/rss-default-namespace.xml`);
    expect([problems, skipped]).to.deep.equal([[], 0]);
    expect(feed.title).to.equal('Суспільне Новини');
    expect(feed.language).to.equal('uk');
    expect(feed.items.map((i) => i.title)).to.deep.equal([
      'Уряд ухвалив нове рішення',
      'Подкаст тижня',
    ]);
    expect(feed.items[0]).to.include({
      id: 'news-2001',
      url: 'https://news.example.ua/2023/07/10/rishennya',
      datePublished: '2023-07-10T12:30:00+03:00',
    });
    expect(feed.items[0].tags).to.deep.equal(['Політика']);
    expect(feed.items[0].image?.src).to.equal('https://cdn.example.ua/images/2001.jpg');
    expect(feed.items[1].attachments?.[0].mimeType).to.equal('audio/mpeg');
  });

  it('reads RSS 0.92 in the cyber.harvard.edu namespace, and any other on an rss root', () => {
    for (const ns of ['https://cyber.harvard.edu/rss/rss.html', 'urn:x-any', '']) {
      const xml = `<rss xmlns="${ns}" version="0.92"><channel><title>T</title><link>https://a.example/</link>
        <item><title>One</title><link>https://a.example/1</link><description>d</description></item></channel></rss>`;
      const { feed } = normalizeFeed(readXmlFeed(xml));
      expect(feed.homePageUrl, ns).to.equal('https://a.example/');
      expect(
        feed.items.map((i) => [i.title, i.url]),
        ns,
      ).to.deep.equal([['One', 'https://a.example/1']]);
    }
  });

  it('reads RSS 0.91 with its Netscape DOCTYPE, and RSS 0.90 (RDF in the 0.90 namespace)', async () => {
    const old = await loadFeed(`${FIXTURES}/rss-091.xml`);
    expect(old.feed.description).to.equal('Weekly notices & announcements');
    expect(old.feed.language).to.equal('en-US');
    expect(old.feed.items.map((i) => i.id)).to.deep.equal([
      'https://bulletin.example/notices/holidays',
      'https://bulletin.example/notices/visitors',
    ]);
    const oldest = await loadFeed(`${FIXTURES}/rss-090.xml`);
    expect(oldest.problems).to.deep.equal([]);
    expect(oldest.feed.title).to.equal('Early Web News');
    expect(oldest.feed.items.map((i) => [i.title, i.url])).to.deep.equal([
      ['First headline', 'https://early.example/news/1'],
      ['Second headline', 'https://early.example/news/2'],
    ]);
  });

  it('splits RSS author strings into the name shown and a mailto: link', async () => {
    const { feed } = await loadFeed(`${FIXTURES}/rss-cyber-harvard.xml`);
    expect(feed.items.map((i) => i.authors)).to.deep.equal([
      [{ name: 'Duty Officer', url: 'mailto:duty@alerts.example.gov' }],
      [{ name: 'Press Desk', url: 'mailto:press@alerts.example.gov' }],
    ]);
    const authors = (value: string) =>
      normalizeFeed(
        readXmlFeed(
          `<rss><channel><title>T</title><item><title>x</title><author>${value}</author></item></channel></rss>`,
        ),
      ).feed.items[0].authors;
    expect(authors('me@example.com')).to.deep.equal([
      { name: 'me@example.com', url: 'mailto:me@example.com' },
    ]);
    expect(authors('"Ex Ample" &lt;me@example.com&gt;')).to.deep.equal([
      { name: 'Ex Ample', url: 'mailto:me@example.com' },
    ]);
    expect(authors('Ex Ample (me@example.com)')).to.deep.equal([
      { name: 'Ex Ample', url: 'mailto:me@example.com' },
    ]);
    // Parentheses without an address are part of the name.
    expect(authors('Jane Doe (Press Office)')).to.deep.equal([
      { name: 'Jane Doe (Press Office)', url: undefined },
    ]);
  });

  it("reads the channel's author from managingEditor, dc:author or iTunes (either spelling of its namespace)", () => {
    const channel = (inner: string) =>
      normalizeFeed(
        readXmlFeed(
          `<rss xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>${inner}<item><title>x</title></item></channel></rss>`,
        ),
      ).feed;
    expect(
      channel('<managingEditor>ed@example.com (The Editor)</managingEditor>').items[0].authors,
    ).to.deep.equal([{ name: 'The Editor', url: 'mailto:ed@example.com' }]);
    expect(channel('<dc:author>Dee Cee</dc:author>').items[0].authors).to.deep.equal([
      { name: 'Dee Cee', url: undefined },
    ]);
    const podcast = channel(
      '<itunes:author>Pod Team</itunes:author><itunes:summary>About the show</itunes:summary>',
    );
    expect(podcast.description).to.equal('About the show');
    expect(podcast.items[0].authors).to.deep.equal([{ name: 'Pod Team', url: undefined }]);
  });

  it('falls back on Dublin Core in the channel and items: title, description, dates, creator', async () => {
    const { feed, problems } = await loadFeed(`${FIXTURES}/dublin-core.xml`);
    expect(feed.title).to.equal('Government Newsroom');
    expect(feed.description).to.equal('Press releases of the government');
    expect(feed.language).to.equal('en-GB');
    const [budget, floods] = feed.items;
    // The stray quote in the title's link does not swallow the rest of the title.
    expect(budget).to.include({
      title: 'Budget adopted by the cabinet',
      htmlText: "The cabinet adopted next year's budget.",
      datePublished: '2023-07-10T09:00:00+02:00',
      dateModified: '2023-07-11T10:00:00+02:00',
    });
    expect(budget.authors).to.deep.equal([{ name: 'Ana Anić', url: undefined }]);
    expect(floods.authors).to.deep.equal([
      { name: 'Marko Marković', url: 'mailto:marko@gov.example' },
    ]);
    expect(problems).to.deep.equal([
      'item 2: date_published "Sunday, the 9th of July" is not a date we can read',
    ]);
  });
});

describe('Atom 0.3 and Atom content that is not text', () => {
  it('reads the tagline, en_US as en-US, issued and modified; base64 content falls back to the summary', async () => {
    const { feed, problems } = await loadFeed(`${FIXTURES}/atom-03.xml`);
    expect(problems).to.deep.equal([]);
    expect(feed.description).to.equal('Notes from the liaison office');
    expect(feed.language).to.equal('en-US');
    const [binary, escaped] = feed.items;
    expect(binary).to.include({
      contentText: 'A scanned notice, summarised here.',
      contentHtml: undefined,
      datePublished: '2005-11-09T12:56:34+01:00',
      dateModified: '2005-11-09T11:56:34Z',
    });
    expect(escaped.contentHtml).to.equal('<p>The <em>first</em> entry.</p>');
  });

  it('passes on a language in its JSON Feed spelling (convert writes what the widgets read)', () => {
    const json = readXmlFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sr_latn_rs"><title>T</title></feed>',
    );
    expect(json.language).to.equal('sr-Latn-RS');
  });

  for (const type of ['application/octet-stream', 'image/png', 'application/xml']) {
    it(`does not show content of type ${type} as text`, () => {
      const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>x</title>
        <content type="${type}">iVBORw0KGgo=</content><summary>The summary</summary></entry></feed>`;
      const [item] = normalizeFeed(readXmlFeed(xml)).feed.items;
      expect(item.contentText).to.equal('The summary');
    });
  }
});

describe('a Mastodon image post', () => {
  it('is kept: its picture, with the alt text from media:description, and its date', async () => {
    clearFeedCache();
    const { feed, skipped, problems } = await loadFeed(`${FIXTURES}/mastodon.xml`);
    expect([skipped, problems]).to.deep.equal([0, []]);
    const [, photo, flag] = feed.items;
    expect(photo).to.include({ title: undefined, datePublished: '2018-01-06T08:00:00+00:00' });
    expect(photo.image).to.deep.include({
      src: 'https://files.social.example/media_attachments/files/000/000/002/original/harbour.jpg',
      alt: 'Two patrol boats in the harbour at dawn',
    });
    expect(flag.image?.alt).to.equal('');
  });

  it('an item with nothing but an image is kept; with nothing at all, not', () => {
    const { feed, problems } = normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [
        { id: 'picture', image: 'https://a.example/p.jpg' },
        { id: 'empty', url: 'https://a.example/n' },
      ],
    });
    expect(feed.items.map((i) => i.id)).to.deep.equal(['picture']);
    expect(problems).to.deep.equal(['item 2: has no title, text, image or attachment to show']);
  });
});

describe('HTML entities in JSON Feed text', () => {
  it('are decoded in titles, summaries, descriptions and names; a lone & stays; once only', async () => {
    clearFeedCache();
    const { feed, problems } = await loadFeed(`${FIXTURES}/json-entities.json`);
    expect(problems).to.deep.equal([]);
    expect(feed.title).to.equal('Press & Media Office');
    expect(feed.description).to.equal("News 'as it happens'");
    const [defence, qa] = feed.items;
    expect(defence.title).to.equal("Defence & Security: the minister's visit");
    expect(defence.summary).to.equal('Talks on training\u00a0& equipment — and R&D.');
    expect(defence.authors).to.deep.equal([{ name: 'Ivana "Iva" Ivić', url: undefined }]);
    expect(qa.title).to.equal('Q&A with the "Tom & Jerry" team');
    const { feed: once } = normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'AT&amp;amp;T &lt;b&gt; &copy &#0; &#xD800; &bogus; &Scaron;&ccedil;&dstrok;',
      items: [],
    });
    expect(once.title).to.equal('AT&amp;T <b> &copy &#0; &#xD800; &bogus; Šçđ');
  });

  it('takes linear time on a title of nothing but ampersands', () => {
    const start = performance.now();
    const { feed } = normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: '&'.repeat(2_000),
      items: [{ id: '1', summary: '&#'.repeat(5_000) }],
    });
    expect(feed.title.length).to.equal(2_000);
    expect(performance.now() - start).to.be.lessThan(100);
  });
});

describe('dates without a zone', () => {
  it('keep their wall clock and sort as UTC, whatever the visitor zone', async () => {
    clearFeedCache();
    const { feed } = await loadFeed(`${FIXTURES}/floating-dates.json`);
    expect(feed.items.map((i) => i.datePublished)).to.deep.equal([
      '2018-01-06T23:30:00',
      '2018-01-06T08:00:00',
      '2018-01-06T12:00:00Z',
    ]);
    // 23:30 and 08:00 on the day as written, noon UTC between them (the Node tests run the
    // same order in zones far from UTC; a browser's zone cannot be set from a test).
    expect(sortNewestFirst(feed.items).map((i) => i.id)).to.deep.equal([
      'late',
      'zoned',
      'morning',
    ]);
  });
});

describe('HTML to text', () => {
  it('keeps the text after a stray quote in an unquoted attribute', () => {
    expect(stripTags('<a href=http://example.com/">example</a> and more').trim()).to.equal(
      'example  and more',
    );
    expect(stripTags(`<a title= "a > b" b='c'>x</a>`).trim()).to.equal('x');
  });
});

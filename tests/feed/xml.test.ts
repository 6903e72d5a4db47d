import { expect } from '@open-wc/testing';
import {
  FeedError,
  loadFeed,
  normalizeFeed,
  readXmlFeed,
  sniffFeed,
  xmlToJsonFeed,
} from '../../src/feed/index.js';

const FIXTURES = '/tests/fixtures/feeds';

async function reason(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

function thrown(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('sniffFeed', () => {
  for (const [text, type, kind] of [
    ['{"version":1}', 'text/html', 'json'],
    ['\uFEFF  <?xml version="1.0"?><rss version="2.0">', 'text/xml', 'xml'],
    [
      '<?xml version="1.0"?><!-- c --><!DOCTYPE x [<!ENTITY a "<rss>">]><feed xmlns="http://www.w3.org/2005/Atom">',
      '',
      'xml',
    ],
    ['<rdf:RDF xmlns:rdf="…">', 'application/rdf+xml', 'xml'],
    ['<RSS:rss>', 'text/plain', 'xml'],
    ['<!DOCTYPE html><html><head>', 'text/html', 'html'],
    ['<div>hello</div>', '', 'html'],
    ['<urlset xmlns="…">', 'application/xml', 'xml'],
    ['hello', 'text/plain', 'other'],
  ] as const) {
    it(`reads ${JSON.stringify(text.slice(0, 30))} (${type || 'no type'}) as ${kind}`, () =>
      expect(sniffFeed(text, type)).to.equal(kind));
  }
});

describe('RSS and Atom', () => {
  it('reads a WordPress RSS 2.0 feed: types from categories, authors, dates, body image, summary', async () => {
    const { feed, problems } = await loadFeed(`${FIXTURES}/wordpress.xml`);
    expect(problems).to.deep.equal([]);
    expect(feed.title).to.equal('Ministry of Examples – News');
    expect(feed.language).to.equal('en-US');
    expect(feed.feedUrl).to.equal('https://ministry.example/feed/');
    const [visit, statement] = feed.items;
    expect(visit).to.include({
      id: 'https://ministry.example/?p=1042',
      type: 'visit',
      url: 'https://ministry.example/2023/07/11/minister-meets/',
      title: 'Minister meets the NATO liaison officer',
      datePublished: '2023-07-11T08:15:02+00:00',
      language: 'en-US',
    });
    expect(visit.summary).to.match(
      /^The minister received the head of the liaison office\. … Continue reading$/,
    );
    expect(visit.contentHtml).to.contain('<strong>liaison office</strong>');
    expect(visit.image?.src).to.equal(
      'https://ministry.example/wp-content/uploads/2023/07/meeting.jpg',
    );
    expect(visit.tags).to.deep.equal(['Defence']);
    expect(visit.authors).to.deep.equal([{ name: 'Press Office', url: undefined }]);
    expect(statement.type).to.equal('statement');
    expect(statement.htmlText).to.equal('The ministry welcomes the exercise & its results.');
  });

  it('reads Atom: xml:base, xhtml and html content, inherited authors, updated as the date', async () => {
    const { feed } = await loadFeed(`${FIXTURES}/atom-blog.xml`);
    expect(feed.title).to.equal('Jekyll & friends');
    expect(feed.homePageUrl).to.equal('https://blog.example/');
    expect(feed.feedUrl).to.equal('https://blog.example/feed.xml');
    const [first, second] = feed.items;
    expect(first).to.include({
      id: 'tag:blog.example,2023:/xhtml-post',
      type: 'quote',
      url: 'https://blog.example/2023/07/xhtml-post.html',
      datePublished: '2023-07-09T10:00:00+02:00',
      dateModified: '2023-07-09T11:00:00+02:00',
      language: 'en-GB',
    });
    expect(first.contentHtml).to.contain('<em>xhtml</em>');
    expect(first.image?.src).to.equal('https://blog.example/2023/07/pic.png');
    expect(first.tags).to.deep.equal(['Defence']);
    expect(first.authors).to.deep.equal([
      { name: 'Ana Author', url: 'https://blog.example/about/' },
    ]);
    expect(second.datePublished).to.equal('2023-07-01T09:00:00Z');
    expect(second.htmlText).to.equal('Only a summary, in HTML');
    expect(second.authors).to.deep.equal([{ name: 'Bob Guest', url: undefined }]);
  });

  it('reads RSS 1.0 (RDF) with Dublin Core', async () => {
    const { feed } = await loadFeed(`${FIXTURES}/rdf.xml`);
    expect(feed.language).to.equal('sr-Latn');
    expect(feed.items[0]).to.include({
      id: 'https://old.example/1',
      url: 'https://old.example/1',
      datePublished: '2023-07-08T08:00:00+02:00',
    });
    expect(feed.items[0].authors).to.deep.equal([{ name: 'Jovana', url: undefined }]);
    expect(feed.items[0].tags).to.deep.equal(['odbrana']);
  });

  it('reads namespaces by URI, whatever their prefix', () => {
    const xml = `<rss xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:d="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
      <item><guid>1</guid><title>x</title><c:encoded>&lt;p&gt;body&lt;/p&gt;</c:encoded><d:creator>Who</d:creator></item></channel></rss>`;
    const { feed } = normalizeFeed(readXmlFeed(xml));
    expect(feed.items[0]).to.deep.include({
      contentHtml: '<p>body</p>',
      authors: [{ name: 'Who', url: undefined }],
    });
  });

  it('uses the DOMParser it is given, and maps any parsed Document', () => {
    let calls = 0;
    class Counting extends DOMParser {
      override parseFromString(text: string, type: DOMParserSupportedType): Document {
        calls++;
        return super.parseFromString(text, type);
      }
    }
    readXmlFeed('<rss><channel><title>t</title></channel></rss>', { DOMParser: Counting });
    expect(calls).to.equal(1);
    const doc = new DOMParser().parseFromString(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>',
      'application/xml',
    );
    expect(xmlToJsonFeed(doc)).to.deep.include({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'A',
      items: [],
    });
  });

  it('names the line where a feed stops being well-formed', () => {
    const error = thrown(() =>
      readXmlFeed('<?xml version="1.0"?>\n<rss>\n<channel>\n<title>x</channel></rss>'),
    );
    expect(error.reason).to.equal('parse');
    expect(error.line).to.equal(4);
    expect(error.message).to.contain('line 4');
  });

  it('says an XML document that is no feed is not one', async () => {
    expect(thrown(() => readXmlFeed('<urlset><url/></urlset>')).message).to.contain(
      'root element is <urlset>',
    );
  });

  it('does nothing with an entity-expansion bomb: fast, and no expanded text', () => {
    const lol = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lol.join('\n')}\n]>\n<rss><channel><title>&lol9;</title></channel></rss>`;
    const start = performance.now();
    const error = thrown(() => readXmlFeed(bomb));
    expect(performance.now() - start).to.be.below(1000);
    expect(error.reason).to.equal('parse');
    expect(error.message.length).to.be.below(400);
  });

  it('does nothing with an external entity: no fetch, no file, the doctype is gone', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "/__mlo/never">]>
      <rss><channel><title>&xxe;&web;</title></channel></rss>`;
    expect(thrown(() => readXmlFeed(xxe)).reason).to.equal('parse');
    // Declared but unused: refused all the same, before any parser sees it.
    const unused = xxe.replace('&xxe;&web;', 'Safe');
    expect(thrown(() => readXmlFeed(unused)).message).to.contain('DOCTYPE declares entities');
  });

  it('tells the truth about an HTML page', async () => {
    const html = await reason(loadFeed('/__mlo/html'));
    expect(html.reason).to.equal('not-json');
    expect(html.message).to.contain('web page (HTML)');
  });
});

describe('DOCTYPEs and what comes before <?xml', () => {
  it('refuses entities declared in the first of two DOCTYPEs (Firefox expanded them)', () => {
    const lol = ['<!ENTITY a "' + 'x'.repeat(400) + '">'];
    for (const [name, of] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ])
      lol.push(`<!ENTITY ${name} "${`&${of};`.repeat(10)}">`);
    const feed = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lol.join('\n')}\n]>\n<!DOCTYPE rss>\n<rss version="2.0"><channel><title>&e;</title><item><guid>1</guid><title>&e;</title></item></channel></rss>`;
    const start = performance.now();
    const error = thrown(() => readXmlFeed(feed));
    expect(performance.now() - start).to.be.below(1000);
    expect(error.reason).to.equal('parse');
    expect(error.message).to.contain('DOCTYPE declares entities');
    expect(error.line).to.equal(2);
    // The other order, and a lower-case or second declaration of any kind: refused too.
    const swapped = feed
      .replace('<!DOCTYPE rss>\n', '')
      .replace('<?xml version="1.0"?>', '$&<!DOCTYPE x>');
    expect(thrown(() => readXmlFeed(swapped)).message).to.contain('DOCTYPE declares entities');
  });

  it("blanks every DOCTYPE without a subset: RSS 0.91's public one reads, lines kept", async () => {
    const { feed } = await loadFeed(`${FIXTURES}/rss-091-doctype.xml`);
    expect(feed.title).to.equal('Old Netscape channel');
    expect(feed.items[0].title).to.equal('First story');
    const two =
      '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//x//EN"\n "a.dtd">\n<!DOCTYPE rss>\n<rss>\n<channel>\n<title>x</channel></rss>';
    expect(thrown(() => readXmlFeed(two)).line).to.equal(7);
  });

  it('refuses a parsed document that still has a doctype', () => {
    // Whatever the prolog scan missed: a parser that reads a doctype the text did not show.
    class Leaky {
      parseFromString() {
        return new DOMParser().parseFromString(
          '<!DOCTYPE rss><rss version="2.0"><channel><title>T</title></channel></rss>',
          'application/xml',
        );
      }
    }
    expect(thrown(() => readXmlFeed('<rss/>', { DOMParser: Leaky })).message).to.contain(
      'a DOCTYPE reached the XML parser',
    );
  });

  it('forgives a byte-order mark and blank lines before <?xml; error lines match the file', () => {
    const feed = `\uFEFF\n \n\t<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Blank</title></channel></rss>`;
    expect(normalizeFeed(readXmlFeed(feed)).feed.title).to.equal('Blank');
    const broken = '\n\n<?xml version="1.0"?>\n<rss>\n<channel>\n<title>x</channel></rss>';
    expect(thrown(() => readXmlFeed(broken)).line).to.equal(6);
    expect(sniffFeed(broken, '')).to.equal('xml');
  });
});

import { expect } from '@open-wc/testing';
import { decodeFeed, FeedError, loadFeed } from '../../src/feed/index.js';

// Through the fault server, which sends a file's bytes as they are (the dev server's static
// files are read as UTF-8 text, which would spoil every other encoding).
const bytesOf = async (name: string) =>
  new Uint8Array(await (await fetch(`/__mlo/fixture/${name}`)).arrayBuffer());
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

function refused(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('decodeFeed', () => {
  it('UTF-8 when nothing is declared', () => {
    expect(decodeFeed(utf8('{"title":"Вести"}'))).to.deep.equal({
      text: '{"title":"Вести"}',
      encoding: 'utf-8',
      source: 'default',
    });
  });

  it('a byte-order mark decides, and is dropped: UTF-8, UTF-16LE, UTF-16BE', () => {
    const text = '<?xml version="1.0"?><rss/>';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i);
      be[3 + i * 2] = text.charCodeAt(i);
    }
    for (const [bytes, encoding] of [
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8'],
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      // The mark beats a Content-Type that says otherwise, as in browsers.
      expect(decodeFeed(bytes, 'text/xml; charset=windows-1251')).to.deep.equal({
        text,
        encoding,
        source: 'bom',
      });
    }
  });

  it("the Content-Type's charset beats the XML declaration", () => {
    const bytes = ascii('<?xml version="1.0" encoding="windows-1251"?><t>\xc2\xe5\xf1\xf2\xe8</t>');
    expect(decodeFeed(bytes, 'application/rss+xml; charset="KOI8-R"')).to.include({
      encoding: 'koi8-r',
      source: 'header',
    });
    expect(decodeFeed(bytes, 'application/rss+xml').text).to.contain('<t>Вести</t>');
    expect(decodeFeed(bytes, 'application/rss+xml;charset=windows-1251')).to.include({
      source: 'header',
    });
  });

  it('the XML declaration, read as ASCII, after blank lines too', () => {
    const bytes = ascii(
      "\n\n<?xml version='1.0' encoding='windows-1251' ?>\n<t>\xc2\xe5\xf1\xf2\xe8</t>",
    );
    expect(decodeFeed(bytes)).to.deep.equal({
      text: "\n\n<?xml version='1.0' encoding='windows-1251' ?>\n<t>Вести</t>",
      encoding: 'windows-1251',
      source: 'xml-declaration',
    });
    // Not a declaration: an element that happens to have an `encoding` attribute.
    expect(decodeFeed(ascii('<rss encoding="koi8-r"/>')).source).to.equal('default');
  });

  it('UTF-16 without a byte-order mark, from the `<` of the declaration (XML appendix F)', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><t>新闻</t>';
    const le = new Uint8Array(text.length * 2);
    const view = new DataView(le.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true);
    expect(decodeFeed(le)).to.deep.equal({ text, encoding: 'utf-16le', source: 'xml-declaration' });
    const be = le.map((_, i) => le[i ^ 1]);
    expect(decodeFeed(be)).to.deep.equal({ text, encoding: 'utf-16be', source: 'xml-declaration' });
  });

  it('a declaration of UTF-16 in bytes read as ASCII is UTF-8 (they cannot be UTF-16)', () => {
    expect(decodeFeed(utf8('<?xml version="1.0" encoding="UTF-16"?><t>é</t>'))).to.include({
      text: '<?xml version="1.0" encoding="UTF-16"?><t>é</t>',
      encoding: 'utf-8',
    });
  });

  it('WHATWG labels: ISO-8859-1 is windows-1252, GB2312 is GBK', () => {
    expect(decodeFeed(ascii('<?xml version="1.0" encoding="ISO-8859-1"?>\x92\x80')).text).to.match(
      /’€$/,
    );
    expect(decodeFeed(ascii('<?xml version="1.0" encoding="GB2312"?>\xd0\xc2')).encoding).to.equal(
      'gbk',
    );
  });

  for (const [name, encoding, text] of [
    ['enc-windows-1251.xml', 'windows-1251', 'Министар обишао јединице на југу'],
    ['enc-koi8-r.xml', 'koi8-r', 'Ёлка, щука и съезд'],
    ['enc-gb2312.xml', 'gbk', '国务院召开常务会议'],
    ['enc-euc-kr.xml', 'euc-kr', '장관, 현장 방문'],
    ['enc-big5.xml', 'big5', '行政院會議決議'],
    ['enc-shift_jis.xml', 'shift_jis', '防災訓練のお知らせ'],
    ['enc-iso-8859-1.xml', 'windows-1252', 'Entrée libre – café 2 €.'],
    ['enc-utf-16le-bom.xml', 'utf-16le', 'Министар обишао јединице на југу'],
    ['enc-utf-16be.xml', 'utf-16be', '国务院召开常务会议'],
  ] as const) {
    it(`reads ${name} as ${encoding}`, async () => {
      const decoded = decodeFeed(await bytesOf(name));
      expect(decoded.encoding).to.equal(encoding);
      expect(decoded.text).to.contain(text);
      expect(decoded.text).not.to.contain('\uFFFD');
    });
  }

  it('an encoding nobody knows is a clear error, from either place', () => {
    const declared = refused(() => decodeFeed(ascii('<?xml version="1.0" encoding="x-klingon"?>')));
    expect(declared.reason).to.equal('parse');
    expect(declared.message).to.contain('Unknown encoding "x-klingon" (from the xml-declaration)');
    const header = refused(() => decodeFeed(ascii('{}'), 'application/json; charset=ebcdic'));
    expect(header.message).to.contain('"ebcdic" (from the header)');
    // A WHATWG label of the "replacement" encoding is no better: nothing could be read.
    expect(
      refused(() => decodeFeed(ascii('<x/>'), 'text/xml; charset=iso-2022-kr')).reason,
    ).to.equal('parse');
  });
});

describe('loadFeed: the encoding of a real response', () => {
  it('decodes by the charset of the Content-Type: application/rss+xml; charset=windows-1251', async () => {
    const type = encodeURIComponent('application/rss+xml; charset=windows-1251');
    const { feed } = await loadFeed(`/__mlo/fixture/enc-windows-1251-undeclared.xml?type=${type}`);
    expect(feed.title).to.equal('Министарство одбране – Вести');
    expect(feed.items.map((item) => item.title)).to.deep.equal([
      'Министар обишао јединице на југу',
      'Саопштење за јавност',
    ]);
  });

  it('decodes by the XML declaration when the server says nothing', async () => {
    const { feed } = await loadFeed(`/__mlo/fixture/enc-gb2312.xml?type=text%2Fxml`);
    expect(feed.title).to.equal('新闻中心');
  });

  it('reads UTF-16 and a UTF-8 byte-order mark before <?xml', async () => {
    for (const name of ['enc-utf-16le-bom.xml', 'enc-utf-16be.xml', 'enc-utf-8-bom.xml']) {
      const { feed } = await loadFeed(`/__mlo/fixture/${name}`);
      expect(feed.items.length, name).to.equal(2);
    }
  });

  it('honours a charset for JSON too', async () => {
    const { feed } = await loadFeed(
      `/__mlo/fixture/enc-windows-1251.json?type=${encodeURIComponent('application/feed+json; charset=windows-1251')}`,
    );
    expect(feed.title).to.equal('Вести');
  });

  it('refuses an encoding nobody knows, as a parse error', async () => {
    const error = await loadFeed('/__mlo/fixture/enc-unknown.xml').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).reason).to.equal('parse');
    expect((error as FeedError).message).to.contain('x-klingon');
  });
});

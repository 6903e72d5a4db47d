// Encodings, byte-order marks, blank lines before `<?xml` and DOCTYPEs in the command: files and
// URLs are decoded by the widgets' own rule (src/feed/decode.ts), and validate says what it did.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { api, cli, cliAsync, fixture } from './helpers.mjs';

const validate = (...args) => {
  const run = cli('validate', ...args, '--json');
  return { ...run, report: JSON.parse(run.stdout) };
};
const convert = (...args) => {
  const run = cli('convert', ...args);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout);
};
const notes = (report) => report.entries.filter((e) => e.severity === 'note');

describe('mlo-newsroom: declared encodings', () => {
  for (const [name, encoding, title, itemTitle] of [
    [
      'enc-windows-1251.xml',
      'windows-1251',
      'Министарство одбране – Вести',
      'Саопштење за јавност',
    ],
    ['enc-koi8-r.xml', 'koi8-r', 'Новости. Пожарная часть', 'Учения в среду'],
    ['enc-gb2312.xml', 'gbk', '新闻中心', '今日天气：北京晴'],
    ['enc-euc-kr.xml', 'euc-kr', '보도자료', '장관, 현장 방문'],
    ['enc-big5.xml', 'big5', '新聞稿', '行政院會議決議'],
    ['enc-shift_jis.xml', 'shift_jis', 'お知らせ', '防災訓練のお知らせ'],
    // ISO-8859-1 is windows-1252 to browsers: 0x92 is ’, not a C1 control.
    [
      'enc-iso-8859-1.xml',
      'windows-1252',
      'Actualités – Mairie',
      'Fête de la musique à l’hôtel de ville',
    ],
    ['enc-utf-16le-bom.xml', 'utf-16le', 'Министарство одбране – Вести', 'Саопштење за јавност'],
    ['enc-utf-16be.xml', 'utf-16be', '新闻中心', '今日天气：北京晴'],
  ]) {
    it(`${name}: read as ${encoding}, said in a note, converted to the same text`, () => {
      const { code, report } = validate(fixture(name));
      assert.equal(code, 0, JSON.stringify(report.entries));
      assert.equal(report.encoding, encoding);
      const note = notes(report).find((e) => e.message.includes(encoding));
      assert.ok(note, JSON.stringify(report.entries));
      assert.equal(report.items.shown, report.items.total);
      const feed = convert(fixture(name));
      assert.equal(feed.title, title);
      assert.ok(
        feed.items.some((item) => item.title === itemTitle),
        feed.items.map((i) => i.title).join(),
      );
      assert.ok(!JSON.stringify(feed).includes('\uFFFD'));
    });
  }

  it('the euro sign and quotes of an ISO-8859-1 feed are the ones browsers show', () => {
    const feed = convert(fixture('enc-iso-8859-1.xml'));
    assert.match(JSON.stringify(feed.items[0]), /Entrée libre – café 2 €\./);
  });

  it('a UTF-8 byte-order mark before <?xml is read, with no note', () => {
    const { code, report } = validate(fixture('enc-utf-8-bom.xml'));
    assert.equal(code, 0, JSON.stringify(report.entries));
    assert.equal(report.encoding, 'utf-8');
    assert.deepEqual(notes(report), []);
    assert.equal(convert(fixture('enc-utf-8-bom.xml')).title, 'Министарство одбране – Вести');
  });

  it('blank lines before <?xml are forgiven, with a note; item lines still match the file', () => {
    const { code, report } = validate(fixture('enc-blank-lines.xml'));
    assert.equal(code, 0, JSON.stringify(report.entries));
    const note = notes(report).find((e) => /before <\?xml/.test(e.message));
    assert.ok(note, JSON.stringify(report.entries));
    assert.equal(convert(fixture('enc-blank-lines.xml')).title, 'Actualités – Mairie');
    const text = cli('validate', fixture('enc-blank-lines.xml')).stdout;
    assert.match(text, /before <\?xml/);
  });

  it('item lines are the lines of the file, whatever came before <?xml', async () => {
    const { readFeed, readSource } = await api();
    const path = fixture('enc-blank-lines.xml');
    const lines = readFileSync(path, 'utf8').split('\n');
    const expected = lines.flatMap((line, i) => (line.trim() === '<item>' ? [i + 1] : []));
    assert.deepEqual(readFeed(await readSource(path)).lines, expected);
    assert.deepEqual(expected, [9]);
  });

  it('an encoding nobody knows: exit 2, with its name', () => {
    const run = validate(fixture('enc-unknown.xml'));
    assert.equal(run.code, 2);
    assert.match(run.report.fatal.message, /encoding "x-klingon"/);
    const plain = cli('convert', fixture('enc-unknown.xml'));
    assert.equal(plain.code, 2);
    assert.match(plain.stderr, /x-klingon/);
  });

  it('characters that could not be decoded are a warning, counted, never silent', () => {
    const { code, report } = validate(fixture('enc-mislabelled.xml'));
    assert.equal(code, 1);
    const warning = report.entries.find((e) => e.severity === 'warning');
    assert.match(warning.message, /^5 characters could not be decoded as utf-8/);
    assert.equal(warning.path, '$');
  });

  it('U+FFFD written in a UTF-8 feed is not counted as undecodable; a stray byte is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlo-enc-'));
    const path = join(dir, 'fffd.xml');
    const [head, tail] = [
      '<?xml version="1.0"?><rss version="2.0"><channel><title>A \uFFFD B \uFFFD',
      '</title><item><guid>1</guid><title>x</title></item></channel></rss>',
    ].map((text) => Buffer.from(text));
    writeFileSync(path, Buffer.concat([head, Buffer.from([0xff]), tail]));
    const { code, report } = validate(path);
    assert.equal(code, 1);
    assert.match(report.entries[0].message, /^1 character could not be decoded as utf-8/);
    writeFileSync(path, Buffer.concat([head, tail]));
    assert.equal(validate(path).code, 0);
  });
});

describe('mlo-newsroom: DOCTYPEs', () => {
  it("RSS 0.91's public DOCTYPE still reads", () => {
    const { code, report } = validate(fixture('rss-091-doctype.xml'));
    assert.ok(code < 2, JSON.stringify(report.entries));
    assert.equal(convert(fixture('rss-091-doctype.xml')).title, 'Old Netscape channel');
  });

  it('a DOCTYPE with an internal subset refuses the feed, whichever DOCTYPE it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlo-doctype-'));
    const path = join(dir, 'two.xml');
    writeFileSync(
      path,
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaa">]>\n<!DOCTYPE x>\n<rss version="2.0"><channel><title>&a;</title></channel></rss>',
    );
    const run = validate(path);
    assert.equal(run.code, 2);
    assert.match(run.report.fatal.message, /DOCTYPE/);
    assert.match(validate(fixture('billion-laughs.xml')).report.fatal.message, /DOCTYPE/);
  });
});

describe('mlo-newsroom: the Content-Type of a URL', () => {
  let server;
  let origin;
  before(async () => {
    server = createServer((req, res) => {
      const [name, charset] = req.url.slice(1).split('/');
      res.writeHead(200, { 'Content-Type': `application/rss+xml; charset=${charset}` });
      res.end(readFileSync(fixture(name)));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('charset=windows-1251 decodes a feed whose declaration says nothing', async () => {
    const run = await cliAsync('convert', `${origin}/enc-windows-1251-undeclared.xml/windows-1251`);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).title, 'Министарство одбране – Вести');
    const checked = await cliAsync(
      'validate',
      `${origin}/enc-windows-1251-undeclared.xml/windows-1251`,
      '--json',
    );
    const report = JSON.parse(checked.stdout);
    assert.equal(report.encoding, 'windows-1251');
    assert.match(notes(report)[0].message, /Content-Type/);
  });

  it('the header wins over the declaration, as in browsers, and the damage is reported', async () => {
    const checked = await cliAsync('validate', `${origin}/enc-windows-1251.xml/utf-8`, '--json');
    const report = JSON.parse(checked.stdout);
    assert.equal(checked.code, 1);
    assert.equal(report.encoding, 'utf-8');
    assert.match(
      report.entries.find((e) => e.severity === 'warning').message,
      /could not be decoded as utf-8/,
    );
  });
});

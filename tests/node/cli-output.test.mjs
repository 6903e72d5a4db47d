// What the command prints for a person: never a feed's control characters (#23), and numeric
// flags that are not numbers refused rather than read as no limit.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { built, cli, demoFeedPath } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mlo-cli-output-'));
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** What a hostile feed puts in a string: clear the screen, write the clipboard, set the title. */
const ESCAPES = '\x1b[2J\x1b]52;c;aGVsbG8=\x07\x1b]0;pwned\x07\u009b31m\x00\x7f\t\r\n';
const bad = (text) => `${text}${ESCAPES}`;
/** A control character other than the newline that ends a line (C0, DEL, C1). */
const RAW = /(?!\n)\p{Cc}/u;
/** A newline the feed put inside a line, forging a line of its own. */
const FORGED = /^Result: 0 errors/m;

const hostileJson = file(
  'hostile.json',
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: bad('T'),
    language: bad('sr'),
    home_page_url: `https://a.example/${bad('p')}`,
    items: [
      {
        id: bad('a'),
        title: bad('t'),
        language: bad('en'),
        url: bad('javascript:x'),
        content_text: 'x',
        date_published: bad('2020'),
      },
      { id: `b\nResult: 0 errors, 0 warnings, 0 notes (exit code 0).${ESCAPES}` },
      { id: bad('c'), content_text: 'y', _mlo: { type: bad('zz'), keep: [1] } },
    ],
  }),
);
// Not well-formed: the parser's message quotes the element name, a C1 CSI and an ESC [2J in it.
const hostileXml = file(
  'hostile.xml',
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${bad('T')}</title>` +
    `<\u009bbad\x1b[2J></channel></rss>`,
);

const assertClean = (run, what) => {
  assert.doesNotMatch(run.stdout, RAW, `${what}: stdout`);
  assert.doesNotMatch(run.stderr, RAW, `${what}: stderr`);
  assert.doesNotMatch(run.stdout + run.stderr, FORGED, `${what}: a forged line`);
};

describe('mlo-newsroom: no control character of a feed reaches the terminal', () => {
  it('validate: ids, titles, languages, URLs and dates shown in visible notation', () => {
    const run = cli('validate', hostileJson);
    assert.equal(run.code, 1);
    assertClean(run, 'validate');
    // Shown, not dropped: the reader can see what the feed holds.
    assert.ok(run.stdout.includes('\\x1b[2J\\x1b]52;c;aGVsbG8=\\x07\\x1b]0;pwned\\x07\\u009b31m'));
    assert.ok(run.stdout.includes('\\x00\\x7f\\x09\\x0d\\x0a'));
    assert.match(run.stdout, /\$\.items\[1\] \(id "b\\x0aResult: 0 errors/);
  });

  it('validate --json and convert: the same JSON values, with DEL and C1 escaped too', () => {
    const json = cli('validate', hostileJson, '--json');
    assert.equal(json.code, 1);
    assertClean(json, 'validate --json');
    const report = JSON.parse(json.stdout);
    assert.ok(report.skipped.some((s) => s.id.endsWith(ESCAPES)));
    const converted = cli('convert', hostileJson);
    assert.equal(converted.code, 0);
    assertClean(converted, 'convert');
    const feed = JSON.parse(converted.stdout);
    assert.equal(feed.title, bad('T'));
    assert.equal(feed.items[0].id, bad('a'));
  });

  it("a parser's message, on stdout (validate) and stderr (convert, render)", () => {
    const validate = cli('validate', hostileXml);
    assert.equal(validate.code, 2);
    assertClean(validate, 'validate');
    assert.match(validate.stdout, /cannot be read: .*\\u009bbad/);
    for (const args of [['convert'], ['render', '--element', 'mlo-news-list']]) {
      const run = cli(...args, hostileXml);
      assert.equal(run.code, 2);
      assertClean(run, args[0]);
      assert.match(run.stderr, /^mlo-newsroom: .*\\u009bbad.*\n$/);
    }
  });

  it('render: no control character in the HTML it prints, in text, attributes or inline JSON', () => {
    for (const element of ['mlo-news-list', 'mlo-article', 'mlo-search']) {
      const run = cli('render', hostileJson, '--element', element, '--json-ld');
      assert.equal(run.code, 0, run.stderr);
      // Tab, line feed and carriage return are HTML's own white space; nothing else.
      assert.doesNotMatch(run.stdout, /(?![\t\n\r\f])\p{Cc}/u, element);
      assert.doesNotMatch(run.stderr, RAW, `${element}: stderr`);
      const inline = /<script type="application\/json">(.*?)<\/script>/s.exec(run.stdout)?.[1];
      // The data itself is kept, as escapes the browser's JSON.parse reads back.
      assert.ok(
        JSON.parse(inline ?? 'null').items.some((item) => item.id === bad('a')),
        element,
      );
    }
  });

  it('usage errors quoting what was typed', () => {
    // A process argument cannot hold NUL: the rest of the escapes.
    const typed = `x${ESCAPES.replace('\x00', '')}`;
    const lang = cli('render', hostileJson, '--element', 'mlo-quote', '--lang', typed);
    assert.equal(lang.code, 2);
    assertClean(lang, '--lang');
    assert.match(lang.stderr, /--lang must be .*\(got "x\\x1b\[2J/);
    const unknown = cli(typed, hostileJson);
    assert.equal(unknown.code, 2);
    assertClean(unknown, 'unknown command');
  });
});

/** Runs the command in this process (nothing is read before the flags are checked). */
async function inProcess(...args) {
  const { main } = await import(`${built}/cli.js`);
  const text = { out: '', err: '' };
  const stream = (key) => ({ write: (chunk) => ((text[key] += chunk), true) });
  const code = await main(args, { out: stream('out'), err: stream('err') });
  return { code, stdout: text.out, stderr: text.err };
}

describe('mlo-newsroom: numeric flags', () => {
  const flags = [
    ['validate', '--timeout'],
    ['validate', '--max-bytes'],
    ['convert', '--timeout'],
    ['convert', '--max-bytes'],
    ['render', '--limit'],
  ];
  const notNumbers = ['abc', '-5', '1e999', '', '0', '1.5', ' 5', '0x10', '5MB', 'Infinity', '1e3'];

  it('exit 2 with a message for anything but a whole number within bounds', async () => {
    for (const [command, flag] of flags) {
      for (const value of notNumbers) {
        const extra = command === 'render' ? ['--element', 'mlo-news-list'] : [];
        const run = await inProcess(command, demoFeedPath, ...extra, `${flag}=${value}`);
        const what = `${command} ${flag}=${JSON.stringify(value)}`;
        assert.equal(run.code, 2, what);
        assert.equal(run.stdout, '', what);
        assert.match(
          run.stderr,
          new RegExp(`^${flag} must be a whole number of \\w+ from 1 to`),
          what,
        );
      }
      // The value as its own argument: one that starts with a dash is refused by the parser.
      const run = await inProcess(command, demoFeedPath, flag, '-5');
      assert.equal(run.code, 2, `${command} ${flag} -5`);
    }
    const huge = await inProcess('validate', demoFeedPath, '--timeout', '2147483648');
    assert.equal(huge.code, 2);
  });

  it('whole numbers work, and the byte cap is a cap', () => {
    assert.equal(cli('validate', demoFeedPath, '--timeout', '5000').code, 0);
    const capped = cli('validate', demoFeedPath, '--max-bytes', '100');
    assert.equal(capped.code, 2);
    assert.match(capped.stdout, /larger than/);
    const limited = cli('render', demoFeedPath, '--element', 'mlo-news-list', '--limit', '2');
    assert.equal(limited.code, 0);
    assert.match(limited.stdout, /limit="2"/);
  });
});

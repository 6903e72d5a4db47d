// `mlo-newsroom validate`: the report and its exit codes (0 clean, 1 problems, 2 unreadable).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, cliAsync, demoFeedPath, fixture } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mlo-validate-'));
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, typeof text === 'string' ? text : JSON.stringify(text));
  return path;
};
const feed = (items, extra = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Test',
  items,
  ...extra,
});
const json = (...args) => {
  const run = cli('validate', ...args, '--json');
  return { ...run, report: JSON.parse(run.stdout) };
};
const jsonAsync = async (...args) => {
  const run = await cliAsync('validate', ...args, '--json');
  return { ...run, report: JSON.parse(run.stdout) };
};

describe('mlo-newsroom validate', () => {
  it('exit 0 for the demo feed, with counts per widget and type', () => {
    const { code, report } = json(demoFeedPath);
    assert.equal(code, 0);
    assert.equal(report.exitCode, 0);
    assert.deepEqual(report.items, { total: 14, shown: 14, skipped: 0 });
    assert.deepEqual(report.types, { article: 2, statement: 1, quote: 6, visit: 5 });
    assert.equal(report.widgets['mlo-news-list'], 8);
    assert.equal(report.widgets['mlo-quote'], 6);
    assert.equal(report.widgets['mlo-contact-card'], 2);
    assert.deepEqual(report.entries, []);
  });

  it('exit 1 when items are skipped: which, why, and their JSON paths', () => {
    const { code, report, stdout } = json(fixture('skips.json'));
    assert.equal(code, 1);
    assert.deepEqual(
      report.skipped.map((s) => s.index),
      [3, 7],
    );
    assert.match(report.skipped[1].reasons[0], /no title, text, image or attachment/);
    const errors = report.entries.filter((e) => e.severity === 'error');
    assert.deepEqual(
      errors.map((e) => e.path),
      ['$.items[3]', '$.items[7]'],
    );
    assert.ok(errors[1].hint);
    assert.ok(stdout.length > 0);
  });

  it('exit 1 when a field is dropped; the path names the field, with a hint', () => {
    const path = file(
      'bad-date.json',
      feed([{ id: 'a', title: 'A', date_published: 'yesterday', tags: ['x', 5] }]),
    );
    const { code, report } = json(path);
    assert.equal(code, 1);
    const paths = report.entries.map((e) => e.path);
    assert.ok(paths.includes('$.items[0].date_published'), paths.join());
    assert.ok(paths.includes('$.items[0].tags'), paths.join());
    const date = report.entries.find((e) => e.path === '$.items[0].date_published');
    assert.equal(date.severity, 'warning');
    assert.match(date.hint, /RFC 3339/);
    assert.deepEqual(report.skipped, []);
  });

  it('exit 0 with notes only (JSON Feed 1.0, author, an RFC 2822 date); --strict makes them count', () => {
    const path = file(
      'old.json',
      feed(
        [
          {
            id: 'a',
            title: 'A',
            author: { name: 'X' },
            date_published: 'Mon, 10 Jul 2023 09:00:00 +0200',
          },
        ],
        {
          version: 'https://jsonfeed.org/version/1',
        },
      ),
    );
    const { code, report } = json(path);
    assert.equal(code, 0);
    assert.ok(report.entries.length >= 3);
    assert.ok(report.entries.every((e) => e.severity === 'note'));
    assert.equal(cli('validate', path, '--strict').code, 1);
  });

  it('a person-readable report by default', () => {
    const { code, stdout } = cli('validate', fixture('skips.json'));
    assert.equal(code, 1);
    assert.match(stdout, /Skipped items:/);
    assert.match(stdout, /\$\.items\[7\] \(id "empty"\)/);
    assert.match(stdout, /mlo-news-list\s+12 items/);
    assert.match(stdout, /exit code 1/);
  });

  it("RSS and Atom are read by the widgets' mapping, problems carry the item's XML line", () => {
    assert.equal(json(fixture('wordpress.xml')).code, 0);
    const path = file(
      'rss.xml',
      `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n<item><title>One</title><guid>1</guid></item>\n\n<item><guid>2</guid><title>Two</title><pubDate>not a date</pubDate></item>\n</channel></rss>`,
    );
    const { code, report } = json(path);
    assert.equal(code, 1);
    assert.equal(report.format, 'xml');
    const date = report.entries.find((e) => e.path === '$.items[1].date_published');
    assert.equal(date?.line, 5);
  });

  it('exit 2 when the feed cannot be read: not JSON, not well-formed (with the line), an entity bomb, no file, a web page', () => {
    assert.equal(json(file('cut.json', '{"version":')).code, 2);
    const xml = json(
      file('bad.xml', '<rss version="2.0"><channel>\n<item><title>a</item>\n</channel></rss>'),
    );
    assert.equal(xml.code, 2);
    assert.equal(xml.report.fatal.reason, 'parse');
    assert.equal(xml.report.fatal.line, 2);
    assert.equal(json(fixture('billion-laughs.xml')).code, 2);
    assert.equal(json(fixture('external-entity.xml')).code, 2);
    assert.equal(json(join(dir, 'missing.json')).code, 2);
    const html = json(file('page.html', '<!doctype html><html><body>Hi</body></html>'));
    assert.equal(html.code, 2);
    assert.equal(html.report.fatal.reason, 'not-json');
    assert.equal(json(file('array.json', '[1,2]')).report.fatal.reason, 'schema');
  });

  it('exit 2 for wrong usage', () => {
    assert.equal(cli('validate').code, 2);
    assert.equal(cli('frobnicate', demoFeedPath).code, 2);
    assert.equal(cli('validate', demoFeedPath, '--nope').code, 2);
  });

  describe('over HTTP', () => {
    let server;
    let origin;
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/feed.json') {
          res.writeHead(200, { 'Content-Type': 'application/feed+json' });
          return res.end(JSON.stringify(feed([{ id: '1', title: 'Hi', url: 'a.html' }])));
        }
        // A paged archive: /page-1.json → 2 → 3; /loop-1.json → 2 → 1; /dup-2.json repeats an id.
        const paged = /^\/(page|loop|dup)-(\d)\.json$/.exec(req.url);
        if (paged) {
          const [, kind, n] = paged;
          const next =
            kind === 'loop'
              ? n === '1'
                ? 'loop-2.json'
                : 'loop-1.json'
              : n < 3
                ? `${kind}-${+n + 1}.json`
                : undefined;
          const id = kind === 'dup' && n === '2' ? 'f1' : `f${n}`;
          res.writeHead(200, { 'Content-Type': 'application/feed+json' });
          return res.end(JSON.stringify(feed([{ id, title: `File ${n}` }], { next_url: next })));
        }
        if (req.url === '/slow.json') return setTimeout(() => res.end('{}'), 3000);
        if (req.url === '/big.json') {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          return res.end(JSON.stringify(feed([{ id: '1', title: 'x'.repeat(5000) }])));
        }
        res.writeHead(404);
        res.end();
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      origin = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('--follow walks the archive through next_url, and reports loops and repeated ids', async () => {
      const all = await jsonAsync(`${origin}/page-1.json`, '--follow');
      assert.equal(all.code, 0);
      assert.deepEqual(
        all.report.files.map((f) => f.url),
        [1, 2, 3].map((n) => `${origin}/page-${n}.json`),
      );
      const two = await jsonAsync(`${origin}/page-1.json`, '--follow', '2');
      assert.equal(two.report.files.length, 2);
      assert.match(two.report.entries.at(-1).message, /stopped after 2 files/);
      const loop = await jsonAsync(`${origin}/loop-1.json`, '--follow');
      assert.equal(loop.report.files.length, 2);
      assert.match(loop.report.entries.at(-1).message, /a loop/);
      const dup = await jsonAsync(`${origin}/dup-1.json`, '--follow');
      assert.equal(dup.code, 1);
      assert.match(
        dup.report.entries.find((e) => e.severity === 'error').message,
        /"f1" is the id of an item in file 1/,
      );
      const text = await cliAsync('validate', `${origin}/page-1.json`, '--follow');
      assert.match(text.stdout, /archive: 3 files through next_url, 3 items/);
    });

    it('reads a URL', async () => {
      assert.equal((await jsonAsync(`${origin}/feed.json`)).code, 0);
    });
    it('exit 2 on 404, on the timeout and over the size cap', async () => {
      const missing = await jsonAsync(`${origin}/none.json`);
      assert.equal(missing.code, 2);
      assert.match(missing.report.fatal.message, /404/);
      const slow = await jsonAsync(`${origin}/slow.json`, '--timeout', '300');
      assert.equal(slow.code, 2);
      assert.match(slow.report.fatal.message, /300 ms/);
      const big = await jsonAsync(`${origin}/big.json`, '--max-bytes', '1000');
      assert.equal(big.code, 2);
      assert.match(big.report.fatal.message, /larger than/);
    });
  });
});

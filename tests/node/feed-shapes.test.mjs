// Issue #23's feed shapes through the command: `validate` keeps what the widgets show and notes
// what they forgive, `convert` writes RFC 3339 dates only, and a date without a zone renders the
// same in every time zone (tests/fixtures/README.md lists the fixtures).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { built, cli, fixture } from './helpers.mjs';

const validate = (path, ...args) => {
  const run = cli('validate', path, '--json', ...args);
  return { code: run.code, report: JSON.parse(run.stdout) };
};
const convert = (path) => {
  const run = cli('convert', path);
  assert.equal(run.code, 0, run.stderr);
  return { feed: JSON.parse(run.stdout), notes: run.stderr.trim().split('\n').filter(Boolean) };
};

/** RFC 3339 `date-time`, with seconds and an offset, as JSON Feed asks. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const SHAPES = [
  ['rss-default-namespace.xml', 2],
  ['rss-cyber-harvard.xml', 2],
  ['rss-091.xml', 2],
  ['rss-090.xml', 2],
  ['mastodon.xml', 3],
  ['atom-03.xml', 2],
  ['json-entities.json', 2],
  ['floating-dates.json', 3],
];

describe('feed shapes in validate', () => {
  for (const [name, count] of SHAPES) {
    it(`${name}: every item shown, nothing but notes (exit 0)`, () => {
      const { code, report } = validate(fixture(name));
      assert.deepEqual(report.items, { total: count, shown: count, skipped: 0 }, name);
      assert.deepEqual(
        report.entries.filter((e) => e.severity !== 'note'),
        [],
      );
      assert.equal(code, 0);
    });
  }

  it('dublin-core.xml: Dublin Core read; only the date no reader can read is reported', () => {
    const { code, report } = validate(fixture('dublin-core.xml'));
    assert.equal(code, 1);
    assert.deepEqual(report.items, { total: 2, shown: 2, skipped: 0 });
    assert.deepEqual(
      report.entries.map((e) => [e.severity, e.path, e.line]),
      [['warning', '$.items[1].date_published', 17]],
    );
  });

  it('notes HTML entities in JSON Feed text, where they are', () => {
    const { report } = validate(fixture('json-entities.json'));
    const paths = report.entries
      .filter((e) => /HTML entities/.test(e.message))
      .map((e) => e.path)
      .sort();
    assert.deepEqual(paths, [
      '$.authors[0].name',
      '$.description',
      '$.items[0].summary',
      '$.items[0].title',
      '$.items[1].title',
      '$.title',
    ]);
    assert.equal(cli('validate', fixture('json-entities.json'), '--strict').code, 1);
  });

  it('notes dates without a zone, in JSON Feed and in RSS', () => {
    const { report } = validate(fixture('floating-dates.json'));
    const floating = report.entries.filter((e) => /no time zone/.test(e.message));
    assert.deepEqual(
      floating.map((e) => [e.severity, e.path]),
      [
        ['note', '$.items[0].date_published'],
        ['note', '$.items[1].date_published'],
      ],
    );
    assert.match(floating[0].message, /"2018-01-06T23:30:00" has no time zone: shown as written/);
    const dir = mkdtempSync(join(tmpdir(), 'mlo-shapes-'));
    const rss = join(dir, 'floating.xml');
    writeFileSync(
      rss,
      '<rss><channel><title>T</title><item><guid>1</guid><title>x</title><pubDate>2018-01-06 08:00</pubDate></item></channel></rss>',
    );
    const xml = validate(rss);
    assert.equal(xml.code, 0);
    assert.deepEqual(
      xml.report.entries.map((e) => [e.severity, e.path, e.line]),
      [['note', '$.items[0].date_published', 1]],
    );
  });
});

describe('feed shapes in convert', () => {
  it('writes every date as an RFC 3339 date-time, from every fixture', () => {
    for (const name of [...SHAPES.map(([n]) => n), 'dublin-core.xml', 'wordpress.xml', 'rdf.xml']) {
      const { feed } = convert(fixture(name));
      for (const item of feed.items)
        for (const key of ['date_published', 'date_modified'])
          if (item[key] !== undefined) assert.match(item[key], DATE_TIME, `${name} ${key}`);
    }
    const wordpress = convert(fixture('wordpress.xml')).feed;
    assert.equal(wordpress.items[0].date_published, '2023-07-11T08:15:02+00:00');
  });

  it('leaves out a date it cannot read, with a note; a time without a zone is written as UTC', () => {
    const dublin = convert(fixture('dublin-core.xml'));
    assert.equal(dublin.feed.items[1].date_published, undefined);
    assert.deepEqual(dublin.notes, [
      'mlo-newsroom: note: items[1].date_published "Sunday, the 9th of July" is not a date we can read: left out',
    ]);
    const floating = convert(fixture('floating-dates.json'));
    assert.deepEqual(
      floating.feed.items.map((i) => i.date_published),
      ['2018-01-06T23:30:00Z', '2018-01-06T08:00:00Z', '2018-01-06T12:00:00Z'],
    );
    assert.equal(floating.notes.length, 2);
    assert.match(
      floating.notes[0],
      /items\[0\]\.date_published "2018-01-06T23:30" has no time zone/,
    );
  });

  it('keeps what the widgets show: image posts, split authors, Dublin Core, languages', () => {
    const mastodon = convert(fixture('mastodon.xml')).feed;
    assert.equal(mastodon.items.length, 3);
    assert.deepEqual(mastodon.items[1]._mlo, {
      image: { alt: 'Two patrol boats in the harbour at dawn' },
    });
    const harvard = convert(fixture('rss-cyber-harvard.xml')).feed;
    assert.deepEqual(harvard.items[0].authors, [
      { name: 'Duty Officer', url: 'mailto:duty@alerts.example.gov' },
    ]);
    const dublin = convert(fixture('dublin-core.xml')).feed;
    assert.equal(dublin.title, 'Government Newsroom');
    assert.equal(dublin.language, 'en-GB');
    assert.equal(dublin.items[0].title, 'Budget adopted by the cabinet');
    assert.equal(dublin.items[0].date_modified, '2023-07-11T10:00:00+02:00');
    const atom = convert(fixture('atom-03.xml')).feed;
    assert.equal(atom.language, 'en-US');
    assert.equal(atom.description, 'Notes from the liaison office');
    assert.equal(atom.items[0].content_text, 'A scanned notice, summarised here.');
  });
});

describe('dates without a zone in every time zone', () => {
  /** The news list's titles and dates, rendered in a Node process in the time zone `tz`. */
  function renderIn(tz) {
    const script = `
      import { readFileSync } from 'node:fs';
      const { renderFeed } = await import(${JSON.stringify(`${built}/index.js`)});
      const feed = JSON.parse(readFileSync(${JSON.stringify(fixture('floating-dates.json'))}, 'utf8'));
      process.stdout.write(renderFeed(feed, { element: 'mlo-news-list', lang: 'en' }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, TZ: tz },
    });
    assert.equal(run.status, 0, run.stderr);
    const titles = [...run.stdout.matchAll(/<a part="link"[^>]*>(?:<!--[^>]*-->)*([^<]+)</g)];
    const dates = [...run.stdout.matchAll(/<time [^>]*>(?:<!--[^>]*-->)*([^<]+)</g)];
    return { titles: titles.map((m) => m[1].trim()), dates: dates.map((m) => m[1].trim()) };
  }

  it('the same order and dates in UTC, New York and Kiritimati (UTC+14)', () => {
    for (const tz of ['UTC', 'America/New_York', 'Pacific/Kiritimati']) {
      assert.deepEqual(
        renderIn(tz),
        {
          titles: ['Late session', 'Noon briefing', 'Morning session'],
          dates: ['6 January 2018', '6 January 2018', '6 January 2018'],
        },
        tz,
      );
    }
  });
});

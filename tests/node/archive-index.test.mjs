// Issue #28: the archive index. The builder and the widget's sharded search together give the
// in-memory SearchIndex's results (same hits, order and scores); the output is deterministic
// and bounded in files; `mlo-newsroom index` follows next_url and leaves drafts and future out.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { loadArchiveModules, memoryLoader, settle } from './archive-bundle.mjs';
import { cli } from './helpers.mjs';

let m;
before(async () => {
  m = await loadArchiveModules();
});

/** An ArchiveSearch over built files, and a promise for its next change. */
function open(files) {
  const { load, requested, url } = memoryLoader(files);
  let wake;
  const archive = new m.ArchiveSearch(url, load, () => wake?.());
  const changed = () => new Promise((resolve) => (wake = resolve));
  return { archive, requested, changed };
}

const QUERIES = [
  'v',
  'vu',
  'vuč',
  'vucic',
  'Vučić',
  'Вучић',
  'Вучићем',
  'vučića',
  'djokovic',
  'Đoković',
  'ђоковић',
  'mojsilovic',
  'mojsilvoic',
  'mojsilovci',
  'mpjsilovic',
  'bucic',
  'Бучић',
  'djokovc',
  'ojsilovic',
  'nojsilovic',
  'aleksandar vucic',
  'kfor',
  'a',
  'ab',
  'beograd',
  'Београд',
  'president of',
  'zzzzzz',
  'partnership for peace',
  's',
  'st',
  'sta',
];

describe('archive index: the same results as the in-memory index', () => {
  it('matches SearchIndex for every query, in both languages, with many small shards', async () => {
    const { items } = m.makeCorpus(1500);
    const { files, manifest } = m.buildArchive(items, { shardBytes: 3000, docBytes: 2000 });
    assert.ok(manifest.parts.en.shards.length > 30, 'many shards');
    const { archive, changed } = open(files);
    for (const lang of ['en', 'sr-Cyrl']) {
      const index = new m.SearchIndex(m.preferLanguage(items.slice(), lang));
      for (const query of QUERIES) {
        // 8 (the widget's default): a prefix's first keystrokes come ranked from the build.
        for (const [types, limit] of [
          [undefined, 8],
          [undefined, 12],
          [['quote', 'visit'], 12],
        ]) {
          const expected = index.search(query, { limit: Infinity, types });
          const got = await settle(archive, changed, query, lang, types, limit);
          assert.equal(got.count, expected.length, `${lang} ${query}: count`);
          assert.deepEqual(
            got.items.map((item) => item.id),
            expected.slice(0, limit).map((hit) => hit.item.id),
            `${lang} ${query} ${types} ${limit}: order`,
          );
          assert.deepEqual(
            got.hits.map((hit) => [hit.score, hit.field]),
            expected.slice(0, limit).map((hit) => [hit.score, hit.field]),
            `${lang} ${query} ${limit}: scores and fields`,
          );
        }
      }
    }
  });

  it('forgives a typo in the first three letters when the word finds nothing in its shard', async () => {
    const { items } = m.makeCorpus(1500);
    const { files } = m.buildArchive(items);
    const index = new m.SearchIndex(m.preferLanguage(items.slice(), 'en'));
    for (const query of ['mpjsilovic', 'bucic', 'xojsilovic']) {
      const { archive, requested, changed } = open(files);
      const expected = index.search(query, { limit: Infinity }).length;
      assert.ok(expected > 0, query);
      const got = await settle(archive, changed, query, 'en', undefined, 8);
      assert.equal(got.count, expected, query);
      assert.equal(requested.filter((u) => /\/e\./.test(u)).length, 1, requested.join(' '));
    }
    // A word its shard matches fetches no ending file.
    const { archive, requested, changed } = open(files);
    await settle(archive, changed, 'mojsilovic', 'en', undefined, 8);
    assert.deepEqual(
      requested.filter((u) => /\/e\./.test(u)),
      [],
    );
  });

  it('fetches no docs file on a keystroke that fetches a shard: the shard carries its results', async () => {
    const { items } = m.makeCorpus(1500);
    // Small shards: groups split by their fourth letter, so more keystrokes fetch a shard.
    const { files } = m.buildArchive(items, { shardBytes: 3000, docBytes: 2000 });
    for (const [query, lang] of [
      ['vučić', 'en'],
      ['mojsilović', 'en'],
      ['Београд', 'sr-Cyrl'],
      ['partnership', 'en'],
    ]) {
      const { archive, requested, changed } = open(files);
      let seen = 0;
      let shards = 0;
      for (let i = 1; i <= query.length; i++) {
        await settle(archive, changed, query.slice(0, i), lang, undefined, 8);
        const fetched = requested.slice(seen);
        seen = requested.length;
        if (!fetched.some((u) => /\/s\./.test(u))) continue;
        shards++;
        assert.deepEqual(
          fetched.filter((u) => /\/d\./.test(u)),
          [],
          `"${query.slice(0, i)}" fetched a shard and docs`,
        );
      }
      assert.ok(shards >= 3, `${query}: ${shards} keystrokes fetched a shard`);
    }
  });

  it("fetches one small file, no docs file, for a word's later letters: the build ranked them", async () => {
    const { items } = m.makeCorpus(6000);
    const { files, manifest } = m.buildArchive(items);
    for (const [query, lang] of [
      ['vučić', 'en'],
      ['Вучић', 'sr-Cyrl'],
      ['Мојсиловић', 'sr-Cyrl'],
      ['djokovic', 'en'],
      ['beograd', 'sr-Latn'],
      ['partnership', 'en'],
    ]) {
      const index = new m.SearchIndex(m.preferLanguage(items.slice(), lang));
      const { archive, requested, changed } = open(files);
      let seen = 0;
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        let trips = 0;
        while (!archive.results(typed, lang, undefined, 8)) {
          assert.ok(!archive.error, `${typed}: ${archive.error}`);
          trips++;
          await changed();
        }
        const fetched = requested.slice(seen).map((u) => u.split('/').pop());
        seen = requested.length;
        assert.deepEqual(
          archive.results(typed, lang, undefined, 8).items.map((item) => item.id),
          index.search(typed, { limit: 8 }).map((hit) => hit.item.id),
          typed,
        );
        if (i === 1) continue;
        assert.ok(trips <= 1, `"${typed}": ${trips} round trips (${fetched.join(' ')})`);
        assert.ok(fetched.length <= 1, `"${typed}" fetched ${fetched.join(' ')}`);
        assert.ok(!fetched.some((f) => f.startsWith('d.')), `"${typed}" fetched ${fetched}`);
      }
    }
    assert.ok(manifest.parts.en.hitFiles.length > 0);
  });

  it('finds nothing, without throwing, for a query with no words', async () => {
    const { items } = m.makeCorpus(3000);
    const { files } = m.buildArchive(items);
    const { archive, changed } = open(files);
    await settle(archive, changed, 'vucic', 'en', undefined, 8);
    for (const query of ['', '  ', '!!!', '-', '«»', '\u200b'])
      for (const types of [undefined, ['article']]) {
        const results = await settle(archive, changed, query, 'en', types, 8);
        assert.deepEqual([results.hits, results.count], [[], 0], JSON.stringify(query));
      }
  });

  it('needs index.json, then one shard for a first word', async () => {
    const { items } = m.makeCorpus(3000);
    const { files } = m.buildArchive(items);
    const { archive, requested, changed } = open(files);
    await settle(archive, changed, 'vucic', 'en', undefined, 8);
    assert.equal(requested[0], 'https://archive.test/idx/index.json');
    assert.equal(requested.filter((u) => /\/s\./.test(u)).length, 1, requested.join(' '));
  });
});

describe('archive index: files', () => {
  it('is deterministic: the same items give the same files, byte for byte', () => {
    const { items } = m.makeCorpus(800);
    const a = m.buildArchive(items);
    const b = m.buildArchive(m.makeCorpus(800).items);
    assert.deepEqual([...a.files.keys()].sort(), [...b.files.keys()].sort());
    for (const [name, text] of a.files) assert.equal(b.files.get(name), text, name);
  });

  it('hands each file to a sink as it is complete, the same files, keeping none', () => {
    const { items } = m.makeCorpus(800);
    const kept = m.buildArchive(items);
    const sunk = new Map();
    const built = m.buildArchive(items, {}, (name, text) => sunk.set(name, text));
    assert.equal(built.files.size, 0);
    assert.deepEqual([...sunk.keys()].sort(), [...kept.files.keys()].sort());
    for (const [name, text] of kept.files) assert.equal(sunk.get(name), text, name);
  });

  it('keeps every shard of two entries or more within its brotli size: a big entry starts a file', () => {
    const { items } = m.makeCorpus(6000);
    // About 30 kB by default (for 100,000 items); smaller files here, for as many cases.
    const { files } = m.buildArchive(items, { shardBytes: 20_000, shardBrotli: 8000 });
    let shards = 0;
    for (const [name, text] of files) {
      if (!name.startsWith('s.') || JSON.parse(text).length < 2) continue;
      shards++;
      const size = brotliCompressSync(text).length;
      assert.ok(size <= 8000, `${name}: ${size} bytes brotli`);
    }
    assert.ok(shards > 50, `${shards} shards`);
  });

  it('writes a list that covers most docs as one character per doc, a quarter smaller', () => {
    const { items } = m.makeCorpus(6000);
    const { files } = m.buildArchive(items);
    const entries = [...files]
      .filter(([name]) => name.startsWith('s.'))
      .flatMap(([, text]) => JSON.parse(text));
    const first = entries.find(([key, kind]) => key === 'a' && kind === 'p');
    assert.equal(typeof first[3], 'string', 'the words that start with a: in most docs');
    assert.match(first[3], /^[-a-h]+$/);
    const sparse = entries.find(([key, kind]) => key.length === 3 && kind === 'w');
    assert.ok(Array.isArray(sparse[3][0]), 'a word in few docs: numbers');
  });

  it('names every file but index.json by a hash of its bytes, and stays within a few hundred files', () => {
    const { items } = m.makeCorpus(6000);
    const { files } = m.buildArchive(items);
    // 151 since shards carry their results' records and typos have ending files (145 + 6);
    // 227 since a first word's later letters have their records (88 files; 137 for 100,000
    // items: the queries that match 2% of the items) and shards stay within 30 kB brotli.
    assert.ok(files.size < 240, `${files.size} files for 6,000 items`);
    for (const name of files.keys()) {
      if (name !== 'index.json') assert.match(name, /^[a-z]\.[0-9a-f]{16}\.json$/);
    }
  });
});

describe('mlo-newsroom index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlo-index-'));
  const feed = (items, next) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Newsroom',
      ...(next ? { next_url: next } : {}),
      items,
    });
  const item = (id, title, extra = {}) => ({
    id,
    title,
    url: `https://example.org/${id}`,
    date_published: '2024-05-01T10:00:00Z',
    content_text: `${title}.`,
    ...extra,
  });
  writeFileSync(
    join(dir, 'page1.json'),
    feed(
      [
        item('a', 'President Vučić in Brussels'),
        item('draft', 'Secretdraftword Vucic', { _mlo: { draft: true } }),
        item('future', 'Futureembargoword Vucic', { date_published: '2999-01-01T00:00:00Z' }),
      ],
      'page2.json',
    ),
  );
  writeFileSync(
    join(dir, 'page2.json'),
    feed([item('b', 'Председник Вучић у Београду'), item('c', 'Vucic meets the mission')]),
  );
  const out = join(dir, 'index');

  it('follows next_url, leaves out drafts and future items, and says so', () => {
    const run = cli('index', join(dir, 'page1.json'), '-o', out);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /indexed 3 items from 2 files/);
    assert.match(run.stderr, /left out 1 drafts, 1 dated in the future/);
    const all = readdirSync(out)
      .map((name) => readFileSync(join(out, name), 'utf8'))
      .join('\n');
    assert.doesNotMatch(all, /secretdraftword|futureembargoword/i);
  });

  it('finds the same items for vucic, Vučić and Вучић', async () => {
    const files = new Map(readdirSync(out).map((n) => [n, readFileSync(join(out, n), 'utf8')]));
    const { archive, changed } = open(files);
    for (const query of ['vucic', 'Vučić', 'Вучић']) {
      const got = await settle(archive, changed, query, 'en', undefined, 8);
      assert.deepEqual(got.items.map((i) => i.id).sort(), ['a', 'b', 'c'], query);
    }
  });

  it('writes the same bytes when run again, and needs -o', () => {
    const again = join(dir, 'again');
    assert.equal(cli('index', dir, '-o', again).code, 0);
    for (const name of readdirSync(out))
      assert.equal(readFileSync(join(again, name), 'utf8'), readFileSync(join(out, name), 'utf8'));
    assert.equal(cli('index', dir).code, 2);
  });
});

import { expect } from '@open-wc/testing';
import { makeCorpus } from '../../bench/search/corpus.js';
import { SearchIndex, stripTags, tokenize } from '../../src/search/index.js';
import { typoDistance } from '../../src/search/distance.js';
import type { FeedItem } from '../../src/feed/types.js';

/** Every searchable word of an item: the brute-force oracle for the index. */
const words = (it: FeedItem): string[] =>
  tokenize(
    [
      it.title,
      it.summary,
      it.contentText,
      it.contentHtml && stripTags(it.contentHtml),
      it.context,
      it.location,
      ...it.tags,
      ...[it.speaker, it.visitor, ...it.metWith].flatMap((p) => [
        p?.name,
        p?.rank,
        p?.role,
        p?.organization,
      ]),
    ].join(' '),
  );

describe('SearchIndex on 10,000 items (correctness only)', () => {
  const { items, mentions } = makeCorpus(10000);
  const index = new SearchIndex(items);

  it('indexes all items', () => {
    expect(index.size).to.equal(10000);
  });

  it('returns every item that mentions Vučić for each spelling, and the same set for all', () => {
    const truth = [...mentions.vucic].sort();
    expect(truth.length).to.be.greaterThan(100);
    for (const q of ['vucic', 'Vučić', 'Вучић']) {
      const found = index
        .search(q, { limit: Infinity })
        .map((h) => h.item.id)
        .sort();
      expect(found, q).to.deep.equal(truth);
    }
  });

  it('agrees with a brute-force scan for a two-word prefix query', () => {
    const expected = items
      .filter((it) => {
        const w = words(it);
        return (
          w.some((x) => x.startsWith('space') || typoDistance('space', x) > 0) &&
          w.some((x) => x.startsWith('d'))
        );
      })
      .map((it) => it.id)
      .sort();
    expect(expected.length).to.be.greaterThan(100);
    const found = index
      .search('space d', { limit: Infinity })
      .map((h) => h.item.id)
      .sort();
    expect(found).to.deep.equal(expected);
  });

  it('returns the best `limit` hits in rank order, newest first among equal scores', () => {
    const all = index.search('kfor', { limit: Infinity });
    const top = index.search('kfor', { limit: 25 });
    expect(top.map((h) => h.item.id)).to.deep.equal(all.slice(0, 25).map((h) => h.item.id));
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      expect(a.score >= b.score, `score order at ${i}`).to.equal(true);
      if (a.score === b.score && a.item.datePublished && b.item.datePublished) {
        expect(
          Date.parse(a.item.datePublished) >= Date.parse(b.item.datePublished),
          `date order at ${i}`,
        ).to.equal(true);
      }
    }
  });

  it('gives the same first hits, scores and fields for any limit on long postings', () => {
    // Phrases whose words each match most items: a limited search keeps only the best so far
    // (and reuses the word tables of the searches before it); the unlimited one scores all.
    const queries = ['partnership for peace', 'partnership f', 'cyber d', 'western balkans', 'p a'];
    for (const q of queries)
      for (const types of [
        undefined,
        ['statement' as const],
        ['quote' as const, 'visit' as const],
      ]) {
        const all = index.search(q, { limit: Infinity, types });
        if (!types) expect(all.length, q).to.be.greaterThan(2500);
        for (const limit of [1, 8, 20]) {
          const top = index.search(q, { limit, types });
          const shape = (h: (typeof all)[number]) => [h.item.id, h.score, h.field];
          expect(top.map(shape), `${q} ${String(types)} ${limit}`).to.deep.equal(
            all.slice(0, limit).map(shape),
          );
        }
      }
  });

  it('filters by type over the whole index', () => {
    const visits = index.search('vucic', { limit: Infinity, types: ['visit'] });
    expect(visits.length).to.be.greaterThan(0);
    expect(visits.every((h) => h.item.type === 'visit')).to.equal(true);
    const expected = mentions.vucic
      .filter((id) => items.find((it) => it.id === id)!.type === 'visit')
      .sort();
    expect(visits.map((h) => h.item.id).sort()).to.deep.equal(expected);
  });
});

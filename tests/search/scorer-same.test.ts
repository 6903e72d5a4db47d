/**
 * The scorer that keeps word tables between searches (#28's p95) gives exactly what the plain
 * scorer before it gave (kept in tests/reference/old-scorer.ts): the same count, hits in the same
 * order, the same scores and fields, for random postings, qualities, type filters, limits, and
 * item orders newest first or not. One scorer serves a whole run of queries, so tables kept from
 * earlier queries (and a word repeated within a query) are reused as a visitor's keystrokes would;
 * queries of up to 10 words pass the 8 tables it keeps.
 * Speed is measured by bench/search-archive.mjs, not here.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FIELD_BITS } from '../../src/search/fields.js';
import { Scorer, TYPO } from '../../src/search/scorer.js';
import { Scorer as OldScorer } from '../reference/old-scorer.js';

const QUALITIES = [1, 0.8, ...TYPO];

/**
 * A field mask: mostly one field, so that hits of equal score but different fields (tag and
 * place, a title typo and a quote) and equal totals are common; any mask now and then.
 */
const mask = fc.oneof(
  fc.constantFrom(...Array.from({ length: FIELD_BITS }, (_, f) => 1 << f)),
  fc.integer({ min: 1, max: (1 << FIELD_BITS) - 1 }),
);

/** A postings list: about two items in three, each with a mask (dense, as topic words are). */
const list = (items: number) =>
  fc.array(fc.option(mask, { freq: 3 }), { minLength: items, maxLength: items }).map((masks) => {
    const out: number[] = [];
    masks.forEach((m, it) => {
      if (m !== null) out.push((it << FIELD_BITS) | m);
    });
    return Int32Array.from(out);
  });

type Word = { list: number; from: number; to: number; quality: number }[];

type Result = [number, [number, number, string][]];

/** The query through the scorer: each word's slices, then the count and the best hits. */
function run(scorer: Scorer, lists: Int32Array[], words: Word[], opts: Options): Result {
  scorer.reset();
  for (const word of words) {
    scorer.startWord();
    for (const v of word) scorer.visit(lists[v.list], v.from, v.to, v.quality);
    if (!scorer.endWord()) return [0, []];
  }
  if (scorer.finish(opts.types, opts.allowed, opts.limit, opts.order) === 0) return [0, []];
  return hits(scorer, opts);
}

/** The same through the plain scorer, which filters by type as each word ends. */
function runOld(scorer: OldScorer, lists: Int32Array[], words: Word[], opts: Options): Result {
  scorer.reset();
  for (const word of words) {
    scorer.startWord();
    for (const v of word) scorer.visit(lists[v.list], v.from, v.to, v.quality);
    if (scorer.endWord(opts.types, opts.allowed) === 0) return [0, []];
  }
  return hits(scorer, opts);
}

function hits(scorer: Scorer | OldScorer, opts: Options): Result {
  const top = scorer.top(opts.limit, opts.order);
  return [scorer.count, top.map((it) => [it, scorer.score(it), scorer.field(it)])];
}

type Options = { types?: Uint8Array; allowed: number; limit: number; order: Float64Array };

describe('Scorer with kept word tables, against the plain scorer', () => {
  it('gives the same count, hits, scores and fields over runs of queries', () => {
    let asked = 0;
    let withHits = 0;
    fc.assert(
      fc.property(
        fc
          .oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 41, max: 300 }))
          .chain((items) =>
            fc.record({
              items: fc.constant(items),
              lists: fc.array(list(items), { minLength: 1, maxLength: 6 }),
              newestFirst: fc.boolean(),
              dates: fc.array(fc.integer({ min: 0, max: 5 }), {
                minLength: items,
                maxLength: items,
              }),
              types: fc.option(fc.array(fc.nat(4), { minLength: items, maxLength: items })),
              queries: fc.array(
                fc.record({
                  words: fc.array(
                    fc.array(
                      fc.record({
                        list: fc.nat(5),
                        from: fc.nat(items),
                        len: fc.nat(2 * items),
                        quality: fc.constantFrom(...QUALITIES),
                      }),
                      { minLength: 1, maxLength: 3 },
                    ),
                    { minLength: 1, maxLength: 10 },
                  ),
                  limit: fc.constantFrom(1, 3, 8, 20, Infinity),
                  allowed: fc.nat(31),
                }),
                { minLength: 1, maxLength: 12 },
              ),
            }),
          ),
        ({ items, lists, newestFirst, dates, types, queries }) => {
          // Newest first as the archive numbers its docs (order = -doc), or dates in any order.
          const order = Float64Array.from(dates, (d, i) => (newestFirst ? -i : d));
          const scorer = new Scorer(items);
          for (const q of queries) {
            // A slice of a list: most often the whole list, else a part of it.
            const words = q.words.map((word) =>
              word.map((v) => {
                const l = lists[v.list % lists.length];
                const whole = v.len % 2 === 0;
                const from = whole ? 0 : v.from % (l.length + 1);
                const to = whole ? l.length : Math.min(l.length, from + (v.len >> 1));
                return { list: v.list % lists.length, from, to, quality: v.quality };
              }),
            );
            const opts = {
              types: types ? Uint8Array.from(types) : undefined,
              allowed: q.allowed,
              limit: q.limit,
              order,
            };
            const expected = runOld(new OldScorer(items), lists, words, opts);
            expect(run(scorer, lists, words, opts)).to.deep.equal(expected);
            asked++;
            if (expected[1].length > 1) withHits++;
          }
        },
      ),
      { numRuns: 500 },
    );
    // Not a vacuous comparison: most queries find more than one item.
    expect(withHits / asked).to.be.greaterThan(0.3);
  });
});

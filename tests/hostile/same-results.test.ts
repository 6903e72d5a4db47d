/**
 * The text paths rewritten for speed (#31) give exactly what they gave before: each is compared
 * with its old implementation, kept in tests/reference/, on random text, on hostile pieces, and on
 * long runs of one shape (dots, `@`, digits, mixed scripts, no spaces, one character repeated).
 * Speed is measured by `npm run bench` (section "growth"), not here.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { linkRanges } from '../../src/i18n/kept.js';
import { cyrillicToLatin, latinToCyrillic } from '../../src/i18n/translit.js';
import { fold, foldWithMap } from '../../src/search/fold.js';
import { highlight } from '../../src/search/highlight.js';
import { tokenize } from '../../src/search/tokenize.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { linkRanges as oldLinkRanges } from '../reference/old-kept.js';
import * as old from '../reference/old-translit.js';
import { fold as oldFold, foldWithMap as oldFoldWithMap } from '../reference/old-fold.js';
import { highlight as oldHighlight } from '../reference/old-highlight.js';
import { tokenize as oldTokenize } from '../reference/old-tokenize.js';
import { Vocabulary as OldVocabulary } from '../reference/old-vocabulary.js';

const RUNS = { numRuns: 300 };

/** Pieces each path treats specially, and look-alikes that case-fold or lower-case oddly. */
const PIECES = [
  ...['a', 'Z', 'x', 'q', 'w', 'W', '1', '0', '٣', 'é', 'e\u0301', '\u0301'],
  ...['č', 'Č', 'đ', 'Đ', 'ð', 'Ð', 'dž', 'DŽ', 'Dž', 'lj', 'LJ', 'Nj', 'ǅ', 'ǈ', 'ǋ', 'ǉ'],
  ...['İ', 'ſ', 'K', 'ß', 'æ', 'ς', 'Σ', 'ﬁ', '한', 'ᲀ'],
  ...['ж', 'Ж', 'љ', 'Љ', 'ђ', 'Ђ', 'я', 'Београд', 'ЉУБЉАНА', 'Љубљана', 'Вучић'],
  ...['dj', 'DJ', 'Dj', 'j', 'J', 'Đoković', 'djokovic', 'injekcija', 'odžak', 'podžupan'],
  ...['Karlo ', 'V', 'II', 'XIV', 'MMM', 'Ivan V. P', 'NATO', 'HTTP', 'iPhone', 'Scott'],
  ...['Wi-Fi', 'KFOR-a', 'F-16', '-', '--', '.', '..', '@', ':', '/', '://', '_', '%', '+'],
  ...[' ', '\n', '\t', '\u00a0', '\u3000', '<', '>', '"', "'", ',', '&'],
  ...['www.', 'WWW.', 'mailto:', 'tel:', 'http', 'com', 'CoM', 'rs', 'срб', 'info', 'io'],
  ...['nato.int', 'x@y.rs', 'a.b', '.org/', 'mod.gov.rs/x', '%-@'],
  ...['😀', '𝐀', '\ud800', '\udc00', '\u00ad', '\u200b', '\ufeff'],
];
const pieces = (maxLength: number) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));
/** Long runs of a piece next to others: the shape of the strings that made paths slow. */
const runs = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 300 })), { maxLength: 4 })
  .map((parts) => parts.map(([piece, n]) => piece.repeat(n)).join(''));
const text = fc.oneof(
  pieces(50),
  runs,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'aA.@:/-%_wW1 dDjJđlnžЉљ'), maxLength: 80 }),
);

/** Long inputs of one shape, each cut to `n` units. */
const LONG: Record<string, (n: number) => string> = {
  dots: (n) => '.'.repeat(n),
  'letters and dots': (n) => 'a.i'.repeat(n / 3 + 1).slice(0, n),
  'at signs': (n) => '%-'.repeat(n / 2).slice(0, n - 1) + '@',
  'many addresses': (n) => 'a@b.rs x.com/'.repeat(n / 13 + 1).slice(0, n),
  digits: (n) => '1234567890.'.repeat(n / 11 + 1).slice(0, n),
  'scheme-like': (n) => 'a://'.repeat(n / 4 + 1).slice(0, n),
  'mixed scripts, no spaces': (n) => 'NATOнатоDžemperЉиљан1.'.repeat(n / 22 + 1).slice(0, n),
  'one letter': (n) => 'a'.repeat(n),
  'one Cyrillic letter': (n) => 'љ'.repeat(n),
  'one capital': (n) => 'Đ'.repeat(n),
  prose: (n) =>
    'Vojna kancelarija za vezu NATO u Beogradu, džemper i ljiljan. Војна канцеларија Ђоковић. '
      .repeat(n / 90 + 1)
      .slice(0, n),
};

const same = (a: unknown, b: unknown) => {
  expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
};

function sameFoldWithMap(input: string) {
  const a = foldWithMap(input);
  const b = oldFoldWithMap(input);
  expect(a.folded).to.equal(b.folded);
  same([...a.start], [...b.start]);
  same([...a.end], [...b.end]);
}

describe('rewritten text paths give the old results (#31)', () => {
  it('link ranges', () => {
    fc.assert(
      fc.property(text, (input) => same(linkRanges(input), oldLinkRanges(input))),
      RUNS,
    );
  });

  it('transliteration both ways, with and without keep lists', () => {
    const keep = fc.option(
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('a', '', 'lj')), {
        maxLength: 4,
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(text, keep, (input, list) => {
        const options = list ? { keep: list } : {};
        expect(latinToCyrillic(input, options)).to.equal(old.latinToCyrillic(input, options));
        expect(cyrillicToLatin(input, options)).to.equal(old.cyrillicToLatin(input, options));
      }),
      RUNS,
    );
  });

  it('folding, with and without the offset map', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(fold(input)).to.equal(oldFold(input));
        sameFoldWithMap(input);
      }),
      RUNS,
    );
  });

  it('highlighting and the tokenizer', () => {
    const query = fc.oneof(pieces(6), fc.constantFrom('vucic', 'djokovic', 'beograd nato', 'xx'));
    fc.assert(
      fc.property(text, query, (input, q) => {
        same(highlight(input, q), oldHighlight(input, q));
        same(tokenize(input), oldTokenize(input));
      }),
      RUNS,
    );
  });

  it('the vocabulary finds the same typos, long words too', () => {
    const word = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'abcđž'), minLength: 1, maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...'ab'), minLength: 60, maxLength: 90 }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 30 }), word, (words, query) => {
        const terms = [...words].sort();
        const found = (vocabulary: Vocabulary | OldVocabulary) => {
          const out: [number, number][] = [];
          vocabulary.typos(query, (t, d) => out.push([t, d]));
          return out.sort((a, b) => a[0] - b[0]);
        };
        same(found(new Vocabulary(terms)), found(new OldVocabulary(terms)));
      }),
      RUNS,
    );
  });

  for (const [shape, make] of Object.entries(LONG)) {
    it(`long input: ${shape}`, () => {
      // 100 kB: the old paths are slow on these (that is why they were rewritten).
      const input = make(100_000);
      expect(input).to.have.length(100_000);
      same(linkRanges(input), oldLinkRanges(input));
      expect(latinToCyrillic(input)).to.equal(old.latinToCyrillic(input));
      expect(cyrillicToLatin(input)).to.equal(old.cyrillicToLatin(input));
      expect(latinToCyrillic(input, { keep: ['a', 'NATO'] })).to.equal(
        old.latinToCyrillic(input, { keep: ['a', 'NATO'] }),
      );
      expect(fold(input)).to.equal(oldFold(input));
      sameFoldWithMap(input);
      same(highlight(input, 'nato beograd djokovic'), oldHighlight(input, 'nato beograd djokovic'));
      same(tokenize(input), oldTokenize(input));
    });
  }

  it('one megabyte of one character, and of prose', () => {
    for (const input of [LONG['one letter'](1_000_000), LONG.prose(1_000_000)]) {
      expect(latinToCyrillic(input)).to.equal(old.latinToCyrillic(input));
      expect(cyrillicToLatin(input)).to.equal(old.cyrillicToLatin(input));
      expect(fold(input)).to.equal(oldFold(input));
    }
  });
});

import { expect } from '@open-wc/testing';
import { latinToCyrillic } from '../../src/i18n/index.js';
import { keptWordRanges } from '../../src/i18n/kept-words.js';
import { Ranges } from '../../src/i18n/ranges.js';

/** Merged, sorted ranges. */
function merge(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The plain definition: every occurrence of every non-empty entry, found by `indexOf`. */
function reference(text: string, keep: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of keep) {
    if (!word) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      ranges.push([at, at + word.length]);
  }
  return merge(ranges);
}

const found = (text: string, keep: readonly unknown[]) => {
  const out = new Ranges();
  keptWordRanges(text, keep, out);
  return merge(Array.from(out.starts.subarray(0, out.length), (start, i) => [start, out.ends[i]]));
};

/** A small deterministic generator (the same cases every run). */
function random(seed: number) {
  return (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
}

/** A text made of `n` parts, cut into pieces of it and of the other entries. */
function prose(n: number): string {
  const part = 'Vojna kancelarija za vezu NATO u Beogradu, džemper i ljiljan. ';
  return part.repeat(Math.ceil(n / part.length)).slice(0, n);
}

describe('i18n: kept words (_mlo.keep) in one pass', () => {
  it('finds every occurrence of every entry, overlapping ones and entries inside others', () => {
    expect(found('aaa', ['aa'])).to.deep.equal([[0, 3]]);
    expect(found('xabcdx', ['abcd', 'b', 'cdx'])).to.deep.equal([[1, 6]]);
    expect(found('she sells his shells', ['he', 'she', 'his', 'hers'])).to.deep.equal([
      [0, 3],
      [10, 13],
      [14, 17],
    ]);
    // Exact and case-sensitive, on UTF-16 code units like indexOf; nothing to match, nothing kept.
    expect(found('Rutte RUTTE rutte', ['Rutte'])).to.deep.equal([[0, 5]]);
    expect(found('a😀b', ['😀'])).to.deep.equal([[1, 3]]);
    expect(found('abc', ['', /b/, 'x'])).to.deep.equal([]);
  });

  it('agrees with the plain definition on random texts and lists', () => {
    const next = random(7);
    const letters = 'abcAB -';
    const word = (max: number) =>
      Array.from({ length: 1 + next(max) }, () => letters[next(letters.length)]).join('');
    for (let round = 0; round < 500; round++) {
      const text = word(60);
      const base = Array.from({ length: next(12) }, () => word(4));
      // The list alone, then lists that start with it or with part of it (built in two parts).
      for (const keep of [base, [...base, word(4), word(3)], base.slice(0, next(base.length + 1))])
        expect(found(text, keep), `${JSON.stringify(text)} ${JSON.stringify(keep)}`).to.deep.equal(
          reference(text, keep),
        );
    }
  });

  it('reads a list changed in place again, and a duplicate is one entry', () => {
    const keep = ['Mark Rutte'];
    expect(latinToCyrillic('Mark Rutte i Jens', { keep })).to.equal('Mark Rutte и Јенс');
    keep.push('Jens');
    expect(latinToCyrillic('Mark Rutte i Jens', { keep })).to.equal('Mark Rutte и Jens');
    const text = prose(5_000);
    expect(latinToCyrillic(text, { keep: Array<string>(500).fill('NATO u') })).to.equal(
      latinToCyrillic(text, { keep: ['NATO u'] }),
    );
  });

  it("builds a feed's long list once, not once per item that adds its own words", () => {
    const next = random(13);
    const long = () => Array.from({ length: 200 }, () => 'abcdeijklmnoprstuvz'[next(19)]).join('');
    const feedKeep = Array.from({ length: 500 }, long);
    const text = prose(1_000);
    // One list built from nothing: the cost of building the feed's 500 × 200 characters.
    let start = performance.now();
    latinToCyrillic(text, { keep: [...feedKeep, 'first'] });
    const once = performance.now() - start;
    // Each item's list is a new array: the feed's words, then its own (or none).
    start = performance.now();
    for (let i = 0; i < 40; i++) {
      const keep = i % 4 ? [...feedKeep, `Naslov${i}`, feedKeep[i]] : [...feedKeep];
      expect(latinToCyrillic(`Naslov${i} ${feedKeep[i]} Naslov`, { keep })).to.equal(
        `Naslov${i} ${feedKeep[i]} Наслов`,
      );
    }
    expect(performance.now() - start).to.be.below(5 * once + 50);
    // Lists that share the feed's words give the same ranges as the plain definition.
    const keep = [...feedKeep.slice(0, 3), 'an', 'ancel'];
    expect(found(text, keep)).to.deep.equal(reference(text, keep));
  });

  it('costs about what transliteration does, whatever the list (500 × "a", 1,000 words, 1,000 prefixes)', () => {
    const next = random(11);
    const lists: Record<string, string[]> = {
      '500 × "a"': Array<string>(500).fill('a'),
      '1,000 words': Array.from({ length: 1_000 }, () =>
        Array.from({ length: 3 + next(8) }, () => 'abcdeijklmnoprstuvz'[next(19)]).join(''),
      ),
      '1,000 prefixes': Array.from({ length: 1_000 }, (_, i) =>
        i < 200 ? 'Vojna kancelarija '.repeat(12).slice(0, i + 1) : `a${'b'.repeat(i % 199)}`,
      ),
    };
    const text = prose(60_000);
    const time = (run: () => unknown) => {
      run(); // warm up, and build the list's automaton once, as an article's many text nodes do
      const start = performance.now();
      run();
      return performance.now() - start;
    };
    const plain = time(() => latinToCyrillic(text));
    for (const [name, keep] of Object.entries(lists)) {
      const kept = time(() => latinToCyrillic(text, { keep }));
      // Before, 500 × "a" made 500 passes and about 4 million ranges here: seconds.
      expect(kept, name).to.be.below(5 * plain + 100);
    }
  });
});

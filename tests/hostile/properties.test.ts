/**
 * Property-based tests (fast-check): the text paths fed by hostile strings and shapes. Each
 * property holds for every generated input: never throws (or throws only a FeedError where a
 * feed is refused), output valid, text stays text. Growth with input size is measured in
 * `npm run bench` (section "growth"), not here: timings are not assertions.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, ITEM_TYPES, normalizeFeed } from '../../src/feed/index.js';
import { linkRanges } from '../../src/i18n/kept.js';
import { cyrillicToLatin, latinToCyrillic } from '../../src/i18n/translit.js';
import { safeImageUrl, safeUrl } from '../../src/internal/safe-url.js';
import { sanitizeToFragment } from '../../src/internal/sanitize.js';
import { fold } from '../../src/search/fold.js';
import { highlight } from '../../src/search/highlight.js';
import { stripTags } from '../../src/util/strip-tags.js';

const RUNS = { numRuns: 150 };

/** The characters hostile feeds are made of: runs of these broke the old patterns. */
const HOSTILE = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  '&',
  ';',
  '#',
  '@',
  ':',
  '/',
  '.',
  '-',
  '_',
  '%',
  '+',
  '<',
  '>',
  '=',
  "'",
  'a',
  'z',
  'A',
  'Q',
  'x',
  'w',
  'č',
  'ž',
  'đ',
  'dž',
  'lj',
  'Nj',
  'ж',
  'љ',
  'Ђ',
  '0',
  '9',
  'http',
  'www.',
  'mailto:',
  'tel:',
  '://',
  '.com',
  '.int',
  '.rs',
  '.срб',
  'nato',
  '&amp;',
  '&#x41;',
  '&#',
  '<p>',
  '</p>',
  '<a href="',
  '<script>',
  '<!--',
  '-->',
  '\ud800',
  '\udc00',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u0000',
];
const hostileText = (maxLength = 60) =>
  fc.array(fc.constantFrom(...HOSTILE), { maxLength }).map((parts) => parts.join(''));
/** Long runs of one hostile piece next to others, the shape of every ReDoS attack string. */
const runs = fc
  .array(fc.tuple(fc.constantFrom(...HOSTILE), fc.integer({ min: 1, max: 400 })), { maxLength: 5 })
  .map((pieces) => pieces.map(([piece, n]) => piece.repeat(n)).join(''));
const anyText = fc.oneof(
  hostileText(),
  runs,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** The patterns kept.ts replaced, as the oracle for what a link is (their results, merged). */
const ORACLE = [
  /(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|tel:)[^\s<>"]+/giu,
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?<![\p{L}\p{N}@./-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|int|gov|mil|edu|eu|info|io|rs|срб|me|ba|hr|mk|si)(?![\p{L}\p{N}])(?:\/[^\s<>"]*)?/giu,
];
function merged(ranges: [number, number][]): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return JSON.stringify(out);
}
const oracleRanges = (text: string) =>
  ORACLE.flatMap((re) =>
    [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  );

describe('hostile inputs, property by property (fast-check)', () => {
  it('links kept from transliteration: the scanner finds what the old patterns found', () => {
    const linky = fc
      .array(
        fc.constantFrom(
          'a',
          'b',
          'x',
          'č',
          'ж',
          '1',
          '.',
          '-',
          '_',
          '%',
          '+',
          '@',
          '/',
          ':',
          ' ',
          ',',
          'http',
          '://',
          'www.',
          'mailto:',
          'com',
          'int',
          'rs',
          'info',
          'срб',
          'ab.cd',
        ),
        { maxLength: 30 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(linky, (text) => {
        expect(merged(linkRanges(text)), text).to.equal(merged(oracleRanges(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('transliteration never throws, keeps every link as written, and both directions return text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cyr = latinToCyrillic(text);
        const lat = cyrillicToLatin(text);
        expect(cyr).to.be.a('string');
        expect(lat).to.be.a('string');
        for (const [start, end] of linkRanges(text)) expect(cyr).to.contain(text.slice(start, end));
      }),
      RUNS,
    );
  });

  it('search folding never throws; highlighting gives back the text, piece by piece', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, query) => {
        expect(fold(text)).to.be.a('string');
        const segments = highlight(text, query);
        expect(segments.map((s) => s.text).join('')).to.equal(text);
      }),
      RUNS,
    );
  });

  it('tag stripping never throws and leaves text without markup or entities unchanged', () => {
    fc.assert(
      fc.property(anyText, (html) => {
        expect(stripTags(html)).to.be.a('string');
        const plain = html.replace(/[<&]/g, '');
        expect(stripTags(plain)).to.equal(plain);
      }),
      RUNS,
    );
  });

  it('URLs: only allow-listed schemes, no controls, no credentials, or nothing', () => {
    const urlish = fc.oneof(
      anyText,
      fc.webUrl(),
      fc.constantFrom(
        'javascript:alert(1)',
        ' JaVa\tScRiPt:x',
        'data:text/html,x',
        '//evil.example',
      ),
    );
    fc.assert(
      fc.property(urlish, (raw) => {
        for (const value of [
          safeUrl(raw),
          safeImageUrl(raw),
          safeUrl(raw, 'https://feed.example/a/'),
        ]) {
          if (value === undefined) continue;
          expect(value).not.to.match(/[\u0000-\u001f\u007f]/);
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
          if (scheme) expect(['http', 'https', 'mailto', 'tel', 'data']).to.include(scheme);
          if (scheme === 'data')
            expect(value).to.match(/^data:image\/(png|jpeg|gif|webp|avif);base64,/i);
        }
      }),
      RUNS,
    );
  });

  it('the feed reader takes any JSON: a feed, or a FeedError; valid items; bounded problems', () => {
    const item = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        title: fc.oneof(anyText, fc.integer(), fc.constant(null)),
        content_text: anyText,
        content_html: anyText,
        url: anyText,
        tags: fc.array(fc.oneof(anyText, fc.integer())),
        _mlo: fc.oneof(
          fc.jsonValue(),
          fc.record({ type: fc.constantFrom('quote', 'visit', 'statement', 'bogus') }),
        ),
      },
      { requiredKeys: [] },
    );
    const feed = fc.record({
      version: fc.constantFrom(
        'https://jsonfeed.org/version/1.1',
        'https://jsonfeed.org/version/1',
        'nope',
      ),
      title: anyText,
      items: fc.array(fc.oneof(item, fc.jsonValue()), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(feed, fc.jsonValue({ maxDepth: 6 }), fc.anything({ maxDepth: 4 })),
        (data) => {
          let result;
          try {
            result = normalizeFeed(data);
          } catch (error) {
            expect(error).to.be.instanceOf(FeedError);
            return;
          }
          expect(result.problems.length).to.be.at.most(101);
          for (const it of result.feed.items) {
            expect(it.id).to.be.a('string').and.not.equal('');
            expect(ITEM_TYPES).to.include(it.type);
          }
        },
      ),
      RUNS,
    );
  });

  it('the reader survives deep and wide JSON', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5_000; i++) deep = { a: [deep] };
    const wide = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    for (const junk of [deep, wide, [deep, wide]]) {
      const { feed, problems } = normalizeFeed({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        items: [junk, { id: '1', content_text: 'ok', _mlo: junk }],
      });
      expect(feed.items.map((i) => i.id)).to.deep.equal(['1']);
      expect(problems.length).to.be.greaterThan(0);
    }
  });

  it('the sanitizer wrapper: never throws, nothing that runs, text stays text', async () => {
    const markup = fc
      .array(
        fc.oneof(
          anyText,
          fc.constantFrom(
            '<img src=x onerror=alert(1)>',
            '<a href="javascript:x">j</a>',
            '<svg onload=x>',
            '<iframe srcdoc="<script>x</script>">',
            '<p style="x">s</p>',
            '<math><mi xlink:href="javascript:x">m</mi></math>',
            '<template><script>x</script></template>',
            '<a href="  JAVA\tSCRIPT:x">',
            '<img src="data:image/svg+xml,<svg onload=x>">',
            '<form><button formaction=javascript:x>',
          ),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(markup, async (html) => {
        const fragment = await sanitizeToFragment(html, 'https://feed.example/');
        const box = document.createElement('div');
        box.append(fragment);
        expect(
          box.querySelector(
            'script, iframe, svg, math, template, form, button, style, object, embed',
          ),
        ).to.equal(null);
        for (const el of box.querySelectorAll('*')) {
          for (const name of el.getAttributeNames()) {
            expect(name).not.to.match(/^on|^style$|^srcdoc$|^formaction$/i);
            if (name === 'href' || name === 'src')
              expect(el.getAttribute(name)).to.match(/^(https?:|mailto:|tel:|data:image\/)/i);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

import { expect } from '@open-wc/testing';
import type { FeedItem } from '../../src/feed/types.js';
import fc from 'fast-check';
import { SearchIndex, type SearchHit } from '../../src/search/index.js';

const item = (id: string, over: Partial<FeedItem> = {}): FeedItem => ({
  id,
  type: 'article',
  tags: [],
  authors: [],
  metWith: [],
  ...over,
});
const ids = (
  index: SearchIndex,
  query: string,
  opts?: Parameters<SearchIndex['search']>[1],
): string[] => index.search(query, opts).map((h) => h.item.id);

const ITEMS: FeedItem[] = [
  item('latin-title', {
    title: 'Predsednik Vučić primio delegaciju NATO',
    datePublished: '2024-03-01T10:00:00Z',
  }),
  item('cyrillic-body', {
    title: 'Пријем делегације',
    contentText: 'Председник Вучић је примио делегацију.',
    datePublished: '2024-04-01T10:00:00Z',
  }),
  item('ascii-summary', {
    title: 'Liaison talks',
    summary: 'President Vucic received the delegation.',
    datePublished: '2023-01-01T10:00:00Z',
  }),
  item('declined-html', {
    title: 'Sastanak',
    contentHtml: '<p>Razgovor sa <b>Vučićem</b> o saradnji.</p>',
    datePublished: '2022-01-01T10:00:00Z',
  }),
  item('quote', {
    type: 'quote',
    speaker: { name: 'Milan Mojsilović', rank: 'General' },
    contentText: 'The space domain matters.',
    datePublished: '2024-05-01T10:00:00Z',
  }),
  item('visit', {
    type: 'visit',
    title: 'Visit to Niš',
    visitor: { name: 'Mark Rutte' },
    metWith: [{ name: 'Ђорђе Ђоковић' }],
    location: 'Niš',
    tags: ['KFOR'],
    datePublished: '2024-06-01T10:00:00Z',
  }),
  item('statement', {
    type: 'statement',
    title: 'Statement on KFOR',
    summary: 'Kfor mission',
    datePublished: '2021-06-01T10:00:00Z',
  }),
  item('unrelated', {
    title: 'Annual cyber seminar',
    contentText: 'Interoperability and training.',
  }),
];

describe('SearchIndex', () => {
  const index = new SearchIndex(ITEMS);
  const vucic = ['cyrillic-body', 'latin-title', 'ascii-summary', 'declined-html'].sort();

  it('finds the same items for vucic, Vučić and Вучић, in any script or declension', () => {
    for (const q of ['vucic', 'Vučić', 'Вучић', 'VUČIĆ'])
      expect(ids(index, q).sort(), q).to.deep.equal(vucic);
  });

  it('matches prefixes while typing', () => {
    expect(ids(index, 'vuč').sort()).to.deep.equal(vucic);
    expect(ids(index, 'вуч').sort()).to.deep.equal(vucic);
    expect(ids(index, 'mojs')).to.deep.equal(['quote']);
    expect(ids(index, 'space d')).to.deep.equal(['quote']);
  });

  it('finds Đoković-style names typed as dj, d or in Cyrillic', () => {
    for (const q of ['djokovic', 'dokovic', 'Đoković', 'Ђоковић', 'djordje'])
      expect(ids(index, q), q).to.deep.equal(['visit']);
  });

  it('tolerates one typo (a swap counts as one) in words of five letters or more', () => {
    expect(ids(index, 'mojsilvoic')).to.deep.equal(['quote']); // swap
    expect(ids(index, 'mojsilovc')).to.deep.equal(['quote']); // deletion
    expect(ids(index, 'interoperabilety')).to.deep.equal(['unrelated']); // substitution, 16 letters
    expect(ids(index, 'seminnar')).to.deep.equal(['unrelated']); // insertion
    expect(ids(index, 'semianr')).to.deep.equal(['unrelated']); // swap in a short word
  });

  it('does not apply typo tolerance to short words, nor allow two typos below nine letters', () => {
    expect(ids(index, 'kfar')).to.deep.equal([]);
    expect(ids(index, 'nis')).to.deep.equal(['visit']);
    expect(ids(index, 'nus')).to.deep.equal([]);
    expect(ids(index, 'semnira')).to.deep.equal([]); // two edits from "seminar"
  });

  it('allows two typos in words of nine letters or more', () => {
    expect(ids(index, 'intreoperabilyty')).to.deep.equal(['unrelated']);
  });

  it('ranks a title hit above a body hit, then newer above older', () => {
    expect(ids(index, 'vucic')).to.deep.equal([
      'latin-title',
      'ascii-summary',
      'cyrillic-body',
      'declined-html',
    ]);
    const hits = index.search('vucic');
    expect(hits.map((h) => h.field)).to.deep.equal(['title', 'summary', 'body', 'body']);
    expect(hits[0].score).to.be.greaterThan(hits[1].score);
  });

  it('ranks tags above summaries and names in their own field', () => {
    const hits = index.search('kfor');
    expect(hits.map((h) => [h.item.id, h.field])).to.deep.equal([
      ['statement', 'title'],
      ['visit', 'tag'],
    ]);
    expect(index.search('rutte')[0].field).to.equal('name');
  });

  it('ranks a whole-word hit above a prefix hit above a typo hit in the same field', () => {
    const index2 = new SearchIndex([
      item('typo', { title: 'Vučin', datePublished: '2024-01-03' }),
      item('prefix', { title: 'Vučića', datePublished: '2024-01-02' }),
      item('exact', { title: 'Vučić', datePublished: '2024-01-01' }),
    ]);
    expect(ids(index2, 'vucic')).to.deep.equal(['exact', 'prefix', 'typo']);
  });

  it('puts undated items after dated ones with the same score', () => {
    const index2 = new SearchIndex([
      item('undated', { title: 'KFOR' }),
      item('old', { title: 'KFOR', datePublished: '2001-01-01' }),
      item('bad-date', { title: 'KFOR', datePublished: 'not a date' }),
      item('new', { title: 'KFOR', datePublished: '2020-01-01' }),
    ]);
    expect(ids(index2, 'kfor')).to.deep.equal(['new', 'old', 'undated', 'bad-date']);
  });

  it('ranks the same in any feed order: score, then newest, undated last, then feed order', () => {
    // Few words and dates, so equal scores and equal dates are common; the index numbers its
    // items newest first, which must not change the order of equals.
    const titles = ['KFOR', 'KFOR peace', 'peace', 'KFOR talks peace'];
    const dates = ['2020-01-01', '2021-06-01', '2021-06-01T00:00:00Z', undefined, 'not a date'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.nat(4), fc.boolean()), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('kfor', 'peace', 'kfor peace', 'kf pe'),
        (rows, query) => {
          const feed = rows.map(([t, d, body], i) =>
            item(`i${i}`, {
              title: body ? 'Note' : titles[t],
              contentText: body ? titles[t] : undefined,
              datePublished: dates[d],
            }),
          );
          const index2 = new SearchIndex(feed);
          const all = index2.search(query, { limit: Infinity });
          const time = (h: SearchHit) => Date.parse(h.item.datePublished ?? '') || -Infinity;
          const at = (h: SearchHit) => feed.indexOf(h.item);
          for (let k = 1; k < all.length; k++) {
            const [a, b] = [all[k - 1], all[k]];
            const ordered =
              a.score !== b.score
                ? a.score > b.score
                : time(a) !== time(b)
                  ? time(a) > time(b)
                  : at(a) < at(b);
            expect(ordered, `${query}: ${a.item.id} before ${b.item.id}`).to.equal(true);
          }
          for (const limit of [1, 2, 5])
            expect(ids(index2, query, { limit })).to.deep.equal(
              all.slice(0, limit).map((h) => h.item.id),
            );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('requires every query word to match', () => {
    expect(ids(index, 'vucic delegaciju').sort()).to.deep.equal(['cyrillic-body', 'latin-title']);
    expect(ids(index, 'vucic nothingmatches')).to.deep.equal([]);
  });

  it('filters by item type and honours the limit', () => {
    expect(ids(index, 'kfor', { types: ['visit'] })).to.deep.equal(['visit']);
    expect(ids(index, 'kfor', { types: ['quote'] })).to.deep.equal([]);
    expect(ids(index, 'kfor', { types: [] })).to.deep.equal([]);
    expect(ids(index, 'kfor', { types: ['statement', 'visit'] })).to.deep.equal([
      'statement',
      'visit',
    ]);
    expect(ids(index, 'vucic', { limit: 2 })).to.deep.equal(['latin-title', 'ascii-summary']);
    expect(ids(index, 'vucic', { limit: 0 })).to.deep.equal([]);
  });

  it('returns nothing for an empty, blank or wordless query', () => {
    for (const q of ['', '   ', '\t\n', '?!.,', '🙂'])
      expect(ids(index, q), JSON.stringify(q)).to.deep.equal([]);
  });

  it('survives hostile input: a huge query, regex metacharacters, HTML', () => {
    expect(ids(index, 'vucic '.repeat(5000))).to.have.length(4);
    expect(ids(index, 'x'.repeat(100000))).to.deep.equal([]);
    expect(ids(index, '.*+?^${}()|[]\\ vucic')).to.have.length(4);
    expect(ids(index, '<script>alert(1)</script>')).to.deep.equal([]);
    const manyWords = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    expect(ids(index, manyWords)).to.deep.equal([]);
    const hostile = new SearchIndex([
      item('h', {
        title: '<img src=x onerror=alert(1)>',
        contentHtml: '<p unclosed="<',
        summary: '\u0000\uffff\ud800 Vučić',
      }),
    ]);
    expect(ids(hostile, 'vucic')).to.deep.equal(['h']);
    expect(ids(hostile, 'onerror')).to.deep.equal(['h']);
  });

  it('indexes nothing when given no items', () => {
    expect(new SearchIndex([]).search('vucic')).to.deep.equal([]);
  });
});

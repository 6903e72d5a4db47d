// bench/search-real.mjs's converters: the real datasets' dates, CSV and items, on small
// samples in their formats (the datasets themselves are third-party and not in the repository).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  huffpostItems,
  parseCsv,
  parseSerbianDate,
  rtsItems,
} from '../../bench/search/real-corpus.mjs';

describe('the real corpus of the archive bench', () => {
  it("reads RTS's dates in both scripts, in Belgrade's winter and summer time", () => {
    assert.deepEqual(parseSerbianDate('петак, 16. јан 2026, 13:45 -> 14:12'), {
      published: '2026-01-16T13:45:00+01:00',
      modified: '2026-01-16T14:12:00+01:00',
    });
    assert.deepEqual(parseSerbianDate('subota, 2. avg 2025, 23:50 -> 00:10'), {
      published: '2025-08-02T23:50:00+02:00',
      modified: '2025-08-03T00:10:00+02:00',
    });
    assert.deepEqual(parseSerbianDate('среда, 31. дец 2025, 09:05'), {
      published: '2025-12-31T09:05:00+01:00',
    });
    assert.deepEqual(parseSerbianDate('sutra u podne'), {});
  });

  it('parses quoted CSV fields, doubled quotes, CRLF and a byte order mark', () => {
    const text =
      '\uFEFFheadline,url,datePublished\r\n"A, ""B""",https://x.test/1,"d, 1"\r\nC,u,\r\n';
    assert.deepEqual(parseCsv(text), [
      { headline: 'A, "B"', url: 'https://x.test/1', datePublished: 'd, 1' },
      { headline: 'C', url: 'u', datePublished: '' },
    ]);
  });

  it('gives the Latin items their /lat/ URLs, a section tag and their script', () => {
    const csv =
      'headline,url,datePublished\n"Vučić: Beograd",https://www.rts.rs/vesti/politika/1/a.html,"petak, 16. jan 2026, 13:45 -> 14:12"\n';
    const [item] = rtsItems(csv, 'sr-Latn');
    assert.equal(item.id, 'https://www.rts.rs/lat/vesti/politika/1/a.html');
    assert.deepEqual(item.tags, ['politika']);
    assert.equal(item.language, 'sr-Latn');
    assert.equal(item.date_published, '2026-01-16T13:45:00+01:00');
    const line = JSON.stringify({
      link: 'https://h.test/a',
      headline: 'H',
      category: 'POLITICS',
      short_description: '',
      authors: 'A, AP',
      date: '2022-09-23',
    });
    assert.deepEqual(huffpostItems(`${line}\n`), [
      {
        id: 'https://h.test/a',
        url: 'https://h.test/a',
        title: 'H',
        date_published: '2022-09-23T00:00:00Z',
        authors: [{ name: 'A, AP' }],
        tags: ['POLITICS'],
        language: 'en',
      },
    ]);
  });
});

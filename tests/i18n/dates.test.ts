import { expect } from '@open-wc/testing';
import type { Lang } from '../../src/i18n/languages.js';
import { languageReady, cyrillicToLatin, formatDate, parseDate } from '../../src/i18n/index.js';

// Serbian is a pack of its own, fetched on first use (src/i18n/language-pack.ts).
await languageReady('sr-Latn');

describe('i18n: dates', () => {
  it('formats long dates in all three languages and scripts', () => {
    expect(formatDate('2019-07-17', 'en')).to.equal('17 July 2019');
    expect(formatDate('2019-07-17', 'sr-Latn')).to.equal('17. jul 2019.');
    expect(formatDate('2019-07-17', 'sr-Cyrl')).to.equal('17. јул 2019.');
    expect(formatDate('2020-02-03T10:00:00Z', 'sr-Latn')).to.equal('3. februar 2020.');
    expect(formatDate('2020-02-03T10:00:00Z', 'sr-Cyrl')).to.equal('3. фебруар 2020.');
  });

  it('formats short dates', () => {
    expect(formatDate('2019-07-17', 'en', 'short')).to.equal('17/07/2019');
    // CLDR writes "17. 7. 2019." with spaces; some engines use no-break spaces.
    expect(formatDate('2019-07-17', 'sr-Latn', 'short').replace(/\s/g, ' ')).to.equal(
      '17. 7. 2019.',
    );
    expect(formatDate('2019-07-17', 'sr-Cyrl', 'short').replace(/\s/g, ' ')).to.equal(
      '17. 7. 2019.',
    );
  });

  it('writes what Intl writes for en-GB and Serbian, every month, where the engine has the data', () => {
    const intl = (locale: string, style: 'long' | 'short') =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: style === 'long' ? 'long' : 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
    const hasData = (locale: string) =>
      new Intl.DateTimeFormat(locale).resolvedOptions().locale.startsWith(locale.slice(0, 2));
    const cases: [Lang, string, ('long' | 'short')[]][] = [
      ['en', 'en-GB', ['long', 'short']],
      ['sr-Latn', 'sr-Latn-RS', ['long', 'short']],
      ['sr-Cyrl', 'sr-Cyrl-RS', ['long', 'short']],
    ];
    let compared = 0;
    for (const [lang, locale, styles] of cases) {
      if (!hasData(locale)) continue;
      for (const style of styles) {
        for (let month = 1; month <= 12; month++) {
          for (const day of [1, 9, 28]) {
            const iso = `2019-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            const theirs = intl(locale, style)
              .format(new Date(`${iso}T00:00:00Z`))
              .replace(/\s/g, ' ');
            // An engine whose Serbian data has one script answers in it; compare the script we write.
            if (lang === 'sr-Cyrl' && style === 'long' && /[a-z]/i.test(theirs)) continue;
            if (lang === 'sr-Latn' && /[\u0400-\u04ff]/.test(theirs)) continue;
            expect(formatDate(iso, lang, style), `${lang} ${style} ${iso}`).to.equal(theirs);
            compared++;
          }
        }
      }
    }
    // en-GB is in every engine's data: at least its 72 dates were compared.
    expect(compared).to.be.at.least(72);
  });

  it('writes every month in the right script', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2019-${String(month).padStart(2, '0')}-15`;
      const cyrillic = formatDate(iso, 'sr-Cyrl');
      const latin = formatDate(iso, 'sr-Latn');
      // A `not` in chai carries over `and`, so each check stands alone.
      expect(cyrillic, iso).to.not.match(/[a-z]/i);
      expect(cyrillic, iso).to.match(/^15\. [\u0400-\u04ff]+ 2019\.$/);
      expect(latin, iso).to.not.match(/[\u0400-\u04ff]/);
      expect(latin, iso).to.match(/^15\. [a-z]+ 2019\.$/);
      expect(cyrillicToLatin(cyrillic), iso).to.equal(latin);
    }
  });

  it('shows the calendar date as published, whatever the time zone', () => {
    expect(formatDate('2019-07-17T00:00:00Z', 'en')).to.equal('17 July 2019');
    expect(formatDate('2019-07-17T23:59:59Z', 'en')).to.equal('17 July 2019');
    // Just after midnight in Belgrade is still the 16th in UTC, and the 17th where it was written.
    expect(formatDate('2019-07-17T00:30:00+02:00', 'en')).to.equal('17 July 2019');
    expect(formatDate('2019-07-17T22:30:00-05:00', 'en')).to.equal('17 July 2019');
    expect(formatDate('2019-07-17T10:00', 'en')).to.equal('17 July 2019');
    expect(formatDate(' 2019-07-17 ', 'en')).to.equal('17 July 2019');
  });

  it('parses RFC 3339 instants', () => {
    expect(parseDate('2019-07-17')?.toISOString()).to.equal('2019-07-17T00:00:00.000Z');
    expect(parseDate('2019-07-17T00:30:00+02:00')?.toISOString()).to.equal(
      '2019-07-16T22:30:00.000Z',
    );
    expect(parseDate('2019-07-17T10:20:30.456Z')?.toISOString()).to.equal(
      '2019-07-17T10:20:30.456Z',
    );
    expect(parseDate('2019-07-17t10:20:30-0130')?.toISOString()).to.equal(
      '2019-07-17T11:50:30.000Z',
    );
    expect(parseDate('0099-01-01')?.getUTCFullYear()).to.equal(99);
    expect(parseDate('2020-02-29')?.toISOString()).to.equal('2020-02-29T00:00:00.000Z');
  });

  it('returns undefined for junk and never throws', () => {
    const junk: unknown[] = [
      '',
      ' ',
      'yesterday',
      '2019-13-01',
      '2019-02-30',
      '2019-02-29',
      '2019-00-10',
      '2019-07-00',
      '2019-07-17T24:00:00Z',
      '2019-07-17T10:60Z',
      '2019-07-17T10:00+25:00',
      '17.07.2019.',
      'Wed, 17 Jul 2019 10:00:00 GMT',
      '2019-7-17',
      '20190717',
      null,
      undefined,
      42,
      {},
      [],
    ];
    for (const value of junk) {
      expect(parseDate(value as string), String(value)).to.equal(undefined);
      expect(formatDate(value as string, 'sr-Cyrl'), String(value)).to.equal('');
    }
  });
});

import { expect } from '@open-wc/testing';
import {
  formatList,
  formatNumber,
  intlLocale,
  pluralCategory,
  type Lang,
} from '../../src/i18n/index.js';

// Written by hand to keep Intl off the first render (see src/i18n/format.ts); checked here against
// Intl wherever the engine has the locale's data.
const LANGS: Lang[] = ['en', 'sr-Latn', 'sr-Cyrl'];
const hasData = (lang: Lang) =>
  new Intl.NumberFormat(intlLocale(lang)).resolvedOptions().locale.startsWith(lang.slice(0, 2));

describe('i18n: numbers, plurals and lists', () => {
  it('picks the plural category Intl.PluralRules picks, 0–1,000 and decimals', () => {
    let compared = 0;
    for (const lang of LANGS) {
      if (!hasData(lang)) continue;
      const rules = new Intl.PluralRules(intlLocale(lang));
      const numbers = [
        ...Array.from({ length: 1001 }, (_, i) => i),
        1001,
        1011,
        1021,
        1102,
        1112,
        1.5,
        2.1,
        2.3,
        0.1,
        1.11,
        3.4,
        11.2,
      ];
      for (const n of numbers) {
        expect(pluralCategory(lang, n), `${lang} ${n}`).to.equal(rules.select(n));
        compared++;
      }
    }
    expect(compared).to.be.at.least(1013); // English, at least, is in every engine
  });

  it('writes numbers as Intl.NumberFormat does, at most one decimal', () => {
    let compared = 0;
    for (const lang of LANGS) {
      if (!hasData(lang)) continue;
      const format = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 });
      for (const n of [
        0, 1, 5, 12, 999, 1000, 1234, 12345, 123456, 1234567, 10000, 2.5, 1234.5, 0.3, 5.2, -3,
        -1234.5,
      ]) {
        expect(formatNumber(lang, n), `${lang} ${n}`).to.equal(
          format.format(n).replace(/\s/g, ' '),
        );
        compared++;
      }
    }
    expect(compared).to.be.at.least(17);
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('sr-Latn', 1234.5)).to.equal('1.234,5');
  });

  it('joins lists as Intl.ListFormat does', () => {
    const lists = [
      ['Ana'],
      ['Ana', 'Marko'],
      ['Ana', 'Marko', 'Jovan'],
      ['Ana', 'Marko', 'Jovan', 'Mila'],
    ];
    for (const lang of LANGS) {
      const intl = hasData(lang)
        ? new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' })
        : undefined;
      for (const list of lists) {
        const ours = formatList(lang, list);
        if (intl) expect(ours, `${lang} ${list.join('+')}`).to.equal(intl.format(list));
      }
    }
    expect(formatList('en', ['A', 'B', 'C'])).to.equal('A, B and C');
    expect(formatList('sr-Latn', ['A', 'B'])).to.equal('A i B');
    expect(formatList('sr-Cyrl', ['А', 'Б'])).to.equal('А и Б');
    expect(formatList('en', [])).to.equal('');
  });
});

import { expect } from '@open-wc/testing';
import {
  ERROR_REASONS,
  LANGS,
  cyrillicToLatin,
  plural,
  t,
  type Lang,
  type Messages,
  languageReady,
} from '../../src/i18n/index.js';

// Serbian is a pack of its own, fetched on first use (src/i18n/language-pack.ts).
await languageReady('sr-Latn');

/** Every message of a catalog as text, functions called with sample arguments; keyed by path. */
function flatten(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => string;
    // Error messages take details; the others take counts (or strings, tested on their own).
    if (path.startsWith('errors.')) {
      out.set(path, fn());
      out.set(`${path}(details)`, fn({ status: 503, megabytes: 2.5 }));
    } else {
      out.set(path, fn(5, 22));
      out.set(`${path}(1)`, fn(1, 21));
    }
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      for (const [subPath, text] of flatten(entry, path ? `${path}.${key}` : key))
        out.set(subPath, text);
    }
  }
  return out;
}

/** Latin acronyms and format names the Serbian Cyrillic catalog keeps (as Serbian Cyrillic texts do). */
const ALLOWED_LATIN = /\b(HTTP|CORS|JSON|HTML|MB|RSS|Atom)\b/g;

describe('i18n: messages', () => {
  const flat = new Map(
    LANGS.map((lang) => [lang, flatten(t(lang))] as [Lang, Map<string, string>]),
  );

  it('has every key, non-empty, in every language', () => {
    const keys = [...(flat.get('en') as Map<string, string>).keys()];
    expect(keys.length).to.be.greaterThan(60);
    for (const lang of LANGS) {
      const catalog = flat.get(lang) as Map<string, string>;
      expect([...catalog.keys()], lang).to.deep.equal(keys);
      for (const [key, text] of catalog) expect(text.trim(), `${lang} ${key}`).to.not.equal('');
    }
  });

  it('has a message for every error reason', () => {
    for (const lang of LANGS) {
      expect(Object.keys(t(lang).errors).sort(), lang).to.deep.equal([...ERROR_REASONS].sort());
    }
  });

  it('writes Serbian Cyrillic with Cyrillic letters only, apart from technical acronyms', () => {
    for (const [key, text] of flat.get('sr-Cyrl') as Map<string, string>) {
      expect(text.replace(ALLOWED_LATIN, ''), key).to.not.match(/[a-zčćđšž]/i);
      expect(text, key).to.match(/[\u0400-\u04ff]/);
    }
  });

  it('derives Cyrillic that reads back as the Latin source', () => {
    const latin = flat.get('sr-Latn') as Map<string, string>;
    for (const [key, text] of flat.get('sr-Cyrl') as Map<string, string>) {
      expect(cyrillicToLatin(text), key).to.equal(latin.get(key));
    }
  });

  it('derives Cyrillic strings correctly', () => {
    const cyr = t('sr-Cyrl');
    expect(cyr.state.loading).to.equal('Учитавање вести…');
    expect(cyr.state.empty).to.equal('Нема вести за приказ.');
    expect(cyr.state.errorTitle).to.equal('Вести нису могле да се учитају.');
    expect(cyr.list.loadMore).to.equal('Учитајте још');
    expect(cyr.contact.email).to.equal('Е-пошта');
    expect(cyr.contact.website).to.equal('Веб-сајт');
    expect(cyr.types.statement).to.equal('Изјава');
    expect(cyr.errors.http({ status: 418 })).to.equal('Извор вести је вратио грешку (HTTP 418).');
    expect(cyr.errors['too-large']({ megabytes: 2.5 })).to.equal(
      'Извор вести је превелик (више од 2,5 MB).',
    );
  });

  it('never converts what the caller passes in', () => {
    expect(t('sr-Cyrl').search.noResults('Vučić NATO')).to.equal('Нема резултата за „Vučić NATO“');
    expect(t('sr-Cyrl').item.published('17. јула 2019.')).to.equal('Објављено 17. јула 2019.');
    expect(t('sr-Latn').search.noResults('Vučić')).to.equal('Nema rezultata za „Vučić“');
    expect(t('en').search.noResults('Vučić')).to.equal('No results for “Vučić”');
  });

  it('picks plural forms: English one/other, Serbian one/few/other', () => {
    const counts = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111, 112];
    const results = (lang: Lang) => counts.map((n) => t(lang).search.results(n));
    expect(results('en')).to.deep.equal([
      '0 results',
      '1 result',
      '2 results',
      '5 results',
      '11 results',
      '21 results',
      '22 results',
      '25 results',
      '101 results',
      '111 results',
      '112 results',
    ]);
    expect(results('sr-Latn')).to.deep.equal([
      '0 rezultata',
      '1 rezultat',
      '2 rezultata',
      '5 rezultata',
      '11 rezultata',
      '21 rezultat',
      '22 rezultata',
      '25 rezultata',
      '101 rezultat',
      '111 rezultata',
      '112 rezultata',
    ]);
    expect(results('sr-Cyrl')).to.deep.equal([
      '0 резултата',
      '1 резултат',
      '2 резултата',
      '5 резултата',
      '11 резултата',
      '21 резултат',
      '22 резултата',
      '25 резултата',
      '101 резултат',
      '111 резултата',
      '112 резултата',
    ]);
    // The three Serbian forms are distinct where the noun changes.
    const skipped = [0, 1, 2, 5, 11, 21, 22, 25].map((n) => t('sr-Latn').list.skipped(n));
    expect(skipped).to.deep.equal([
      '0 stavki nije moglo da se prikaže',
      '1 stavka nije mogla da se prikaže',
      '2 stavke nisu mogle da se prikažu',
      '5 stavki nije moglo da se prikaže',
      '11 stavki nije moglo da se prikaže',
      '21 stavka nije mogla da se prikaže',
      '22 stavke nisu mogle da se prikažu',
      '25 stavki nije moglo da se prikaže',
    ]);
    expect(t('sr-Cyrl').list.skipped(2)).to.equal('2 ставке нису могле да се прикажу');
    expect(t('en').list.skipped(1)).to.equal('1 item could not be shown');
    expect(t('en').list.skipped(2)).to.equal('2 items could not be shown');
  });

  it('formats numbers per language inside messages', () => {
    expect(plural('en', 1234, { other: '# results' })).to.equal('1,234 results');
    expect(plural('sr-Latn', 1234, { one: '# rezultat', other: '# rezultata' })).to.equal(
      '1.234 rezultata',
    );
    expect(t('en').quote.position(2, 5)).to.equal('Quote 2 of 5');
    expect(t('sr-Cyrl').quote.position(2, 5)).to.equal('Цитат 2 од 5');
  });

  it('keeps English free of placeholders and reads sensibly without details', () => {
    const en: Messages = t('en');
    expect(en.errors.http()).to.equal('The news feed returned an error.');
    expect(en.errors.server({ status: 502 })).to.equal(
      'The news server had a problem (HTTP 502). Please try again later.',
    );
    expect(en.errors['too-large']()).to.equal('The news feed is too large.');
    for (const [key, text] of flat.get('en') as Map<string, string>) {
      expect(text, key).to.not.match(/[{}#]|undefined|NaN/);
    }
  });
});

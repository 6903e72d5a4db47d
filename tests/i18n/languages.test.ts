import { expect } from '@open-wc/testing';
import {
  DEFAULT_LANG,
  intlLocale,
  isSerbian,
  matchLang,
  serbianScript,
} from '../../src/i18n/index.js';

describe('i18n: languages', () => {
  it('maps English tags to en, case-insensitively', () => {
    for (const tag of ['en', 'EN', 'en-GB', 'en-us', 'en_US', ' en ']) {
      expect(matchLang(tag), tag).to.equal('en');
    }
  });

  it('maps Serbian tags with a Latin script to sr-Latn, wherever the script sits', () => {
    for (const tag of [
      'sr-Latn',
      'sr-latn',
      'SR-LATN-RS',
      'sr-Latn-ME',
      'sr-RS-Latn',
      'sr_RS@latin',
    ]) {
      expect(matchLang(tag), tag).to.equal('sr-Latn');
    }
  });

  it('maps Cyrillic and script-less Serbian tags to sr-Cyrl (CLDR default script)', () => {
    for (const tag of ['sr-Cyrl', 'sr-cyrl-rs', 'sr', 'SR', 'sr-RS', 'sr-ME', 'sr-BA']) {
      expect(matchLang(tag), tag).to.equal('sr-Cyrl');
    }
  });

  it('does not guess for related or unsupported languages and junk', () => {
    for (const tag of [
      'sh',
      'bs',
      'hr',
      'cnr',
      'de',
      'ru',
      'srp',
      'eng',
      '',
      '-',
      null,
      undefined,
    ]) {
      expect(matchLang(tag), String(tag)).to.equal(undefined);
    }
  });

  it('names the script of Serbian tags only', () => {
    expect(serbianScript('sr-Latn-RS')).to.equal('Latn');
    expect(serbianScript('sr-Cyrl')).to.equal('Cyrl');
    expect(serbianScript('sr-RS')).to.equal(undefined);
    expect(serbianScript('en-Latn')).to.equal(undefined);
    expect(isSerbian('sr-RS')).to.equal(true);
    expect(isSerbian('hr')).to.equal(false);
  });

  it('gives Intl locales with region, and English by default', () => {
    expect(DEFAULT_LANG).to.equal('en');
    expect(intlLocale('en')).to.equal('en-GB');
    expect(intlLocale('sr-Latn')).to.equal('sr-Latn-RS');
    expect(intlLocale('sr-Cyrl')).to.equal('sr-Cyrl-RS');
  });
});

import { expect } from '@open-wc/testing';
import { type HighlightSegment, highlight } from '../../src/search/index.js';

/** Segments as "plain[marked]plain" for readable assertions. */
const show = (segments: HighlightSegment[]): string =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('search: highlight', () => {
  it('marks a folded match in the original Latin-with-diacritics text', () => {
    const segments = highlight('Predsednik Vučić je primio delegaciju', 'vucic');
    expect(segments).to.deep.equal([
      { text: 'Predsednik ', match: false },
      { text: 'Vučić', match: true },
      { text: ' je primio delegaciju', match: false },
    ]);
  });

  it('marks a transliterated match in the original Cyrillic text, both ways', () => {
    expect(show(highlight('Председник Вучић је примио делегацију', 'vucic'))).to.equal(
      'Председник [Вучић] је примио делегацију',
    );
    expect(show(highlight('President Vučić met KFOR', 'вучић'))).to.equal(
      'President [Vučić] met KFOR',
    );
  });

  it('marks only the typed prefix of a longer (declined) word', () => {
    expect(show(highlight('sa Vučićem', 'vuč'))).to.equal('sa [Vuč]ićem');
    expect(show(highlight('са Вучићем', 'vucic'))).to.equal('са [Вучић]ем');
  });

  it('marks whole Cyrillic letters when the fold expands them (љ → lj)', () => {
    expect(show(highlight('Љубљана', 'l'))).to.equal('[Љ]убљана');
    expect(show(highlight('Љубљана', 'lju'))).to.equal('[Љу]бљана');
  });

  it('marks the whole "Dj" when the fold contracts it, and đ for dj', () => {
    expect(show(highlight('Djokovic, Đoković', 'djo'))).to.equal('[Djo]kovic, [Đo]ković');
  });

  it('marks every query word and a word within one typo', () => {
    expect(show(highlight('General Mojsilović met KFOR commanders', 'mojsilvoic kfor'))).to.equal(
      'General [Mojsilović] met [KFOR] commanders',
    );
  });

  it('concatenates back to exactly the original text', () => {
    const text = 'Vu\u00adčić, Вучић & <b>Đoković</b> — 🙂 Vuc\u030cic\u0301!';
    const segments = highlight(text, 'vucic dokovic');
    expect(segments.map((s) => s.text).join('')).to.equal(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).to.deep.equal([
      'Vu\u00adčić',
      'Вучић',
      'Đoković',
      'Vuc\u030cic\u0301',
    ]);
  });

  it('returns the text unmarked for an empty or wordless query, and nothing for empty text', () => {
    expect(highlight('Vučić', '')).to.deep.equal([{ text: 'Vučić', match: false }]);
    expect(highlight('Vučić', '   ?! ')).to.deep.equal([{ text: 'Vučić', match: false }]);
    expect(highlight('', 'vucic')).to.deep.equal([]);
  });

  it('does not mark a short word one typo away', () => {
    expect(show(highlight('KFOR and KFOT', 'kfor'))).to.equal('[KFOR] and KFOT');
  });

  it('treats HTML in the text as plain characters', () => {
    expect(show(highlight('<img src=x onerror=alert(1)> Vučić', 'vucic'))).to.equal(
      '<img src=x onerror=alert(1)> [Vučić]',
    );
  });
});

import { expect } from '@open-wc/testing';
import { fold, foldWithMap, stripTags, tokenize } from '../../src/search/index.js';

describe('search: fold', () => {
  it('folds case, Serbian diacritics and Serbian Cyrillic to one form', () => {
    for (const s of ['vucic', 'Vučić', 'VUČIĆ', 'Вучић', 'ВУЧИЋ'])
      expect(fold(s), s).to.equal('vucic');
    expect(fold('Šabac Žabljak Čačak')).to.equal('sabac zabljak cacak');
  });

  it('maps the Cyrillic digraph letters: љ → lj, њ → nj, џ → dz, and Latin dž → dz', () => {
    expect(fold('Љубљана')).to.equal('ljubljana');
    expect(fold('Његош')).to.equal('njegos');
    expect(fold('Џеп')).to.equal('dzep');
    expect(fold('džep')).to.equal('dzep');
    expect(fold('ǅep ǈubav ǋegoš')).to.equal('dzep ljubav njegos'); // Unicode's one-letter digraphs
  });

  it('folds đ, ђ and the ASCII digraph dj to d, so every spelling of Đoković is one word', () => {
    for (const s of ['Đoković', 'Ђоковић', 'Djokovic', 'DJOKOVIC', 'dokovic'])
      expect(fold(s), s).to.equal('dokovic');
  });

  it('strips general Latin diacritics and the letters NFD keeps whole', () => {
    expect(fold('Naïve café Ærø Łódź Straße')).to.equal('naive cafe aero lodz strasse');
  });

  it('folds text already decomposed (base letter + combining caron) like composed text', () => {
    expect(fold('Vuc\u030cic\u0301')).to.equal('vucic');
  });

  it('drops invisible units such as a soft hyphen inside a word', () => {
    expect(fold('Vu\u00adčić')).to.equal('vucic');
  });

  it('maps every folded unit back to the original range it came from', () => {
    const m = foldWithMap('Љиљана');
    expect(m.folded).to.equal('ljiljana');
    expect([...m.start]).to.deep.equal([0, 0, 1, 2, 2, 3, 4, 5]);
    expect([...m.end]).to.deep.equal([1, 1, 2, 3, 3, 4, 5, 6]);
    const d = foldWithMap('Djo');
    expect(d.folded).to.equal('do');
    expect([...d.start]).to.deep.equal([0, 2]);
    expect([...d.end]).to.deep.equal([2, 3]);
  });
});

describe('search: tokenize', () => {
  it('splits folded text into letter and digit runs', () => {
    expect(tokenize('KFOR-led, NATO’s “space domain” 2024!')).to.deep.equal([
      'kfor',
      'led',
      'nato',
      's',
      'space',
      'domain',
      '2024',
    ]);
    expect(tokenize('Predsednik Вучић i Đoković')).to.deep.equal([
      'predsednik',
      'vucic',
      'i',
      'dokovic',
    ]);
  });

  it('finds no words in whitespace, punctuation or emoji', () => {
    expect(tokenize('  \t\n .,;!? 🙂 ')).to.deep.equal([]);
  });
});

describe('search: stripTags', () => {
  it('turns tags into word breaks and decodes entities', () => {
    expect(
      tokenize(stripTags('<p>Vu&#269;i&#x107;</p><p>met&nbsp;<b>KFOR</b> &amp; co</p>')),
    ).to.deep.equal(['vucic', 'met', 'kfor', 'co']);
  });

  it('ignores quoted > in attributes, comments, and script and style bodies', () => {
    const text = stripTags(
      '<a title="a > b" href=\'x>y\'>link</a><!-- hidden > --><script>var s = "<p>x</p>";</script><STYLE>p{}</STYLE>end',
    );
    expect(tokenize(text)).to.deep.equal(['link', 'end']);
  });

  it('leaves a lone < and unknown entities as text', () => {
    expect(stripTags('1 < 2 &bogus; 3')).to.equal('1 < 2 &bogus; 3');
  });
});

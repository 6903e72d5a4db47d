import { expect } from '@open-wc/testing';
import { cyrillicToLatin, latinToCyrillic, toScript, transliterate } from '../../src/i18n/index.js';

const LATIN =
  'Predsednik Vučić, ministar Dačić, general Mojsilović i Novak Đoković razgovarali su u Beogradu.';
const CYRILLIC =
  'Председник Вучић, министар Дачић, генерал Мојсиловић и Новак Ђоковић разговарали су у Београду.';

describe('i18n: transliteration', () => {
  it('converts the whole alphabet both ways', () => {
    const lat = 'a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž';
    const cyr = 'а б ц ч ћ д џ ђ е ф г х и ј к л љ м н њ о п р с ш т у в з ж';
    expect(latinToCyrillic(lat)).to.equal(cyr);
    expect(cyrillicToLatin(cyr)).to.equal(lat);
    expect(latinToCyrillic(lat.toUpperCase())).to.equal(cyr.toUpperCase());
  });

  it('writes lj, nj, dž as single letters, in every case', () => {
    expect(
      latinToCyrillic('Ljubljana, LJUBLJANA, Njegoš, NJEGOŠ, Džakarta, DŽAKARTA, budžet'),
    ).to.equal('Љубљана, ЉУБЉАНА, Његош, ЊЕГОШ, Џакарта, ЏАКАРТА, буџет');
    expect(cyrillicToLatin('Љубљана, ЉУБЉАНА, Његош, ЊЕГОШ, Џакарта, ЏАКАРТА, буџет, Љ')).to.equal(
      'Ljubljana, LJUBLJANA, Njegoš, NJEGOŠ, Džakarta, DŽAKARTA, budžet, Lj',
    );
    expect(latinToCyrillic('ǈubǉana ǋegoš ǅakarta')).to.equal('Љубљана Његош Џакарта');
    // The look-alike eth (U+00D0, U+00F0) typed for Đ đ.
    expect(latinToCyrillic('\u00D0oković, \u00D0URĐEVDAN, \u00f0ak')).to.equal(
      'Ђоковић, ЂУРЂЕВДАН, ђак',
    );
    // "dž" typed as d + z + combining caron is the same letter.
    expect(latinToCyrillic('budz\u030Cet')).to.equal('буџет');
  });

  it('round-trips a Serbian sentence with names', () => {
    expect(latinToCyrillic(LATIN)).to.equal(CYRILLIC);
    expect(cyrillicToLatin(CYRILLIC)).to.equal(LATIN);
    expect(cyrillicToLatin(latinToCyrillic(LATIN))).to.equal(LATIN);
  });

  it('keeps two letters where a prefix meets j or ž', () => {
    const pairs: [string, string][] = [
      ['injekcija', 'инјекција'],
      ['konjunktura', 'конјунктура'],
      ['konjugacija', 'конјугација'],
      ['vanjezički', 'ванјезички'],
      ['konjektura', 'конјектура'],
      ['vanjugoslovenski', 'ванјугословенски'],
      ['vanjevropski', 'ванјевропски'],
      ['nadživeti', 'надживети'],
      ['odžaliti', 'оджалити'],
      ['neodživeti', 'неодживети'],
      ['Podžupan', 'Поджупан'],
      ['podželudačna', 'поджелудачна'],
      // Real џ after the same letters: not prefixes.
      ['odžak', 'оџак'],
      ['nadžak', 'наџак'],
      ['konj', 'коњ'],
    ];
    for (const [lat, cyr] of pairs) {
      expect(latinToCyrillic(lat), lat).to.equal(cyr);
      expect(cyrillicToLatin(cyr), cyr).to.equal(lat);
    }
  });

  it('leaves URLs, e-mail addresses, domains and numbers alone', () => {
    const text =
      'Pišite na info@mlo-beograd.rs ili posetite https://www.nato.int/cps/en/natohq/news.htm?selectedLocale=sr, www.mod.gov.rs i nato.int: 2019, 17.07. i 1.234,5.';
    expect(latinToCyrillic(text)).to.equal(
      'Пишите на info@mlo-beograd.rs или посетите https://www.nato.int/cps/en/natohq/news.htm?selectedLocale=sr, www.mod.gov.rs и nato.int: 2019, 17.07. и 1.234,5.',
    );
    expect(cyrillicToLatin('Сајт пример.срб и http://пример.срб/вести')).to.equal(
      'Sajt пример.срб i http://пример.срб/вести',
    );
  });

  it('writes acronyms in Cyrillic, never two scripts in one word (this reverses the old rule)', () => {
    expect(
      latinToCyrillic(
        'Komandant KFOR-a i SACEUR, general Tod D. Wolters, u JFC Napulj; NATO i F-16.',
      ),
    ).to.equal('Командант КФОР-а и САЦЕУР, генерал Тод Д. Wolters, у ЈФЦ Напуљ; НАТО и F-16.');
    expect(latinToCyrillic('SRBIJA I NATO: EU, UN, VS i MO')).to.equal(
      'СРБИЈА И НАТО: ЕУ, УН, ВС и МО',
    );
    expect(latinToCyrillic('Vojna kancelarija za vezu NATO')).to.equal(
      'Војна канцеларија за везу НАТО',
    );
    // Every word of the output is in one script.
    for (const word of latinToCyrillic('KFOR-a NATO-u EU-a Wi-Fi-ja HTTP-a C-130J').split(' ')) {
      expect(/[a-z]/i.test(word) && /[\u0400-\u04ff]/.test(word), word).to.equal(false);
    }
    expect(latinToCyrillic('KFOR-a NATO-u Wi-Fi HTTP-a')).to.equal('КФОР-а НАТО-у Wi-Fi HTTP-a');
  });

  it('keeps the documented technical acronyms and words with q, w, x, y in Latin', () => {
    expect(
      latinToCyrillic(
        'Adresa URL, format JSON preko HTTPS-a, HTML i CSS, API, PDF, RSS, CORS, 5 MB',
      ),
    ).to.equal('Адреса URL, формат JSON преко HTTPS-a, HTML и CSS, API, PDF, RSS, CORS, 5 MB');
    expect(latinToCyrillic('XML, WHO, EULEX, Yale, Qatar')).to.equal(
      'XML, WHO, EULEX, Yale, Qatar',
    );
    expect(
      latinToCyrillic('Marinelli, iPhone, McDonald, Mattarella, Müller, Michel, XXI vek'),
    ).to.equal('Marinelli, iPhone, McDonald, Mattarella, Müller, Michel, XXI век');
    // All-caps Serbian words with Serbian letters are words too.
    expect(latinToCyrillic('ĐAK ČAČAK')).to.equal('ЂАК ЧАЧАК');
  });

  it('keeps a Roman numeral after a name, not an initial or the conjunction', () => {
    expect(
      latinToCyrillic('Karlo V i Petar II su vladali; Luj XIV. Aleksandar I Karađorđević'),
    ).to.equal('Карло V и Петар II су владали; Луј XIV. Александар I Карађорђевић');
    expect(latinToCyrillic('Vladao je Karlo V.')).to.equal('Владао је Карло V.');
    // An initial before a surname, the conjunction in capitals, a numeral not after a name.
    expect(latinToCyrillic('Ivan V. Petrović')).to.equal('Иван В. Петровић');
    expect(latinToCyrillic('SRBIJA I EU')).to.equal('СРБИЈА И ЕУ');
    expect(latinToCyrillic('tačka V')).to.equal('тачка В');
  });

  it('protects spans given by the caller', () => {
    expect(
      latinToCyrillic('Mark Rutte i Partnership for Peace', {
        keep: ['Mark Rutte', 'Partnership for Peace'],
      }),
    ).to.equal('Mark Rutte и Partnership for Peace');
    expect(
      latinToCyrillic('general Tod D. Wolters i Stoltenberg', { keep: ['Tod D. Wolters'] }),
    ).to.equal('генерал Tod D. Wolters и Столтенберг');
    expect(
      latinToCyrillic('Ambasador [Christopher Hill] je rekao', { keep: [/\[[^\]]*\]/] }),
    ).to.equal('Амбасадор [Christopher Hill] је рекао');
  });

  it('leaves non-Serbian Cyrillic and Latin in the other direction alone', () => {
    expect(cyrillicToLatin('Москва я NATO Vučić')).to.equal('Moskva я NATO Vučić');
    expect(cyrillicToLatin('НАТО и КФОР-а')).to.equal('NATO i KFOR-a');
  });

  it('transliterates by language pair', () => {
    expect(transliterate('Učitaj još', 'sr-Latn', 'sr-Cyrl')).to.equal('Учитај још');
    expect(transliterate('Учитај још', 'sr-Cyrl', 'sr-Latn')).to.equal('Učitaj još');
    expect(transliterate('Učitaj još', 'sr-Latn', 'sr-Latn')).to.equal('Učitaj još');
  });

  it('converts feed text to the UI script only when it is Serbian in the other script', () => {
    expect(toScript('Poseta Beogradu', 'sr-Latn', 'sr-Cyrl')).to.equal('Посета Београду');
    expect(toScript('Посета Београду', 'sr-Cyrl', 'sr-Latn')).to.equal('Poseta Beogradu');
    expect(toScript('Poseta Beogradu', 'sr-Latn-RS', 'sr-Latn')).to.equal('Poseta Beogradu');
    // The same script: Latin names inside Cyrillic text stay as the author wrote them.
    expect(toScript('Посета, Tod Wolters', 'sr-Cyrl', 'sr-Cyrl')).to.equal('Посета, Tod Wolters');
    // A script-less Serbian tag: converted to the target, whichever script it was in.
    expect(toScript('Poseta Beogradu', 'sr', 'sr-Cyrl')).to.equal('Посета Београду');
    expect(toScript('Poseta Beogradu', 'sr-RS', 'sr-Latn')).to.equal('Poseta Beogradu');
    // English content, an English UI, or an unknown source: unchanged.
    expect(toScript('A visit to Belgrade', 'en', 'sr-Cyrl')).to.equal('A visit to Belgrade');
    expect(toScript('Poseta Beogradu', 'sr-Latn', 'en')).to.equal('Poseta Beogradu');
    expect(toScript('Poseta Beogradu', undefined, 'sr-Cyrl')).to.equal('Poseta Beogradu');
  });
});

/**
 * Every message of the catalog, in English and in both Serbian scripts, as a native Serbian reader
 * checked them (formal register, agreement, genitive dates; see the note in messages/sr-latn.ts).
 * The catalog cannot drift: a changed string fails here, and a new key fails until it has a row.
 * Messages with arguments are called as `flatten` calls them: counts (5, 22) and (1, 21), error
 * details { status: 503, megabytes: 2.5 }; the string arguments are checked at the end.
 */
import { expect } from '@open-wc/testing';
import { languageReady, formatDate, t, type Lang } from '../../src/i18n/index.js';

// Serbian is a pack of its own, fetched on first use (src/i18n/language-pack.ts).
await languageReady('sr-Latn');

/** [key, en, sr-Latn, sr-Cyrl] */
const TABLE: [string, string, string, string][] = [
  ['state.loading', 'Loading news…', 'Učitavanje vesti…', 'Учитавање вести…'],
  ['state.empty', 'No news to show.', 'Nema vesti za prikaz.', 'Нема вести за приказ.'],
  [
    'state.stale',
    'Showing saved news; the latest could not be loaded.',
    'Prikazane su sačuvane vesti; najnovije nije bilo moguće učitati.',
    'Приказане су сачуване вести; најновије није било могуће учитати.',
  ],
  [
    'state.errorTitle',
    'News could not be loaded.',
    'Vesti nisu mogle da se učitaju.',
    'Вести нису могле да се учитају.',
  ],
  ['state.openFeed', 'Open the feed', 'Otvorite izvor vesti', 'Отворите извор вести'],
  ['state.retry', 'Retry', 'Pokušajte ponovo', 'Покушајте поново'],
  ['state.loaded', 'News loaded.', 'Vesti su učitane.', 'Вести су учитане.'],
  ['state.noArticle', 'No article to show.', 'Nema članka za prikaz.', 'Нема чланка за приказ.'],
  ['state.noQuote', 'No quote to show.', 'Nema citata za prikaz.', 'Нема цитата за приказ.'],
  ['state.noVisit', 'No visit to show.', 'Nema posete za prikaz.', 'Нема посете за приказ.'],
  [
    'state.noContact',
    'No contact details to show.',
    'Nema kontakt podataka za prikaz.',
    'Нема контакт података за приказ.',
  ],
  [
    'errors.timeout',
    'The news feed took too long to respond.',
    'Izvor vesti nije odgovorio na vreme.',
    'Извор вести није одговорио на време.',
  ],
  [
    'errors.timeout(details)',
    'The news feed took too long to respond.',
    'Izvor vesti nije odgovorio na vreme.',
    'Извор вести није одговорио на време.',
  ],
  [
    'errors.network',
    'The news feed could not be reached: a network error, or the feed does not allow this site to read it (CORS).',
    'Izvor vesti nije dostupan: greška u mreži ili izvor ne dozvoljava pristup sa ovog sajta (CORS).',
    'Извор вести није доступан: грешка у мрежи или извор не дозвољава приступ са овог сајта (CORS).',
  ],
  [
    'errors.network(details)',
    'The news feed could not be reached: a network error, or the feed does not allow this site to read it (CORS).',
    'Izvor vesti nije dostupan: greška u mreži ili izvor ne dozvoljava pristup sa ovog sajta (CORS).',
    'Извор вести није доступан: грешка у мрежи или извор не дозвољава приступ са овог сајта (CORS).',
  ],
  [
    'errors.not-found',
    'The news feed was not found (404).',
    'Izvor vesti nije pronađen (404).',
    'Извор вести није пронађен (404).',
  ],
  [
    'errors.not-found(details)',
    'The news feed was not found (404).',
    'Izvor vesti nije pronađen (404).',
    'Извор вести није пронађен (404).',
  ],
  [
    'errors.http',
    'The news feed returned an error.',
    'Izvor vesti je vratio grešku.',
    'Извор вести је вратио грешку.',
  ],
  [
    'errors.http(details)',
    'The news feed returned an error (HTTP 503).',
    'Izvor vesti je vratio grešku (HTTP 503).',
    'Извор вести је вратио грешку (HTTP 503).',
  ],
  [
    'errors.server',
    'The news server had a problem. Please try again later.',
    'Došlo je do greške na serveru vesti. Pokušajte ponovo kasnije.',
    'Дошло је до грешке на серверу вести. Покушајте поново касније.',
  ],
  [
    'errors.server(details)',
    'The news server had a problem (HTTP 503). Please try again later.',
    'Došlo je do greške na serveru vesti (HTTP 503). Pokušajte ponovo kasnije.',
    'Дошло је до грешке на серверу вести (HTTP 503). Покушајте поново касније.',
  ],
  [
    'errors.rate-limited',
    'The news server is busy. Please try again in a few minutes.',
    'Server vesti je trenutno preopterećen. Pokušajte ponovo za nekoliko minuta.',
    'Сервер вести је тренутно преоптерећен. Покушајте поново за неколико минута.',
  ],
  [
    'errors.rate-limited(details)',
    'The news server is busy. Please try again in a few minutes.',
    'Server vesti je trenutno preopterećen. Pokušajte ponovo za nekoliko minuta.',
    'Сервер вести је тренутно преоптерећен. Покушајте поново за неколико минута.',
  ],
  [
    'errors.not-json',
    'The address returned a web page or another document, not a news feed (JSON Feed, RSS or Atom).',
    'Ova adresa vraća veb-stranicu ili neki drugi dokument, a ne izvor vesti (JSON, RSS ili Atom).',
    'Ова адреса враћа веб-страницу или неки други документ, а не извор вести (JSON, RSS или Atom).',
  ],
  [
    'errors.not-json(details)',
    'The address returned a web page or another document, not a news feed (JSON Feed, RSS or Atom).',
    'Ova adresa vraća veb-stranicu ili neki drugi dokument, a ne izvor vesti (JSON, RSS ili Atom).',
    'Ова адреса враћа веб-страницу или неки други документ, а не извор вести (JSON, RSS или Atom).',
  ],
  [
    'errors.parse',
    'The news feed is damaged or incomplete.',
    'Izvor vesti je oštećen ili nepotpun.',
    'Извор вести је оштећен или непотпун.',
  ],
  [
    'errors.parse(details)',
    'The news feed is damaged or incomplete.',
    'Izvor vesti je oštećen ili nepotpun.',
    'Извор вести је оштећен или непотпун.',
  ],
  [
    'errors.too-large',
    'The news feed is too large.',
    'Izvor vesti je prevelik.',
    'Извор вести је превелик.',
  ],
  [
    'errors.too-large(details)',
    'The news feed is too large (over 2.5 MB).',
    'Izvor vesti je prevelik (više od 2,5 MB).',
    'Извор вести је превелик (више од 2,5 MB).',
  ],
  [
    'errors.schema',
    'The address did not return a news feed we can read (JSON Feed, RSS or Atom).',
    'Podaci sa ove adrese nisu izvor vesti koji možemo da pročitamo (JSON, RSS ili Atom).',
    'Подаци са ове адресе нису извор вести који можемо да прочитамо (JSON, RSS или Atom).',
  ],
  [
    'errors.schema(details)',
    'The address did not return a news feed we can read (JSON Feed, RSS or Atom).',
    'Podaci sa ove adrese nisu izvor vesti koji možemo da pročitamo (JSON, RSS ili Atom).',
    'Подаци са ове адресе нису извор вести који можемо да прочитамо (JSON, RSS или Atom).',
  ],
  [
    'errors.aborted',
    'Loading was cancelled.',
    'Učitavanje je prekinuto.',
    'Учитавање је прекинуто.',
  ],
  [
    'errors.aborted(details)',
    'Loading was cancelled.',
    'Učitavanje je prekinuto.',
    'Учитавање је прекинуто.',
  ],
  ['list.label', 'Newsroom', 'Vesti', 'Вести'],
  ['list.loadMore', 'Load more', 'Učitajte još', 'Учитајте још'],
  [
    'list.moreFailed',
    'Older news could not be loaded.',
    'Starije vesti nisu mogle da se učitaju.',
    'Старије вести нису могле да се учитају.',
  ],
  ['list.showNew', 'Show 5 new items', 'Prikažite 5 novih stavki', 'Прикажите 5 нових ставки'],
  ['list.showNew(1)', 'Show 1 new item', 'Prikažite 1 novu stavku', 'Прикажите 1 нову ставку'],
  [
    'list.newWaiting',
    '5 new items are waiting at the top of the list.',
    '5 novih stavki čeka na vrhu liste.',
    '5 нових ставки чека на врху листе.',
  ],
  [
    'list.newWaiting(1)',
    '1 new item is waiting at the top of the list.',
    '1 nova stavka čeka na vrhu liste.',
    '1 нова ставка чека на врху листе.',
  ],
  ['list.readMore', 'Read more', 'Opširnije', 'Опширније'],
  [
    'list.readFullArticle',
    'Read the full article',
    'Pročitajte ceo članak',
    'Прочитајте цео чланак',
  ],
  ['list.showing', 'Showing 5 of 22', 'Prikaz: 5 od 22', 'Приказ: 5 од 22'],
  ['list.showing(1)', 'Showing 1 of 21', 'Prikaz: 1 od 21', 'Приказ: 1 од 21'],
  [
    'list.skipped',
    '5 items could not be shown',
    '5 stavki nije moglo da se prikaže',
    '5 ставки није могло да се прикаже',
  ],
  [
    'list.skipped(1)',
    '1 item could not be shown',
    '1 stavka nije mogla da se prikaže',
    '1 ставка није могла да се прикаже',
  ],
  ['list.pinned', 'Pinned', 'Istaknuto', 'Истакнуто'],
  ['filters.label', 'Filter the news', 'Filtrirajte vesti', 'Филтрирајте вести'],
  ['filters.type', 'Type:', 'Vrsta:', 'Врста:'],
  ['filters.tag', 'Topic:', 'Tema:', 'Тема:'],
  ['filters.year', 'Year:', 'Godina:', 'Година:'],
  ['filters.all', 'All', 'Sve', 'Све'],
  ['filters.matching', '5 items match.', '5 stavki odgovara.', '5 ставки одговара.'],
  ['filters.matching(1)', '1 item matches.', '1 stavka odgovara.', '1 ставка одговара.'],
  [
    'filters.none',
    'No news matches these filters.',
    'Nijedna vest ne odgovara ovim filterima.',
    'Ниједна вест не одговара овим филтерима.',
  ],
  ['filters.follow', 'Follow:', 'Pratite:', 'Пратите:'],
  ['filters.feed', 'Feed', 'Izvor vesti', 'Извор вести'],
  ['item.published', 'Published 5', 'Objavljeno 5', 'Објављено 5'],
  ['item.published(1)', 'Published 1', 'Objavljeno 1', 'Објављено 1'],
  ['item.updated', 'Updated 5', 'Ažurirano 5', 'Ажурирано 5'],
  ['item.updated(1)', 'Updated 1', 'Ažurirano 1', 'Ажурирано 1'],
  ['item.photo', 'Photo:', 'Foto:', 'Фото:'],
  ['item.by', 'By', 'Pišu:', 'Пишу:'],
  ['item.by(1)', 'By', 'Piše:', 'Пише:'],
  ['item.tags', 'Tags', 'Oznake', 'Ознаке'],
  ['item.table', 'Table', 'Tabela', 'Табела'],
  [
    'item.newTab',
    '(opens in a new tab)',
    '(otvara se u novoj kartici)',
    '(отвара се у новој картици)',
  ],
  ['item.audio', 'Audio', 'Audio', 'Аудио'],
  ['item.video', 'Video', 'Video', 'Видео'],
  ['item.note', 'Note', 'Beleška', 'Белешка'],
  ['item.image', 'Image', 'Slika', 'Слика'],
  ['types.article', 'Article', 'Članak', 'Чланак'],
  ['types.statement', 'Statement', 'Izjava', 'Изјава'],
  ['types.quote', 'Quote', 'Citat', 'Цитат'],
  ['types.visit', 'Visit', 'Poseta', 'Посета'],
  ['typesPlural.article', 'Articles', 'Članci', 'Чланци'],
  ['typesPlural.statement', 'Statements', 'Izjave', 'Изјаве'],
  ['typesPlural.quote', 'Quotes', 'Citati', 'Цитати'],
  ['typesPlural.visit', 'Visits', 'Posete', 'Посете'],
  ['share.share', 'Share', 'Podelite', 'Поделите'],
  ['share.copied', 'Link copied.', 'Link je kopiran.', 'Линк је копиран.'],
  [
    'share.copyByHand',
    'Copy the link from the field.',
    'Kopirajte link iz polja.',
    'Копирајте линк из поља.',
  ],
  ['share.link', 'Link', 'Link', 'Линк'],
  ['share.copyQuote', 'Copy quote', 'Kopirajte citat', 'Копирајте цитат'],
  ['share.quoteCopied', 'Quote copied.', 'Citat je kopiran.', 'Цитат је копиран.'],
  [
    'share.copyQuoteByHand',
    'Copy the selected quote.',
    'Kopirajte označeni citat.',
    'Копирајте означени цитат.',
  ],
  ['share.alsoIn', 'Also in:', 'Ostale verzije:', 'Остале верзије:'],
  ['quote.label', 'Quotes', 'Citati', 'Цитати'],
  ['quote.source', 'Source', 'Izvor', 'Извор'],
  ['quote.pause', 'Pause rotation', 'Pauzirajte smenjivanje citata', 'Паузирајте смењивање цитата'],
  ['quote.resume', 'Resume rotation', 'Nastavite smenjivanje citata', 'Наставите смењивање цитата'],
  ['quote.position', 'Quote 5 of 22', 'Citat 5 od 22', 'Цитат 5 од 22'],
  ['quote.position(1)', 'Quote 1 of 21', 'Citat 1 od 21', 'Цитат 1 од 21'],
  ['quote.next', 'Next quote', 'Sledeći citat', 'Следећи цитат'],
  ['quote.previous', 'Previous quote', 'Prethodni citat', 'Претходни цитат'],
  ['visit.visit', 'Visit', 'Poseta', 'Посета'],
  ['visit.visitor', 'Visitor', 'Posetilac', 'Посетилац'],
  ['visit.metWith', 'Met with', 'Sagovornici', 'Саговорници'],
  ['visit.location', 'Location', 'Mesto', 'Место'],
  ['contact.contact', 'Contact', 'Kontakt', 'Контакт'],
  ['contact.address', 'Address', 'Adresa', 'Адреса'],
  ['contact.phone', 'Phone', 'Telefon', 'Телефон'],
  ['contact.email', 'E-mail', 'E-pošta', 'Е-пошта'],
  ['contact.website', 'Website', 'Veb-sajt', 'Веб-сајт'],
  ['search.label', 'Search the newsroom', 'Pretražite vesti', 'Претражите вести'],
  ['search.placeholder', 'Search…', 'Pretraga…', 'Претрага…'],
  ['search.submit', 'Search', 'Pretražite', 'Претражите'],
  ['search.results', '5 results', '5 rezultata', '5 резултата'],
  ['search.results(1)', '1 result', '1 rezultat', '1 резултат'],
  ['search.noResults', 'No results for “5”', 'Nema rezultata za „5“', 'Нема резултата за „5“'],
  ['search.noResults(1)', 'No results for “1”', 'Nema rezultata za „1“', 'Нема резултата за „1“'],
  ['search.clear', 'Clear search', 'Obrišite pretragu', 'Обришите претрагу'],
  ['search.prompt', 'Type to search', 'Unesite pojam za pretragu', 'Унесите појам за претрагу'],
  ['search.heading', 'Results', 'Rezultati', 'Резултати'],
  [
    'search.archiveFailed',
    'Part of the search index could not be loaded.',
    'Deo indeksa za pretragu nije mogao da se učita.',
    'Део индекса за претрагу није могао да се учита.',
  ],
];

function flatten(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => string;
    if (path.startsWith('errors.'))
      return [
        [path, fn()],
        [`${path}(details)`, fn({ status: 503, megabytes: 2.5 })],
      ];
    return [
      [path, fn(5, 22)],
      [`${path}(1)`, fn(1, 21)],
    ];
  }
  return Object.entries(value as object).flatMap(([key, entry]) =>
    flatten(entry, path ? `${path}.${key}` : key),
  );
}

describe('i18n: the catalog, string by string', () => {
  const columns: [Lang, number][] = [
    ['en', 1],
    ['sr-Latn', 2],
    ['sr-Cyrl', 3],
  ];

  for (const [lang, column] of columns) {
    it(`says exactly what the table says in ${lang}, and nothing the table lacks`, () => {
      const actual = flatten(t(lang));
      expect(actual.map(([key]) => key)).to.deep.equal(TABLE.map((row) => row[0]));
      for (const [key, text] of actual) {
        const row = TABLE.find((r) => r[0] === key)!;
        expect(text, `${lang} ${key}`).to.equal(row[column]);
      }
    });
  }

  it('uses one register: no informal imperative in Serbian', () => {
    // The informal forms the review found ("Pokušaj ponovo", "Učitaj još", "Otvori", "Obriši").
    for (const [, , latin] of TABLE)
      expect(latin).to.not.match(/\b(Pokušaj|Učitaj|Otvori|Obriši|Pretraži|Pauziraj|Nastavi)\b/u);
  });

  it('writes dates in running text in the genitive, standing alone in the nominative', () => {
    const cases: [Lang, string, string][] = [
      ['en', 'Updated 27 November 2026', 'Published 17 July 2019'],
      ['sr-Latn', 'Ažurirano 27. novembra 2026.', 'Objavljeno 17. jula 2019.'],
      ['sr-Cyrl', 'Ажурирано 27. новембра 2026.', 'Објављено 17. јула 2019.'],
    ];
    for (const [lang, updated, published] of cases) {
      const m = t(lang);
      expect(m.item.updated(formatDate('2026-11-27', lang, 'running')), lang).to.equal(updated);
      expect(m.item.published(formatDate('2019-07-17', lang, 'running')), lang).to.equal(published);
    }
    expect(formatDate('2026-11-27', 'sr-Latn')).to.equal('27. novembar 2026.');
    expect(formatDate('2026-11-27', 'sr-Cyrl')).to.equal('27. новембар 2026.');
    const genitive = [
      'januara',
      'februara',
      'marta',
      'aprila',
      'maja',
      'juna',
      'jula',
      'avgusta',
      'septembra',
      'oktobra',
      'novembra',
      'decembra',
    ];
    genitive.forEach((month, i) => {
      const iso = `2026-${String(i + 1).padStart(2, '0')}-05`;
      expect(formatDate(iso, 'sr-Latn', 'running')).to.equal(`5. ${month} 2026.`);
    });
    expect(formatDate('2026-05-05', 'sr-Cyrl', 'running')).to.equal('5. маја 2026.');
  });

  it('agrees the author verb with the number of authors', () => {
    expect([1, 2, 3].map((n) => t('sr-Latn').item.by(n))).to.deep.equal([
      'Piše:',
      'Pišu:',
      'Pišu:',
    ]);
    expect([1, 2].map((n) => t('sr-Cyrl').item.by(n))).to.deep.equal(['Пише:', 'Пишу:']);
    expect([1, 2].map((n) => t('en').item.by(n))).to.deep.equal(['By', 'By']);
  });

  it('agrees the filter count with its number in Serbian (1, 2–4, 5–20, 21, 22)', () => {
    const counts = [1, 2, 5, 11, 21, 22, 25];
    expect(counts.map((n) => t('sr-Latn').filters.matching(n))).to.deep.equal([
      '1 stavka odgovara.',
      '2 stavke odgovaraju.',
      '5 stavki odgovara.',
      '11 stavki odgovara.',
      '21 stavka odgovara.',
      '22 stavke odgovaraju.',
      '25 stavki odgovara.',
    ]);
    expect(t('sr-Cyrl').filters.matching(3)).to.equal('3 ставке одговарају.');
  });

  it('leaves string arguments as given in every language', () => {
    expect(t('sr-Cyrl').search.noResults('Vučić NATO')).to.equal('Нема резултата за „Vučić NATO“');
    expect(t('sr-Latn').search.noResults('Вучић')).to.equal('Nema rezultata za „Вучић“');
    expect(t('en').search.noResults('Vučić')).to.equal('No results for “Vučić”');
  });
});

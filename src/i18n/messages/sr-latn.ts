/**
 * Serbian messages in Latin script (ekavian, as written in Serbia), the source of the Cyrillic
 * catalog too: write only words `latinToCyrillic` converts correctly (no "dj" for đ; the technical
 * acronyms HTTP, CORS, JSON, HTML and MB stay Latin in both scripts, see translit.ts). Serbian
 * quotes are „…“.
 *
 * Which forms are used where (one register, the formal one institutions write in):
 * - Actions, on buttons and links and in instructions: the imperative of the formal "Vi"
 *   (2nd person plural): "Pokušajte ponovo", "Učitajte još", "Otvorite izvor vesti",
 *   "Unesite pojam za pretragu". Never the informal "Pokušaj".
 * - Names of regions, fields' headings, labels and item types: nouns ("Vesti", "Rezultati",
 *   "Oznake", "Izjava", "Pretraga…").
 * - States and errors: whole sentences, impersonal or passive, ending in a full stop
 *   ("Vesti nisu mogle da se učitaju.", "Izvor vesti nije pronađen (404).").
 * - Dates inside a sentence take the genitive month ("Ažurirano 27. novembra 2026."); a date
 *   standing alone the nominative ("27. novembar 2026."): `formatDate(…, 'running' | 'long')`.
 * - Counts agree with the number (`plural`: "1 rezultat", "3 rezultata"), and so does the verb
 *   before a list of authors ("Piše: A", "Pišu: A i B").
 * - Labels before a value end in a colon ("Foto: …", "Piše: …").
 * A test (tests/i18n/messages.test.ts) holds every string in both scripts, as a native reader checked it.
 */
import { formatNumber, plural } from '../format.js';
import type { ErrorDetails, Messages } from '../messages.js';

const withStatus = (details?: ErrorDetails): string =>
  details?.status ? ` (HTTP ${details.status})` : '';
const num = (n: number): string => formatNumber('sr-Latn', n);

export const srLatn: Messages = {
  state: {
    loading: 'Učitavanje vesti…',
    empty: 'Nema vesti za prikaz.',
    stale: 'Prikazane su sačuvane vesti; najnovije nije bilo moguće učitati.',
    errorTitle: 'Vesti nisu mogle da se učitaju.',
    openFeed: 'Otvorite izvor vesti',
    retry: 'Pokušajte ponovo',
    loaded: 'Vesti su učitane.',
    noArticle: 'Nema članka za prikaz.',
    noQuote: 'Nema citata za prikaz.',
    noVisit: 'Nema posete za prikaz.',
    noContact: 'Nema kontakt podataka za prikaz.',
  },
  errors: {
    timeout: () => 'Izvor vesti nije odgovorio na vreme.',
    network: () =>
      'Izvor vesti nije dostupan: greška u mreži ili izvor ne dozvoljava pristup sa ovog sajta (CORS).',
    'not-found': () => 'Izvor vesti nije pronađen (404).',
    http: (details) => `Izvor vesti je vratio grešku${withStatus(details)}.`,
    server: (details) =>
      `Došlo je do greške na serveru vesti${withStatus(details)}. Pokušajte ponovo kasnije.`,
    'rate-limited': () =>
      'Server vesti je trenutno preopterećen. Pokušajte ponovo za nekoliko minuta.',
    'not-json': () =>
      'Ova adresa vraća veb-stranicu ili neki drugi dokument, a ne izvor vesti (JSON, RSS ili Atom).',
    parse: (details) =>
      details?.line
        ? `Izvor vesti je oštećen ili nepotpun (red ${num(details.line)}).`
        : 'Izvor vesti je oštećen ili nepotpun.',
    'too-large': (details) =>
      details?.megabytes
        ? `Izvor vesti je prevelik (više od ${num(details.megabytes)} MB).`
        : 'Izvor vesti je prevelik.',
    schema: () =>
      'Podaci sa ove adrese nisu izvor vesti koji možemo da pročitamo (JSON, RSS ili Atom).',
    aborted: () => 'Učitavanje je prekinuto.',
  },
  list: {
    label: 'Vesti',
    loadMore: 'Učitajte još',
    moreFailed: 'Starije vesti nisu mogle da se učitaju.',
    showNew: (count) =>
      plural('sr-Latn', count, {
        one: 'Prikažite # novu stavku',
        few: 'Prikažite # nove stavke',
        other: 'Prikažite # novih stavki',
      }),
    newWaiting: (count) =>
      plural('sr-Latn', count, {
        one: '# nova stavka čeka na vrhu liste.',
        few: '# nove stavke čekaju na vrhu liste.',
        other: '# novih stavki čeka na vrhu liste.',
      }),
    readMore: 'Opširnije',
    readFullArticle: 'Pročitajte ceo članak',
    showing: (shown, total) => `Prikaz: ${num(shown)} od ${num(total)}`,
    skipped: (count) =>
      plural('sr-Latn', count, {
        one: '# stavka nije mogla da se prikaže',
        few: '# stavke nisu mogle da se prikažu',
        other: '# stavki nije moglo da se prikaže',
      }),
    pinned: 'Istaknuto',
  },
  filters: {
    label: 'Filtrirajte vesti',
    type: 'Vrsta:',
    tag: 'Tema:',
    year: 'Godina:',
    all: 'Sve',
    matching: (count) =>
      plural('sr-Latn', count, {
        one: '# stavka odgovara.',
        few: '# stavke odgovaraju.',
        other: '# stavki odgovara.',
      }),
    none: 'Nijedna vest ne odgovara ovim filterima.',
    follow: 'Pratite:',
    feed: 'Izvor vesti',
  },
  item: {
    published: (date) => `Objavljeno ${date}`,
    updated: (date) => `Ažurirano ${date}`,
    photo: 'Foto:',
    by: (count) => (count > 1 ? 'Pišu:' : 'Piše:'),
    tags: 'Oznake',
    table: 'Tabela',
    newTab: '(otvara se u novoj kartici)',
    audio: 'Audio',
    video: 'Video',
    note: 'Beleška',
    image: 'Slika',
  },
  types: { article: 'Članak', statement: 'Izjava', quote: 'Citat', visit: 'Poseta' },
  typesPlural: { article: 'Članci', statement: 'Izjave', quote: 'Citati', visit: 'Posete' },
  share: {
    share: 'Podelite',
    copied: 'Link je kopiran.',
    copyByHand: 'Kopirajte link iz polja.',
    link: 'Link',
    copyQuote: 'Kopirajte citat',
    quoteCopied: 'Citat je kopiran.',
    copyQuoteByHand: 'Kopirajte označeni citat.',
    // A label before a list of names in the nominative ("Srpski · English"), not "na srpskom".
    alsoIn: 'Ostale verzije:',
  },
  quote: {
    label: 'Citati',
    source: 'Izvor',
    pause: 'Pauzirajte smenjivanje citata',
    resume: 'Nastavite smenjivanje citata',
    position: (index, total) => `Citat ${num(index)} od ${num(total)}`,
    next: 'Sledeći citat',
    previous: 'Prethodni citat',
  },
  visit: {
    visit: 'Poseta',
    visitor: 'Posetilac',
    // Neutral in gender and number, unlike "Sastao se sa".
    metWith: 'Sagovornici',
    location: 'Mesto',
  },
  contact: {
    contact: 'Kontakt',
    address: 'Adresa',
    phone: 'Telefon',
    email: 'E-pošta',
    website: 'Veb-sajt',
  },
  search: {
    label: 'Pretražite vesti',
    placeholder: 'Pretraga…',
    submit: 'Pretražite',
    results: (count) =>
      plural('sr-Latn', count, { one: '# rezultat', few: '# rezultata', other: '# rezultata' }),
    noResults: (query) => `Nema rezultata za „${query}“`,
    clear: 'Obrišite pretragu',
    prompt: 'Unesite pojam za pretragu',
    heading: 'Rezultati',
    archiveFailed: 'Deo indeksa za pretragu nije mogao da se učita.',
  },
};

/**
 * A deterministic synthetic newsroom for the search benchmark and the large-index test:
 * articles, statements, quotes and visits in English, Serbian Latin and Serbian Cyrillic, with
 * Serbian names in both scripts (and declined: Vučića, Вучићем), ASCII spellings in some English
 * items (Vucic, Djokovic), HTML bodies, tags, places and dates (some missing).
 * `mentions[key]` lists the ids of every item that names that person anywhere, in any script:
 * the ground truth for recall.
 */
import type { FeedItem, ItemType, Person } from '../../src/feed/types.js';

interface Who {
  key: string;
  first: string;
  last: string;
  ascii: string;
  role: string;
}

export const PEOPLE: readonly Who[] = [
  { key: 'vucic', first: 'Aleksandar', last: 'Vučić', ascii: 'Vucic', role: 'President of Serbia' },
  { key: 'dacic', first: 'Ivica', last: 'Dačić', ascii: 'Dacic', role: 'Minister of the Interior' },
  {
    key: 'mojsilovic',
    first: 'Milan',
    last: 'Mojsilović',
    ascii: 'Mojsilovic',
    role: 'Chief of the General Staff',
  },
  { key: 'djokovic', first: 'Novak', last: 'Đoković', ascii: 'Djokovic', role: 'guest of honour' },
  {
    key: 'filipovic',
    first: 'Dragan',
    last: 'Filipović',
    ascii: 'Filipovic',
    role: 'State Secretary',
  },
  {
    key: 'vulin',
    first: 'Aleksandar',
    last: 'Vulin',
    ascii: 'Vulin',
    role: 'Deputy Prime Minister',
  },
  {
    key: 'brnabic',
    first: 'Ana',
    last: 'Brnabić',
    ascii: 'Brnabic',
    role: 'Speaker of the National Assembly',
  },
  { key: 'gasic', first: 'Bratislav', last: 'Gašić', ascii: 'Gasic', role: 'Minister of Defence' },
  {
    key: 'djuric',
    first: 'Marko',
    last: 'Đurić',
    ascii: 'Djuric',
    role: 'Minister of Foreign Affairs',
  },
  { key: 'ljajic', first: 'Rasim', last: 'Ljajić', ascii: 'Ljajic', role: 'former minister' },
  {
    key: 'stefanovic',
    first: 'Nebojša',
    last: 'Stefanović',
    ascii: 'Stefanovic',
    role: 'former minister',
  },
  { key: 'rutte', first: 'Mark', last: 'Rutte', ascii: 'Rutte', role: 'NATO Secretary General' },
  { key: 'cavoli', first: 'Christopher', last: 'Cavoli', ascii: 'Cavoli', role: 'SACEUR' },
  { key: 'njegos', first: 'Petar', last: 'Njegoš', ascii: 'Njegos', role: 'Colonel' },
];

const EN = (
  'NATO Military Liaison Office Belgrade KFOR Partnership for Peace space domain cyber defence ' +
  'cooperation exercise delegation ambassador interoperability peacekeeping training logistics summit ' +
  'security dialogue staff talks reform planning review mission officers seminar demining medical ' +
  'support transparency crisis management civil emergency regional stability Western Balkans ' +
  'the of and to in with on for a meeting discussed agreed visit annual programme liaison'
).split(' ');
const SR = (
  'NATO Vojna kancelarija za vezu Beograd KFOR Partnerstvo za mir svemirski domen sajber odbrana ' +
  'saradnja vežba delegacija ambasador interoperabilnost mirovne misije obuka logistika samit ' +
  'bezbednost dijalog razgovori reforma planiranje generalštab oficiri seminar razminiranje ' +
  'sanitetska podrška transparentnost upravljanje krizama vanredne situacije regionalna stabilnost ' +
  'Zapadni Balkan je i u sa na o za sastanak razgovarao dogovor poseta godišnji program džip ljudi njihov'
).split(' ');
const TAGS = [
  'KFOR',
  'Partnership for Peace',
  'Space',
  'Cyber',
  'Defence reform',
  'Western Balkans',
  'Military Liaison Office',
  'Training',
  'Exercise',
  'Humanitarian demining',
  'Diplomacy',
  'Civil emergency',
];
const PLACES = [
  'Belgrade',
  'Niš',
  'Novi Sad',
  'Kragujevac',
  'Pristina',
  'Brussels',
  'Mons',
  'Naples',
  'Užice',
];

const SYL_EN =
  'ba ter lo mi con pre sta tion ver al ing ment dis ex ro na pa gen cal ri de tra or ent ly com port mar ket'.split(
    ' ',
  );
const SYL_SR =
  'ra zo vo ni ka po sta dže lju nje ča ći šo žu đa ski ost ran vi ko bra gra pre od ne go ma li'.split(
    ' ',
  );
const ENDINGS = ['ić', 'ović', 'ević', 'in', 'ski', 'ac'];

/** A long tail of made-up words so the vocabulary is newsroom-sized (~20k terms), not toy-sized. */
function pseudoWords(
  rnd: () => number,
  syllables: readonly string[],
  count: number,
  ending = (): string => '',
): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    for (let k = 2 + Math.floor(rnd() * 3); k > 0; k--)
      w += syllables[Math.floor(rnd() * syllables.length)];
    out.add(w + ending());
  }
  return [...out];
}

const LAT = 'abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ';
const CYR = 'абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ';

/** Serbian Latin to Cyrillic, digraphs first (the generator's, not the library's, mapping). */
export function toCyrillic(text: string): string {
  const di: Record<string, string> = {
    lj: 'љ',
    Lj: 'Љ',
    LJ: 'Љ',
    nj: 'њ',
    Nj: 'Њ',
    NJ: 'Њ',
    dž: 'џ',
    Dž: 'Џ',
    DŽ: 'Џ',
  };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (di[pair]) {
      out += di[pair];
      i++;
      continue;
    }
    const k = LAT.indexOf(text[i]);
    out += k >= 0 ? CYR[k] : text[i];
  }
  return out;
}

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  items: FeedItem[];
  mentions: Record<string, string[]>;
}

type Lang = 'en' | 'sr-Latn' | 'sr-Cyrl';

export function makeCorpus(count: number, seed = 20250917): Corpus {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const tailEn = pseudoWords(rnd, SYL_EN, 9000);
  const tailSr = pseudoWords(rnd, SYL_SR, 9000);
  const surnames = pseudoWords(rnd, SYL_SR, 1500, () => pick(ENDINGS)).map(
    (w) => w[0].toUpperCase() + w.slice(1),
  );
  // Zipf-like: a log-uniform rank, so a few words are everywhere and most are rare.
  const zipf = <T>(list: readonly T[]): T =>
    list[Math.floor(Math.exp(rnd() * Math.log(list.length + 1))) - 1];
  const items: FeedItem[] = [];
  const mentions: Record<string, string[]> = Object.fromEntries(PEOPLE.map((p) => [p.key, []]));

  for (let n = 0; n < count; n++) {
    const id = `item-${n}`;
    const lang: Lang = rnd() < 0.5 ? 'en' : rnd() < 0.6 ? 'sr-Latn' : 'sr-Cyrl';
    const r = rnd();
    const type: ItemType =
      r < 0.5 ? 'article' : r < 0.65 ? 'statement' : r < 0.8 ? 'quote' : 'visit';
    const named = new Set<string>();
    const script = (s: string): string => (lang === 'sr-Cyrl' ? toCyrillic(s) : s);
    // A person as written in running text: declined in Serbian, sometimes ASCII in English.
    const mention = (p: Who, full = rnd() < 0.4): string => {
      named.add(p.key);
      if (lang === 'en') return (full ? p.first + ' ' : '') + (rnd() < 0.15 ? p.ascii : p.last);
      const soft = /[ćčšžđj]$/.test(p.last) || p.last.endsWith('c');
      const suffix = pick(soft ? ['', '', 'a', 'u', 'em'] : ['', '', 'a', 'u', 'om']);
      return script((full ? p.first + ' ' : '') + p.last + suffix);
    };
    const person = (p: Who): Person => {
      named.add(p.key);
      return { name: script(`${p.first} ${p.last}`), role: p.role };
    };
    const sentence = (words: number): string => {
      const vocab = lang === 'en' ? EN : SR;
      const out: string[] = [];
      for (let w = 0; w < words; w++) {
        const r = rnd();
        out.push(
          r < 0.005
            ? mention(pick(PEOPLE))
            : r < 0.015
              ? script(pick(surnames))
              : r < 0.6
                ? script(pick(vocab))
                : script(zipf(lang === 'en' ? tailEn : tailSr)),
        );
      }
      const s = out.join(' ');
      return s[0].toUpperCase() + s.slice(1) + '.';
    };
    const paragraph = (sentences: number): string =>
      Array.from({ length: sentences }, () => sentence(8 + Math.floor(rnd() * 12))).join(' ');

    const lead = rnd() < 0.35 ? pick(PEOPLE) : undefined;
    const title = (): string =>
      (lead ? mention(lead, false) + ' ' : '') + sentence(4 + Math.floor(rnd() * 6)).slice(0, -1);
    const year = 2015 + Math.floor(rnd() * 11);
    const date = new Date(
      Date.UTC(year, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 24)),
    );
    const item: FeedItem = {
      id,
      type,
      url: `https://example.org/news/${id}`,
      summary: paragraph(1 + Math.floor(rnd() * 2)),
      tags: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(TAGS)),
      language: lang,
      authors: [{ name: 'MLO Belgrade' }],
      metWith: [],
    };
    if (rnd() > 0.03) item.datePublished = date.toISOString();
    if (type !== 'quote') item.title = title();
    if (type === 'quote') {
      item.speaker = person(lead ?? pick(PEOPLE));
      item.contentText = paragraph(1 + Math.floor(rnd() * 2));
      item.context = sentence(6);
    } else if (type === 'visit') {
      item.visitor = person(lead ?? pick(PEOPLE));
      item.metWith = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () =>
        rnd() < 0.5
          ? person(pick(PEOPLE))
          : { name: script(`${pick(PEOPLE).first} ${pick(surnames)}`) },
      );
      item.location = script(pick(PLACES));
      item.contentText = paragraph(3 + Math.floor(rnd() * 4));
    } else if (rnd() < 0.3) {
      item.contentHtml = Array.from(
        { length: 2 + Math.floor(rnd() * 4) },
        () => `<p>${paragraph(2)}</p>`,
      ).join('');
    } else {
      item.contentText = Array.from({ length: 2 + Math.floor(rnd() * 5) }, () =>
        paragraph(2 + Math.floor(rnd() * 2)),
      ).join('\n\n');
    }
    for (const key of named) mentions[key].push(id);
    items.push(item);
  }
  return { items, mentions };
}

import { expect } from '@open-wc/testing';
import { normalizeFeed, selectItems, type FeedItem } from '../../src/feed/index.js';
import { MAX_TRANSLATIONS } from '../../src/feed/read-translations.js';
import {
  collapseTranslations,
  originalOf,
  otherVersions,
  translationGroups,
  versionFor,
} from '../../src/feed/translations.js';

const item = (id: string, language: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  id,
  type: 'statement',
  tags: [],
  authors: [],
  metWith: [],
  language,
  ...extra,
});

/** One statement in three versions, linked from the English one only; and an unlinked pair. */
const statement = () => [
  item('en-1', 'en', {
    datePublished: '2026-03-01T10:00:00Z',
    translations: [
      { language: 'sr-Latn', id: 'lat-1' },
      { language: 'sr-Cyrl', id: 'cyr-1' },
    ],
  }),
  item('lat-1', 'sr-Latn', { datePublished: '2026-03-01T12:00:00Z' }),
  item('cyr-1', 'sr-Cyrl', { datePublished: '2026-03-01T12:00:00Z' }),
  item('en-only', 'en', { datePublished: '2026-02-01T10:00:00Z' }),
  item('lat-only', 'sr-Latn', { datePublished: '2026-01-01T10:00:00Z' }),
];
const ids = (items: FeedItem[]) => items.map((i) => i.id);

describe('translations: reading _mlo.translations', () => {
  const read = (translations: unknown, extra: Record<string, unknown> = {}) => {
    const problems: string[] = [];
    const { feed } = normalizeFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        language: 'en',
        items: [{ id: 'a', title: 'A', _mlo: { translations }, ...extra }],
      },
      { baseUrl: 'https://example.org/feed.json', onProblem: (p) => problems.push(p.problem) },
    );
    return { translations: feed.items[0].translations, problems };
  };

  it('reads ids and URLs, resolving URLs against the feed and tags to their usual case', () => {
    const { translations, problems } = read([
      { language: 'sr_latn', id: 'b' },
      { language: 'sr-Cyrl', url: '/sr/a' },
      { language: 'de', id: 7 },
    ]);
    expect(problems).to.deep.equal([]);
    expect(translations).to.deep.equal([
      { language: 'sr-Latn', id: 'b' },
      { language: 'sr-Cyrl', url: 'https://example.org/sr/a' },
      { language: 'de', id: '7' },
    ]);
  });

  it('leaves out bad entries, with a problem each, and keeps the item', () => {
    const { translations, problems } = read([
      'b',
      { id: 'b' },
      { language: 'not a tag', id: 'b' },
      { language: 'sr-Latn' },
      { language: 'sr-Latn', id: {} },
      { language: 'sr-Latn', id: 'b' },
      { language: 'SR-latn', id: 'c' },
      { language: 'sr-Cyrl', id: 'a' },
      { language: 'en', id: 'd' },
    ]);
    expect(translations).to.deep.equal([{ language: 'sr-Latn', id: 'b' }]);
    expect(problems.length).to.equal(10);
    expect(problems.join('\n'))
      .to.match(/itself/)
      .and.match(/own language/);
  });

  it('reads a single object as a list of one, and ignores null', () => {
    expect(read({ language: 'sr-Latn', id: 'b' }).translations).to.deep.equal([
      { language: 'sr-Latn', id: 'b' },
    ]);
    expect(read(null).translations).to.equal(undefined);
  });

  it(`reads at most ${MAX_TRANSLATIONS} entries of a huge list`, () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ language: 'de', id: `x${i}` }));
    const { translations, problems } = read(many);
    // The first one is read; the rest of the first 50 repeat its language.
    expect(translations).to.deep.equal([{ language: 'de', id: 'x0' }]);
    expect(problems.length).to.equal(MAX_TRANSLATIONS);
  });
});

describe('translations: groups and versions', () => {
  it('links from either side and through chains and cycles', () => {
    const items = [
      item('a', 'en', { translations: [{ language: 'de', id: 'b' }] }),
      item('b', 'de', { translations: [{ language: 'fr', id: 'c' }] }),
      item('c', 'fr', { translations: [{ language: 'en', id: 'a' }] }),
      item('d', 'en'),
      item('e', 'de', { translations: [{ language: 'en', id: 'missing' }] }),
    ];
    const groups = translationGroups(items);
    expect(ids(groups.get(items[2])!)).to.deep.equal(['a', 'b', 'c']);
    expect(groups.get(items[0])).to.equal(groups.get(items[1]));
    expect(groups.has(items[3])).to.equal(false);
    // Naming a translation that is not in the feed makes a group of one.
    expect(ids(groups.get(items[4])!)).to.deep.equal(['e']);
  });

  it('picks the exact language, else the same language in another script, else the original', () => {
    const [en, lat, cyr] = statement();
    expect(versionFor([en, lat, cyr], 'sr-Cyrl').id).to.equal('cyr-1');
    expect(versionFor([en, lat], 'sr-Cyrl').id).to.equal('lat-1');
    expect(versionFor([lat, en], 'de').id).to.equal('en-1');
    expect(versionFor([lat, en], undefined).id).to.equal('en-1');
    expect(originalOf([lat, item('undated', 'de'), en]).id).to.equal('en-1');
  });

  it('lists one entry per statement, in the widget language or the original', () => {
    const items = statement();
    // The unlinked items keep the older rule: in a feed of several languages, the widget's own.
    expect(ids(selectItems(items, { lang: 'en' }))).to.deep.equal(['en-1', 'en-only']);
    expect(ids(selectItems(items, { lang: 'sr-Cyrl' }))).to.deep.equal(['cyr-1', 'lat-only']);
    expect(ids(selectItems(items, { lang: 'de' }))).to.deep.equal(['en-1', 'en-only', 'lat-only']);
  });

  it('shows the original of a statement whose version in the widget language is missing', () => {
    const items = [
      item('en-1', 'en', { translations: [{ language: 'sr-Latn', url: 'https://x.test/sr' }] }),
      item('lat-2', 'sr-Latn'),
    ];
    expect(ids(collapseTranslations(items, 'sr-Latn'))).to.deep.equal(['en-1', 'lat-2']);
  });

  it('survives a feed that links every item to every other', () => {
    const items = Array.from({ length: 2_000 }, (_, i) =>
      item(`i${i}`, i % 2 ? 'en' : 'de', {
        translations: [{ language: 'fr', id: `i${(i * 7919) % 2_000}` }],
      }),
    );
    const started = performance.now();
    const shown = collapseTranslations(items, 'en');
    expect(performance.now() - started).to.be.lessThan(500);
    expect(shown.length).to.be.at.least(1);
  });
});

describe('translations: "Also in"', () => {
  it('names the other versions in the feed, then those elsewhere, once per language', () => {
    const items = statement();
    items[1].translations = [
      { language: 'en', id: 'en-1' },
      { language: 'de', url: 'https://example.de/a' },
      { language: 'fr', id: 'not-here', url: 'https://example.fr/a' },
    ];
    items[2].translations = [{ language: 'de', url: 'https://other.de/a' }];
    const others = otherVersions(items, items[0]);
    expect(others.map((o) => [o.language, o.item?.id ?? o.url])).to.deep.equal([
      ['sr-Latn', 'lat-1'],
      ['sr-Cyrl', 'cyr-1'],
      ['de', 'https://example.de/a'],
      ['fr', 'https://example.fr/a'],
    ]);
    expect(otherVersions(items, items[3])).to.deep.equal([]);
  });
});

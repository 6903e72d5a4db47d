import { expect } from '@open-wc/testing';
import { loadEngine } from '../../src/components/search/load-engine.js';
import { SearchResults } from '../../src/components/search/results.js';
import { normalizeFeed } from '../../src/feed/index.js';
import { jsonFeed } from '../helpers/feeds.js';

// Search shows one result per statement, as the lists do: the version in the widget's language.
describe('<mlo-search>: translations', () => {
  const { items } = normalizeFeed(
    jsonFeed([
      {
        id: 'en-1',
        title: 'Exercise statement',
        language: 'en',
        content_text: 'The exercise ends.',
        _mlo: { translations: [{ language: 'sr-Latn', id: 'lat-1' }] },
      },
      {
        id: 'lat-1',
        title: 'Izjava o vežbi exercise',
        language: 'sr-Latn',
        content_text: 'Vežba.',
      },
      { id: 'en-2', title: 'Exercise report', language: 'en', content_text: 'Only in English.' },
      {
        id: 'en-3',
        title: 'Exercise schedule',
        language: 'en',
        content_text: 'The Serbian version is elsewhere.',
        _mlo: { translations: [{ language: 'sr-Latn', url: 'https://example.org/sr/raspored' }] },
      },
      { id: 'de-1', title: 'Exercise news', language: 'de', content_text: 'Keine Übersetzung.' },
    ]),
  ).feed;

  it('finds one version of each statement, in the widget language, else the original', async () => {
    const engine = await loadEngine();
    const search = (lang: 'en' | 'sr-Latn' | 'sr-Cyrl') =>
      new SearchResults()
        .get({ engine, items, lang, query: 'exercise', types: undefined, limit: 10 })!
        .all.map((hit) => hit.item.id)
        .sort();
    // Items that name no translation keep the older rule: the widget's own language.
    expect(search('en')).to.deep.equal(['en-1', 'en-2', 'en-3']);
    // A statement without a Serbian version in the feed is found in its original.
    expect(search('sr-Latn')).to.deep.equal(['en-3', 'lat-1']);
    expect(search('sr-Cyrl')).to.deep.equal(['en-3', 'lat-1']);
  });
});

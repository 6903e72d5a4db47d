import { expect } from '@open-wc/testing';
import {
  preferLanguage,
  selectItems,
  sortNewestFirst,
  type FeedItem,
} from '../../src/feed/index.js';

const item = (id: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  id,
  type: 'article',
  tags: [],
  authors: [],
  metWith: [],
  ...extra,
});

describe('selectItems', () => {
  const items = [
    item('undated-1'),
    item('old', { datePublished: '2019-07-17', type: 'visit', tags: ['SACEUR'] }),
    item('new', {
      datePublished: '2019-11-20T10:00:00Z',
      type: 'statement',
      tags: ['NAC', 'space'],
    }),
    item('undated-2', { type: 'quote' }),
    item('mid', { datePublished: '2019-09-01T00:00:00+02:00' }),
  ];

  it('sorts newest first, undated last in feed order', () => {
    expect(sortNewestFirst(items).map((i) => i.id)).to.deep.equal([
      'new',
      'mid',
      'old',
      'undated-1',
      'undated-2',
    ]);
  });

  it('filters by type, tag (case-insensitive) and year', () => {
    expect(selectItems(items, { types: ['visit', 'statement'] }).map((i) => i.id)).to.deep.equal([
      'new',
      'old',
    ]);
    expect(selectItems(items, { tag: 'saceur' }).map((i) => i.id)).to.deep.equal(['old']);
    expect(selectItems(items, { year: 2019 }).map((i) => i.id)).to.deep.equal([
      'new',
      'mid',
      'old',
    ]);
    expect(selectItems(items, { year: 2020 })).to.deep.equal([]);
  });

  it('prefers items in the widget language, Serbian in either script counting as one', () => {
    const mixed = [
      item('en', { language: 'en' }),
      item('sr', { language: 'sr-Latn' }),
      item('neutral'),
    ];
    expect(preferLanguage(mixed, 'sr-Cyrl').map((i) => i.id)).to.deep.equal(['sr', 'neutral']);
    expect(preferLanguage(mixed, 'en').map((i) => i.id)).to.deep.equal(['en', 'neutral']);
    expect(
      preferLanguage([item('en', { language: 'en' })], 'sr-Latn').map((i) => i.id),
    ).to.deep.equal(['en']);
  });
});

import { expect } from '@open-wc/testing';
import { parseItemTypes } from '../../src/feed/select.js';
import { ITEM_TYPES } from '../../src/feed/types.js';
import { ITEM_TYPE } from '../../scripts/feed-schema.js';
import { feedUrl } from '../../src/feed/urls.js';
import { abortedError, FeedError } from '../../src/feed/errors.js';
import { Memo } from '../../src/internal/memo.js';
import { countOr, positiveOr } from '../../src/internal/numbers.js';
import { displayTitle } from '../../src/internal/views.js';
import type { FeedItem } from '../../src/feed/types.js';

describe('shared helpers (each written once, used by every widget)', () => {
  it('Memo computes again only when a part of the key changes (===)', () => {
    const memo = new Memo<number>();
    const items: unknown[] = [];
    let runs = 0;
    const get = (key: unknown[]) => memo.get(key, () => ++runs);
    expect(get([items, 'en'])).to.equal(1);
    expect(get([items, 'en'])).to.equal(1);
    expect(get([[], 'en']), 'a new array is a new key').to.equal(2);
    expect(get([[], 'en', undefined]), 'a longer key is a new key').to.equal(3);
    expect(get([items, 'sr-Latn'])).to.equal(4);
    // A compute that throws leaves the last value in place.
    expect(() =>
      memo.get(['x'], () => {
        throw new Error('no');
      }),
    ).to.throw('no');
    expect(get([items, 'sr-Latn'])).to.equal(4);
  });

  it('positiveOr / countOr: a finite positive number, else the default', () => {
    for (const bad of [0, -3, Number.NaN, Infinity, -Infinity, undefined]) {
      expect(positiveOr(bad, 8), String(bad)).to.equal(8);
      expect(countOr(bad, 10), String(bad)).to.equal(10);
    }
    expect(positiveOr(2.5, 8)).to.equal(2.5);
    expect(countOr(2.5, 8)).to.equal(2);
    expect(countOr(0.5, 8), 'a positive fraction rounds down, as before').to.equal(0);
  });

  it('parseItemTypes keeps the known types of a space-separated list', () => {
    expect(parseItemTypes('article  quote bogus')).to.deep.equal(['article', 'quote']);
    expect(parseItemTypes(' \n ')).to.equal(undefined);
    expect(parseItemTypes(undefined)).to.equal(undefined);
    expect(parseItemTypes('constructor __proto__ toString')).to.equal(undefined);
  });

  it('the schema and the types name the same item types', () => {
    expect(ITEM_TYPE.options).to.deep.equal([...ITEM_TYPES]);
  });

  it('feedUrl resolves against the page; abortedError is a FeedError', () => {
    expect(feedUrl('/x.json')).to.equal(new URL('/x.json', document.baseURI).href);
    expect(() => feedUrl('http://[')).to.throw();
    const error = abortedError();
    expect(error).to.be.instanceOf(FeedError);
    expect(error.reason).to.equal('aborted');
  });

  it('displayTitle: the title, else the start of the summary or text', () => {
    const item = (fields: Partial<FeedItem>) =>
      ({ id: '1', type: 'article', ...fields }) as FeedItem;
    expect(displayTitle(item({ title: 'T', summary: 'S' }))).to.equal('T');
    expect(displayTitle(item({ summary: 'Short note.' }))).to.equal('Short note.');
    expect(displayTitle(item({ contentText: 'word '.repeat(100) }))!.length).to.be.at.most(121);
    expect(displayTitle(item({}))).to.equal(undefined);
  });
});

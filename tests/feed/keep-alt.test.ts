import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/feed/index.js';
import { jsonFeed } from '../helpers/feeds.js';

describe('normalizeFeed: _mlo.keep and image alt text', () => {
  it('passes _mlo.keep through, the feed\'s words first, then the item\'s', () => {
    const { feed, problems } = normalizeFeed(jsonFeed(
      [
        { id: 'a', content_text: 'x', _mlo: { keep: ['Mark Rutte'] } },
        { id: 'b', content_text: 'x' },
      ],
      { _mlo: { keep: ['Partnership for Peace'] } },
    ));
    expect(problems).to.deep.equal([]);
    expect(feed.keep).to.deep.equal(['Partnership for Peace']);
    expect(feed.items.map((item) => item.keep)).to.deep.equal([['Partnership for Peace', 'Mark Rutte'], ['Partnership for Peace']]);
    // No keep anywhere: no key at all.
    expect(normalizeFeed(jsonFeed([{ id: 'c', content_text: 'x' }])).feed.items[0]).to.not.have.property('keep');
  });

  it('drops an item whose keep is not a list of short strings', () => {
    const { feed, problems } = normalizeFeed(jsonFeed([
      { id: 'a', content_text: 'x', _mlo: { keep: 'Mark Rutte' } },
      { id: 'b', content_text: 'x', _mlo: { keep: [''] } },
      { id: 'c', content_text: 'x', _mlo: { keep: ['x'.repeat(201)] } },
    ]));
    expect(feed.items).to.have.length(0);
    expect(problems.map((p) => p.slice(0, 9))).to.deep.equal(['items[0]:', 'items[1]:', 'items[2]:']);
  });

  it('reports an image without alt text, but not a decorative one (alt "") or an item without image', () => {
    const { feed, problems } = normalizeFeed(jsonFeed([
      { id: 'no-alt', content_text: 'x', image: 'a.png' },
      { id: 'no-alt-either', content_text: 'x', image: 'b.png', _mlo: { image: { caption: 'c' } } },
      { id: 'decorative', content_text: 'x', image: 'c.png', _mlo: { image: { alt: '' } } },
      { id: 'described', content_text: 'x', image: 'd.png', _mlo: { image: { alt: 'A map' } } },
      { id: 'no-image', content_text: 'x', _mlo: { image: { caption: 'c' } } },
    ]));
    expect(feed.items).to.have.length(5);
    expect(feed.items.map((item) => item.image?.alt)).to.deep.equal(['', '', '', 'A map', undefined]);
    expect(problems).to.deep.equal([0, 1].map((i) => `items[${i}]: the image has no _mlo.image.alt; shown as decorative (give "" to say it is)`));
  });
});

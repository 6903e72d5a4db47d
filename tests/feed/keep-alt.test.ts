import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/feed/index.js';
import { jsonFeed } from '../helpers/feeds.js';

describe('normalizeFeed: _mlo.keep and image alt text', () => {
  it("passes _mlo.keep through, the feed's words first, then the item's", () => {
    const { feed, problems } = normalizeFeed(
      jsonFeed(
        [
          { id: 'a', content_text: 'x', _mlo: { keep: ['Mark Rutte'] } },
          { id: 'b', content_text: 'x' },
        ],
        { _mlo: { keep: ['Partnership for Peace'] } },
      ),
    );
    expect(problems).to.deep.equal([]);
    expect(feed.keep).to.deep.equal(['Partnership for Peace']);
    expect(feed.items.map((item) => item.keep)).to.deep.equal([
      ['Partnership for Peace', 'Mark Rutte'],
      ['Partnership for Peace'],
    ]);
    // No keep anywhere: no key at all.
    expect(
      normalizeFeed(jsonFeed([{ id: 'c', content_text: 'x' }])).feed.items[0],
    ).to.not.have.property('keep');
  });

  it('leaves out keep entries that are not short strings, and says so, keeping the item', () => {
    const { feed, problems } = normalizeFeed(
      jsonFeed([
        { id: 'a', content_text: 'x', _mlo: { keep: 'Mark Rutte' } },
        { id: 'b', content_text: 'x', _mlo: { keep: ['', 'Mark Rutte'] } },
        { id: 'c', content_text: 'x', _mlo: { keep: ['x'.repeat(201)] } },
      ]),
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    // One string where a list belongs is read as a list of one, as the reader does everywhere.
    expect(feed.items.map((item) => JSON.stringify(item.keep ?? null))).to.deep.equal([
      '["Mark Rutte"]',
      '["Mark Rutte"]',
      'null',
    ]);
    expect(problems.map((p) => p.slice(0, 7))).to.deep.equal(['item 2:', 'item 3:']);
  });

  it('reports an image without alt text in a feed that writes _mlo, not a decorative one (alt "")', () => {
    const { feed, problems } = normalizeFeed(
      jsonFeed([
        {
          id: 'no-alt',
          content_text: 'x',
          image: 'a.png',
          _mlo: { image: { width: 3, height: 2 } },
        },
        {
          id: 'no-alt-either',
          content_text: 'x',
          image: 'b.png',
          _mlo: { image: { caption: 'c' } },
        },
        { id: 'decorative', content_text: 'x', image: 'c.png', _mlo: { image: { alt: '' } } },
        { id: 'described', content_text: 'x', image: 'd.png', _mlo: { image: { alt: 'A map' } } },
        { id: 'no-image', content_text: 'x', _mlo: { image: { caption: 'c' } } },
        // An image the feed does not describe (plain JSON Feed, RSS, Atom): nowhere to put alt text.
        { id: 'plain', content_text: 'x', image: 'e.png' },
        { id: 'typed', content_text: 'x', image: 'f.png', _mlo: { type: 'article' } },
      ]),
    );
    expect(feed.items).to.have.length(7);
    expect(feed.items.map((item) => item.image?.alt)).to.deep.equal([
      '',
      '',
      '',
      'A map',
      undefined,
      '',
      '',
    ]);
    expect(problems).to.deep.equal(
      [1, 2].map(
        (i) =>
          `item ${i}: _mlo.image.alt is missing: the image is shown as decorative (write "" if it is)`,
      ),
    );
  });
});

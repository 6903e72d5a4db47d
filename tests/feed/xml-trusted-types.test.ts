/**
 * RSS/Atom on a page that enforces Trusted Types: `DOMParser.parseFromString` is a sink even for
 * XML, so the reader goes through its own policy (`mlo-newsroom-xml`). This file has a page of its
 * own: the policy below stays in force for every test in it.
 */
import { expect } from '@open-wc/testing';
import { loadFeed } from '../../src/feed/index.js';

describe('RSS/Atom under Trusted Types', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
  });

  it('the page really enforces Trusted Types (else the next test proves nothing)', () => {
    expect(() => new DOMParser().parseFromString('<rss/>', 'application/xml')).to.throw(TypeError);
  });

  it('reads an RSS feed through the mlo-newsroom-xml policy', async () => {
    const { feed } = await loadFeed('/tests/fixtures/feeds/podcast.xml');
    expect(feed.items.map((i) => i.title)).to.deep.equal([
      'Episode 2: Partnerships',
      'Episode 1: Welcome',
    ]);
  });
});

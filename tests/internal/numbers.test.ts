/**
 * Numbers that arrive as strings: Vue, Svelte and React 19 set `limit="2"` in a template as the
 * property `"2"`, so Lit's attribute converter never runs (issue #26).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-list/mlo-news-list.js';
import '../../src/components/article/mlo-article.js';
import type { MloArticle } from '../../src/components/article/article.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { countOr, numberFrom, positiveOr } from '../../src/internal/numbers.js';
import { clampHeadingLevel } from '../../src/internal/views.js';
import { articles, jsonFeed, untilState } from '../helpers/feeds.js';

describe('numbers set as strings', () => {
  beforeEach(() => clearFeedCache());

  it('numberFrom reads a numeric string as the attribute would, and refuses the rest', () => {
    expect(numberFrom(2)).to.equal(2);
    expect(numberFrom('2')).to.equal(2);
    expect(numberFrom(' 2.5 ')).to.equal(2.5);
    expect(numberFrom('1e3')).to.equal(1000);
    for (const blank of ['', '  ', undefined, null, true, {}, []])
      expect(numberFrom(blank), JSON.stringify(blank)).to.equal(undefined);
    expect(numberFrom('many')).to.be.NaN;
  });

  it('positiveOr / countOr / clampHeadingLevel take numeric strings; bad ones keep the default', () => {
    expect(positiveOr('2', 8)).to.equal(2);
    expect(countOr('2.9', 8)).to.equal(2);
    expect(clampHeadingLevel('4', 3)).to.equal(4);
    expect(clampHeadingLevel('9', 3)).to.equal(6);
    for (const bad of ['0', '-3', 'many', '', ' ', 'Infinity', null, {}]) {
      expect(positiveOr(bad, 8), JSON.stringify(bad)).to.equal(8);
      expect(countOr(bad, 10), JSON.stringify(bad)).to.equal(10);
    }
    for (const bad of ['many', '', null, {}])
      expect(clampHeadingLevel(bad, 3), JSON.stringify(bad)).to.equal(3);
  });

  it('<mlo-news-list>: limit, year and heading level set as string properties', async () => {
    const feed = jsonFeed([
      ...articles(5),
      { ...articles(1)[0], id: 'old', date_published: '2019-05-01T12:00:00Z' },
    ]);
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list .feed=${feed} .limit=${'2'} .headingLevel=${'4'} lang="en"></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    const items = () => el.shadowRoot!.querySelectorAll('article[part~="item"]');
    expect(items().length, 'limit "2"').to.equal(2);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal(
      '4',
    );
    expect(el.getAttribute('limit'), 'reflected as the attribute').to.equal('2');
    (el as unknown as { year: string }).year = '2019';
    await el.updateComplete;
    expect(items().length, 'year "2019"').to.equal(1);
    // Refused as before: the default (8) rather than nothing.
    (el as unknown as { limit: string; year: undefined }).limit = 'many';
    el.year = undefined;
    await el.updateComplete;
    expect(items().length, 'limit "many" keeps the default').to.equal(6);
  });

  it('<mlo-article>: heading level set as a string property', async () => {
    const el = await fixture<MloArticle>(
      html`<mlo-article .feed=${jsonFeed(articles(1))} .headingLevel=${'4.0'}></mlo-article>`,
    );
    await untilState(el, 'ready');
    expect(el.shadowRoot!.querySelector('h4[part~="title"]'), 'an h4').to.exist;
  });

  it('timeout set as a string property gives up after that many milliseconds', async () => {
    const key = Math.random().toString(36).slice(2);
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list .timeout=${'100'} src="/__mlo/hang/${key}?ms=8000"></mlo-news-list>`,
    );
    const started = performance.now();
    await untilState(el, 'error');
    expect(performance.now() - started).to.be.below(3000);
  });
});

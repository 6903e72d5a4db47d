/**
 * One persistent live region per widget, filled after it is in the page; `aria-busy` only while
 * items are being added.
 */
import { aTimeout, expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { FIRST_FILL_DELAY } from '../../src/internal/status-region.js';
import { articles, jsonFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
type Widget = HTMLElement & { updateComplete: Promise<boolean>; reload(): Promise<void> };
const live = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll(
    '[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]',
  ),
];

describe('status region', function () {
  this.timeout(30000);
  beforeEach(() => clearFeedCache());

  for (const tag of [
    'mlo-news-list',
    'mlo-article',
    'mlo-quote',
    'mlo-visit-card',
    'mlo-contact-card',
  ]) {
    it(`${tag}: one region, in the page empty, then filled; the same element through every state`, async () => {
      const el = fixtureSync(html`<div lang="en"></div>`).appendChild(
        document.createElement(tag),
      ) as Widget;
      // Times out after a while: loading, then the error, in one region.
      // (Long enough for a background window, whose timers wait a second or more.)
      el.setAttribute('timeout', '3000');
      el.setAttribute('src', `/__mlo/hang/${key()}?ms=8000`);
      // The region comes with the element's shadow root, before its first render (a task later).
      const [region, ...more] = live(el);
      expect(more, 'no other live region').to.deep.equal([]);
      expect(region.getAttribute('role')).to.equal('status');
      // Inserted empty: a region that arrives already filled is often not announced.
      expect(region.textContent).to.equal('');
      await el.updateComplete;
      expect(live(el), 'the first render keeps it').to.deep.equal([region]);
      await waitUntil(() => region.textContent === 'Loading news…', 'then says loading', {
        timeout: 5000,
      });
      await untilState(el, 'error');
      await waitUntil(
        () =>
          region.textContent ===
          'News could not be loaded. The news feed took too long to respond.',
        'then the error',
        { timeout: 5000 },
      );
      expect(live(el)).to.deep.equal([region]);
      // The visible notice is not a live region of its own.
      expect(el.shadowRoot!.querySelector('[part~="notice"]')!.hasAttribute('role')).to.equal(
        false,
      );
      el.parentElement!.remove();
    });
  }

  it('says nothing once the items are shown, and the empty and stale states once', async () => {
    const el = await fixture<Widget>(
      html`<mlo-news-list lang="sr-Latn" src="/__mlo/then-fail/${key()}"></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    await aTimeout(FIRST_FILL_DELAY + 50);
    const [region] = live(el);
    expect(region.textContent).to.equal('');
    await el.reload();
    await untilState(el, 'stale');
    const stale = 'Prikazane su sačuvane vesti; najnovije nije bilo moguće učitati.';
    await waitUntil(() => region.textContent === stale, 'stale', { timeout: 5000 });
    expect(live(el)).to.deep.equal([region]);
    const empty = await fixture<Widget>(
      html`<mlo-quote lang="sr-Cyrl" .feed=${jsonFeed([])}></mlo-quote>`,
    );
    await waitUntil(
      () => live(empty)[0].textContent === 'Нема цитата за приказ.',
      'empty, naming what is missing, in Cyrillic',
      { timeout: 5000 },
    );
  });

  it('leaves aria-busy off while a background refresh runs, on while a long page is added', async () => {
    const inline = JSON.stringify(jsonFeed(articles(3)));
    const el =
      await fixture<Widget>(html`<mlo-news-list lang="en" src="/__mlo/hang/${key()}?ms=2000"
      ><script type="application/json">${inline}</script></mlo-news-list>`);
    await untilState(el, 'ready');
    const feed = el.shadowRoot!.querySelector('[role="feed"]')!;
    // The request for src is still out (it hangs for 2 s): the items are all there, not busy.
    expect(
      (el as unknown as { data: { busy: boolean } }).data.busy,
      'a refresh is in flight',
    ).to.equal(true);
    expect(feed.getAttribute('aria-busy')).to.equal('false');

    const long = fixtureSync<Widget>(
      html`<mlo-news-list lang="en" limit="400" .feed=${jsonFeed(articles(400))}></mlo-news-list>`,
    );
    let sawBusy = false;
    for (let i = 0; i < 200 && !sawBusy; i++) {
      await aTimeout(0);
      sawBusy =
        long.shadowRoot?.querySelector('[role="feed"]')?.getAttribute('aria-busy') === 'true';
    }
    expect(sawBusy, 'busy while the page is added in steps').to.equal(true);
    await long.updateComplete;
    expect(long.shadowRoot!.querySelector('[role="feed"]')!.getAttribute('aria-busy')).to.equal(
      'false',
    );
  });
});

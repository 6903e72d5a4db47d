import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import type { MloLoadEvent } from '../../src/events.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { articles, jsonFeed, nextEvent, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const titles = (el: MloNewsList) =>
  [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent.trim());
const countOf = async (name: string, k: string) =>
  ((await (await fetch(`/__mlo/count?name=${name}&key=${k}`)).json()) as { count: number }).count;

/** The three ways to feed a widget, shared requests, and the data lifecycle (every widget shares it). */
describe('feeding a widget', () => {
  beforeEach(() => clearFeedCache());

  it('from a src URL, firing mlo-load with the items and the source', async () => {
    const el = document.createElement('mlo-news-list');
    const loaded = nextEvent(el, 'mlo-load');
    el.src = `/__mlo/ok/${key()}`;
    document.body.append(el);
    const event = await loaded;
    expect(event.items.map((i) => i.title)).to.deep.equal(['Hello']);
    expect(event.skipped).to.equal(0);
    expect(event.source).to.match(/\/__mlo\/ok\//);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Hello']);
    el.remove();
  });

  it('from a .feed object (frameworks), reporting skipped items', async () => {
    const el = document.createElement('mlo-news-list');
    const loaded = nextEvent(el, 'mlo-load');
    el.feed = jsonFeed([...articles(2), { id: 'broken' }, { title: 'no id', content_text: 'x' }]);
    document.body.append(el);
    const event = await loaded;
    expect(event.items).to.have.length(2);
    expect(event.skipped).to.equal(2);
    expect(event.problems).to.have.length(2);
    expect(event.source).to.equal(undefined);
    el.remove();
  });

  it('from an inline <script type="application/json"> child', async () => {
    const el = await fixture<MloNewsList>(html`<mlo-news-list>
      <script type="application/json">
        {"version":"https://jsonfeed.org/version/1.1","title":"Inline","items":[{"id":"1","title":"Inline item","content_text":"x"}]}
      </script>
    </mlo-news-list>`);
    await untilState(el, 'ready');
    expect(titles(el)).to.deep.equal(['Inline item']);
  });

  it('shows inline data at once and replaces it with src, keeping it if src fails', async () => {
    const inline = JSON.stringify(
      jsonFeed([{ id: 'i', title: 'From the page', content_text: 'x' }]),
    );
    const good = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/ok/${key()}?delay=200"><script type="application/json">${inline}</script></mlo-news-list>`,
    );
    expect(titles(good)).to.deep.equal(['From the page']);
    await nextEvent(good, 'mlo-load');
    await good.updateComplete;
    expect(titles(good)).to.deep.equal(['Hello']);
    const bad = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/status/${key()}?code=500"><script type="application/json">${inline}</script></mlo-news-list>`,
    );
    await untilState(bad, 'stale');
    expect(titles(bad)).to.deep.equal(['From the page']);
  });

  it('reports bad inline JSON and a bad .feed as errors, never throwing', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list><script type="application/json">{ not json</script></mlo-news-list>`,
    );
    await untilState(el, 'error');
    expect(el.shadowRoot!.textContent).to.match(/\S/);
    const wrong = document.createElement('mlo-news-list');
    const failed = nextEvent(wrong, 'mlo-error');
    wrong.feed = { hello: 'world' };
    document.body.append(wrong);
    expect((await failed).reason).to.equal('schema');
    wrong.remove();
  });

  it('makes one request for every widget on the page that names the same URL', async () => {
    const k = key();
    const src = `/__mlo/ok/${k}?delay=100`;
    // A plain wrapper: fixtureSync (fixture() waits for a frame, which a background tab may not paint).
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <mlo-news-list src=${src}></mlo-news-list><mlo-news-list src=${src} layout="compact"></mlo-news-list><mlo-news-list src=${src}></mlo-news-list>
    </div>`);
    const lists = [...wrapper.querySelectorAll('mlo-news-list')];
    for (const el of lists) await untilState(el, 'ready');
    expect(await countOf('ok', k)).to.equal(1);
    const late = document.createElement('mlo-news-list');
    late.src = src;
    wrapper.append(late);
    await untilState(late, 'ready');
    expect(await countOf('ok', k)).to.equal(1);
  });

  it('abandons the old request when src changes, and ignores its late answer', async () => {
    const slow = `/__mlo/ok/${key()}?delay=300&body=${encodeURIComponent(JSON.stringify(jsonFeed([{ id: 'old', title: 'Old', content_text: 'x' }])))}`;
    const el = await fixture<MloNewsList>(html`<mlo-news-list src=${slow}></mlo-news-list>`);
    el.src = `/__mlo/ok/${key()}`;
    await untilState(el, 'ready');
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Hello']);
  });

  it('aborts its request when it leaves the page', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list src="/__mlo/hang/${key()}?ms=2000"></mlo-news-list>`,
    );
    const events: string[] = [];
    el.addEventListener('mlo-error', () => events.push('error'));
    el.addEventListener('mlo-load', () => events.push('load'));
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(events, 'leaving the page is not an error').to.deep.equal([]);
  });

  it('is empty, quietly, with no source at all', async () => {
    const el = await fixture<MloNewsList>(html`<mlo-news-list></mlo-news-list>`);
    expect(el.getAttribute('state')).to.equal('empty');
  });

  it('checks a big .feed in slices: loading first, then every item, and updateComplete waits', async () => {
    const el = fixtureSync<MloNewsList>(html`<mlo-news-list limit="5" lang="en"></mlo-news-list>`);
    await el.updateComplete;
    const loaded = nextEvent(el, 'mlo-load');
    el.feed = jsonFeed(articles(3000));
    // Same task: the big feed is not checked at once, so the widget is still loading.
    await Promise.resolve();
    expect(el.getAttribute('state')).to.equal('loading');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(titles(el)).to.have.length(5);
    expect((await loaded).items).to.have.length(3000);
  });

  it('lets a newer .feed win over a big one still being checked', async () => {
    const el = fixtureSync<MloNewsList>(html`<mlo-news-list limit="5" lang="en"></mlo-news-list>`);
    await el.updateComplete;
    const events: number[] = [];
    el.addEventListener('mlo-load', (e) => events.push(e.items.length));
    el.feed = jsonFeed(articles(3000));
    await Promise.resolve();
    el.feed = jsonFeed(articles(2));
    await el.updateComplete;
    // Let the big check's slices run out, had they not been stopped.
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    expect(events).to.deep.equal([2]);
  });

  it('lets fresh src data win over a big inline feed still being checked', async () => {
    // Without scheduler.yield (Safari) the page's other tasks, the src response among them, run
    // between slices; with it, the slices have priority and usually finish first.
    const scheduler = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      const inline = JSON.stringify(jsonFeed(articles(9000)));
      const loaded: number[] = [];
      const el =
        fixtureSync<MloNewsList>(html`<mlo-news-list lang="en" limit="5" src="/__mlo/ok/${key()}"
        @mlo-load=${(e: MloLoadEvent) => loaded.push(e.items.length)}><script type="application/json">${inline}</script></mlo-news-list>`);
      await untilState(el, 'ready');
      await el.updateComplete;
      // Give a late inline result every chance to land on top.
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Hello']);
      expect(loaded.at(-1), `mlo-load item counts: ${loaded.join(', ')}`).to.equal(1);
    } finally {
      if (scheduler) Object.defineProperty(globalThis, 'scheduler', scheduler);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    }
  });

  it('shows fallback markup in its light DOM until it upgrades, then only the widget (no-JS, crawlers)', async () => {
    // Before the definition: an undefined element shows its children, as a page without JS does.
    const before = fixtureSync<HTMLElement>(html`<mlo-news-list-fallback-probe>
      <a href="https://newsroom.example/">News from the newsroom</a>
    </mlo-news-list-fallback-probe>`);
    expect(before.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);

    const el =
      fixtureSync<MloNewsList>(html`<mlo-news-list lang="en" .feed=${jsonFeed(articles(2))}>
      <a href="https://newsroom.example/">News from the newsroom</a>
    </mlo-news-list>`);
    await untilState(el, 'ready');
    await el.updateComplete;
    // Upgraded: the shadow root has no slot, so the fallback takes no room and is not read out.
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    expect(titles(el)).to.have.length(2);
  });
});

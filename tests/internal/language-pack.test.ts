/**
 * The Serbian language pack (src/i18n/language-pack.ts) is fetched only by a page whose widgets
 * speak Serbian, and a widget that speaks it waits for it: its first render is already Serbian.
 * One page per test file, so the pack's state here starts at "not loaded".
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import '../../src/components/quote/mlo-quote.js';
import type { MloQuote } from '../../src/components/quote/quote.js';
import { languageReady, t } from '../../src/i18n/index.js';
import { serbianPack } from '../../src/i18n/language-pack.js';
import { untilState } from '../helpers/feeds.js';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Vesti',
  language: 'sr-Latn',
  items: [{ id: '1', title: 'Prva vest', content_text: 'Tekst.', date_published: '2026-11-27' }],
};

/** Every text the shadow root showed, from the first render on. */
function texts(el: HTMLElement): string[] {
  const seen: string[] = [];
  const record = () => seen.push(el.shadowRoot?.textContent ?? '');
  new MutationObserver(record).observe(el.shadowRoot ?? el, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  return seen;
}

describe('the Serbian language pack', () => {
  it('is not fetched for English widgets', async () => {
    const el = fixtureSync<MloNewsList>(html`<mlo-news-list lang="en"></mlo-news-list>`);
    el.feed = FEED;
    await untilState(el, 'ready');
    await el.updateComplete;
    expect(serbianPack()).to.equal(undefined);
    expect(languageReady('en')).to.equal(undefined);
    expect(t('sr-Latn')).to.equal(t('en'));
  });

  it('keeps a Serbian server render in view until the pack is here, then takes it over', async () => {
    expect(serbianPack()).to.equal(undefined);
    const feed = { ...FEED, items: [{ id: 'q', content_text: 'Reči', _mlo: { type: 'quote' } }] };
    const holder = document.createElement('div');
    (holder as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      `<mlo-quote lang="sr-Latn"><template shadowrootmode="open"><div class="lang-root"><p class="from-server">Reči</p></div></template><script type="application/json">${JSON.stringify(feed)}</script></mlo-quote>`,
    );
    document.body.append(holder);
    const el = holder.firstElementChild as MloQuote;
    const root = el.shadowRoot!;
    // Upgraded, its pack on the way: the server's picture is still there.
    expect(root.querySelector('.from-server')).to.not.equal(null);
    await languageReady('sr-Latn');
    await el.updateComplete;
    expect(root.querySelector('.from-server')).to.equal(null);
    expect(root.querySelectorAll('.lang-root')).to.have.length(1);
    expect(root.querySelector('blockquote')?.textContent).to.contain('Reči');
    holder.remove();
  });

  it('is awaited before a Serbian widget first renders: never English first', async () => {
    const el = fixtureSync<MloNewsList>(html`<mlo-news-list lang="sr-Cyrl"></mlo-news-list>`);
    const seen = texts(el);
    el.feed = FEED;
    await untilState(el, 'ready');
    await el.updateComplete;
    expect(serbianPack()).to.not.equal(undefined);
    expect(seen.length).to.be.greaterThan(0);
    const m = t('en');
    const english = [...Object.values(m.list), ...Object.values(m.state)].filter(
      (v) => typeof v === 'string',
    );
    for (const text of seen) for (const word of english) expect(text).to.not.contain(word);
    expect(el.shadowRoot!.textContent).to.contain('Прва вест');
  });

  it('switches a widget to Serbian only once the pack is in', async () => {
    const el = fixtureSync<MloNewsList>(html`<mlo-news-list lang="en"></mlo-news-list>`);
    el.feed = FEED;
    await untilState(el, 'ready');
    el.lang = 'sr-Latn';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.lang-root')!.getAttribute('lang')).to.equal('sr-Latn');
  });
});

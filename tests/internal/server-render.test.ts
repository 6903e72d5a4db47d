/**
 * A server render (`mlo-newsroom render`) taken over in place: the element finds its
 * declarative shadow root already filled, moves that content out and renders the same picture
 * from its inline data in the same task; the article keeps the server's sanitized body until its
 * own sanitizer answers. (End to end, with the real command output: tests/e2e/ssr.test.mjs.)
 */
import { expect } from '@open-wc/testing';
import '../../src/components/article/mlo-article.js';
import '../../src/components/quote/mlo-quote.js';
import type { MloArticle } from '../../src/components/article/article.js';
import { jsonFeed } from '../helpers/feeds.js';

/** Parsed as a page parses HTML, declarative shadow root included. */
function parse(markup: string): HTMLElement {
  const holder = document.createElement('div');
  (holder as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
}

const inline = (feed: unknown) =>
  `<script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>`;

describe('server render, taken over in the browser', () => {
  afterEach(() => document.body.replaceChildren());

  it('replaces the declarative shadow DOM with its own render at once, from the inline data', async () => {
    const feed = jsonFeed([{ id: 'q', content_text: 'Words', _mlo: { type: 'quote' } }]);
    const el = parse(
      `<mlo-quote lang="en"><template shadowrootmode="open"><div class="lang-root"><p class="from-server">Words</p></div></template>${inline(feed)}</mlo-quote>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.from-server')).to.equal(null);
    expect(root.querySelectorAll('.lang-root')).to.have.length(1);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(root.querySelector('blockquote')?.textContent).to.contain('Words');
  });

  it('the article shows the server body until its sanitizer answers, then its own', async () => {
    const feed = jsonFeed([{ id: 'a', title: 'A', content_html: '<p>Body</p>' }]);
    const el = parse(
      `<mlo-article lang="en"><template shadowrootmode="open"><div class="lang-root"><div part="body" class="body"><p class="from-server">Body</p></div></div></template>${inline(feed)}</mlo-article>`,
    ) as MloArticle;
    // The first render (the sanitizer, first used on this page, is still loading): the server's
    // body, not a placeholder.
    await el.updateComplete;
    const body = () => el.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body().querySelector('.from-server')?.textContent).to.equal('Body');
    expect(body().querySelector('.body-skeleton')).to.equal(null);
    for (let i = 0; i < 100 && body().querySelector('.from-server'); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(body().querySelector('.from-server')).to.equal(null);
    expect(body().querySelector('p')?.textContent).to.equal('Body');
  });
});

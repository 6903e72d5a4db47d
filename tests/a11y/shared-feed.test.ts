/**
 * What a screen-reader and keyboard user meets when several widgets show one feed, and around
 * Retry: each change said once per page, one Retry for the feed, focus kept where it makes sense.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { FIRST_FILL_DELAY } from '../../src/internal/status-region.js';
import { untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const region = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;
/** What every widget's region says now, without the invisible repeat mark. */
const said = (els: Element[]) =>
  els.map((el) => region(el).textContent.replace(/\u00a0$/u, '')).filter(Boolean);
/** Every keyboard stop inside the widgets (links and buttons of the notices). */
const stops = (els: Element[]) =>
  els.flatMap((el) => [...el.shadowRoot!.querySelectorAll('a[href], button')]);
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** An element as a short string (chai would print a whole element, slowly, on a failure). */
const where = (el: Element | null) =>
  el
    ? `${el.localName}[part=${el.getAttribute('part')}] ${el.textContent.trim().slice(0, 30)}`
    : 'none';
/** Every text a region is given from now on. */
function record(el: Element): string[] {
  const texts: string[] = [];
  new MutationObserver(() => texts.push(region(el).textContent)).observe(region(el), {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return texts;
}
const count = async (name: string, k: string) =>
  ((await (await fetch(`/__mlo/count?name=${name}&key=${k}`)).json()) as { count: number }).count;

async function page(src: string, extra = ''): Promise<Widget[]> {
  const box = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  // Six lists, a quote and a visit card on one feed, as a partner page might have.
  box.innerHTML = `${extra}${'<mlo-news-list limit="2" timeout="1500"></mlo-news-list>'.repeat(6)}
    <mlo-quote timeout="1500"></mlo-quote><mlo-visit-card timeout="1500"></mlo-visit-card>`;
  const els = [...box.querySelectorAll<Widget>('mlo-news-list, mlo-quote, mlo-visit-card')];
  for (const el of els) el.setAttribute('src', src);
  return els;
}

describe('widgets sharing a feed', function () {
  this.timeout(30000);
  beforeEach(() => clearFeedCache());

  it('say "Loading" and the error once per page, and offer one link and one Retry', async () => {
    const els = await page(`/__mlo/hang/${key()}?ms=6000`);
    await new Promise((r) => setTimeout(r, FIRST_FILL_DELAY + 100));
    expect(said(els), 'loading, once').to.deep.equal(['Loading news…']);
    expect(region(els[0]).textContent, 'by the first').to.equal('Loading news…');
    for (const el of els) await untilState(el, 'error');
    await waitUntil(() => said(els).length > 0 && !said(els).includes('Loading news…'));
    expect(said(els), 'the error, once').to.deep.equal([
      'News could not be loaded. The news feed took too long to respond.',
    ]);
    // Every widget still shows the notice's text; only the first has the link and Retry.
    for (const el of els)
      expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.include(
        'News could not be loaded.',
      );
    expect(
      stops(els).map((s) => s.textContent.trim()),
      'two tab stops, not sixteen',
    ).to.deep.equal(['Open the feed', 'Retry']);
  });

  it('Retry that fails again says so again and keeps focus on Retry', async () => {
    const els = await page(`/__mlo/status/${key()}?code=500`);
    for (const el of els) await untilState(el, 'error');
    const error =
      'News could not be loaded. The news server had a problem (HTTP 500). Please try again later.';
    await waitUntil(() => said(els)[0] === error, 'the error');
    const texts = record(els[0]);
    const retry = stops(els).find((s) => s.textContent.trim() === 'Retry') as HTMLElement;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => texts.length > 0 && texts.at(-1)!.startsWith(error), 'said again', {
      timeout: 5000,
    });
    expect(said(els), 'by one region').to.deep.equal([error]);
    expect(where(deepActive()), 'focus stays on Retry').to.equal(where(retry));
  });

  it('Retry that succeeds reloads every widget with one request, says so, and focuses the news', async () => {
    const k = key();
    const els = await page(`/__mlo/flaky/${k}?fails=1&code=500`);
    for (const el of els) await untilState(el, 'error');
    expect(await count('flaky', k), 'one request for all').to.equal(1);
    const retry = stops(els).find((s) => s.textContent.trim() === 'Retry') as HTMLElement;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    for (const el of els) await untilState(el, 'ready', 'empty');
    expect(await count('flaky', k), 'one more request for all').to.equal(2);
    // The lists show items; the quote and visit card have none in this feed and say so (each
    // widget in its own update: under load, WebKit's come a moment after the list's).
    await waitUntil(() => said(els).length >= 3, 'every widget has said its state');
    expect(said(els)).to.deep.equal(['News loaded.', 'No quote to show.', 'No visit to show.']);
    await els[0].updateComplete;
    // The feed's one item has no link: its title, focusable from script only, takes focus.
    const title = els[0].shadowRoot!.querySelector('[part~="title"]');
    expect(where(deepActive()), 'focus on the first headline, not <body>').to.equal(where(title));
    expect(title!.getAttribute('tabindex'), 'no new tab stop').to.equal('-1');
  });

  it('a search typed into while the feed hangs says "Loading news…" after the pause', async () => {
    const el = await fixture<Widget>(
      html`<mlo-search lang="en" src="/__mlo/hang/${key()}?ms=8000"></mlo-search>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'nato' });
    await waitUntil(() => region(el).textContent === 'Loading news…', 'loading is said', {
      timeout: 2000,
    });
  });
});

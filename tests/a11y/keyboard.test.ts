/**
 * Where real key presses take a keyboard user (Tab walks through the page, not `.focus()`):
 * the search popup is no tab stop, and focus outlines are not clipped.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { loadEngine } from '../../src/components/search/load-engine.js';
import type { MloSearch } from '../../src/components/search/search.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { articles, jsonFeed, untilState } from '../helpers/feeds.js';

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('keyboard', function () {
  this.timeout(30000);
  beforeEach(() => clearFeedCache());

  it('search: Tab goes from the field to Clear and out of the widget, never to the scrolling listbox', async () => {
    const box = await fixture<HTMLDivElement>(html`<div class="kb-search">
      <style>
        .kb-search mlo-search {
          --mlo-search-popup-max-height: 8rem;
        }
      </style>
      <button id="before">before</button>
      <mlo-search
        lang="en"
        .feed=${jsonFeed(articles(8, { title: 'Belgrade news' }))}
      ></mlo-search>
      <button id="after">after</button>
    </div>`);
    const el = box.querySelector<MloSearch>('mlo-search')!;
    await untilState(el, 'ready');
    await loadEngine();
    box.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const input = el.shadowRoot!.querySelector('input')!;
    expect(deepActive() === input, 'Tab into the field').to.equal(true);
    await sendKeys({ type: 'belgrade' });
    const listbox = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    await waitUntil(() => !listbox.hidden && listbox.querySelector('[role="option"]'), 'opens');
    await el.updateComplete;
    expect(listbox.scrollHeight, 'the listbox scrolls').to.be.greaterThan(listbox.clientHeight);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part'), 'then Clear').to.include('clear-button');
    await sendKeys({ press: 'Tab' });
    // Compared as a string: chai prints a whole element, slowly, when the check fails.
    expect(
      deepActive()?.id ?? deepActive()?.getAttribute('part'),
      'then out, not the listbox',
    ).to.equal('after');
    await aTimeout(0);
  });

  it('search with action: Enter on a result opens it, not the form; Enter with none chosen sends the form; Tab reaches Search', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <mlo-search
        lang="en"
        action="/search/"
        .feed=${jsonFeed(articles(3, { title: 'Belgrade news' }))}
      ></mlo-search>
      <button id="after">after</button>
    </div>`);
    const el = box.querySelector<MloSearch>('mlo-search')!;
    await untilState(el, 'ready');
    await loadEngine();
    const form = el.shadowRoot!.querySelector('form')!;
    const sent: string[] = [];
    // Kept on the page: what would have been sent.
    form.addEventListener('submit', (e) => {
      if (!e.defaultPrevented) sent.push(new FormData(form).get('q') as string);
      e.preventDefault();
    });
    const chosen: string[] = [];
    el.addEventListener('mlo-select', (e) => {
      chosen.push(e.item.id);
      e.preventDefault();
    });
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'belgrade' });
    const listbox = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    await waitUntil(() => !listbox.hidden && listbox.querySelector('[role="option"]'), 'opens');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chosen, 'the result').to.have.length(1);
    expect(sent, 'no form sent').to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sent, 'no result chosen: the form').to.deep.equal(['belgrade']);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part'), 'Clear').to.include('clear-button');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part'), 'then Search').to.include('submit-button');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id, 'then out').to.equal('after');
  });
});

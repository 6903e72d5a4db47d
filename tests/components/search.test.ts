import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
// Only the element and its eager modules: nothing here may import src/search or search-chunk.ts,
// or the lazy-loading test below would prove nothing.
import '../../src/components/search/mlo-search.js';
import '../../src/components/news-list/mlo-news-list.js';
import { ANNOUNCE_DELAY } from '../../src/components/search/announcer.js';
import { comboboxKey } from '../../src/components/search/keys.js';
import { loadEngine } from '../../src/components/search/load-engine.js';
import { MloSearch } from '../../src/components/search/search.js';
import type { MloSelectEvent } from '../../src/events.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { t, type Lang } from '../../src/i18n/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { jsonFeed, nextEvent, sampleFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const shadow = (el: MloSearch) => el.shadowRoot!;
const field = (el: MloSearch) => shadow(el).querySelector<HTMLInputElement>('input')!;
const popup = (el: MloSearch) => shadow(el).querySelector<HTMLElement>('[part~="popup"]')!;
const options = (el: MloSearch) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
const optionTitles = (el: MloSearch) =>
  options(el).map((o) => o.querySelector('[part~="option-title"]')!.textContent.trim());
const marked = (el: MloSearch) =>
  [...shadow(el).querySelectorAll('mark')].map((m) => m.textContent);
const status = (el: MloSearch) =>
  shadow(el).querySelector('[role="status"]:not([part~="notice"])')!.textContent.trim();
const message = (el: MloSearch) =>
  shadow(el).querySelector('[part~="message"]')?.textContent?.trim();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Ids of the shown results, read back from the `mlo-select` each option fires. */
function optionIds(el: MloSearch): string[] {
  return options(el).map((option) => {
    let id = '';
    const read = (e: MloSelectEvent) => (id = e.item.id);
    el.addEventListener('mlo-select', read, { once: true });
    option.click();
    return id;
  });
}

async function search(
  feed: unknown,
  attrs: Partial<Record<'lang' | 'limit' | 'type' | 'target', string>> = {},
) {
  const el = await fixture<MloSearch>(html`<mlo-search
    .feed=${feed}
    lang=${attrs.lang ?? 'en'}
    limit=${attrs.limit ?? '8'}
    type=${attrs.type ?? ''}
  ></mlo-search>`);
  if (attrs.target) el.target = attrs.target;
  await untilState(el, 'ready', 'empty', 'error');
  return el;
}

/** Focus, as a visitor would; a background test tab may not get focus events, so send one. */
function focus(el: MloSearch): void {
  field(el).focus();
  if (!document.hasFocus()) field(el).dispatchEvent(new FocusEvent('focus'));
}

/** What a keystroke does to the field: its new text, and an input event. */
function input(el: MloSearch, text: string): void {
  field(el).value = text;
  field(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Types `text` (as one input event) and waits for the engine and the render. */
async function type(el: MloSearch, text: string): Promise<void> {
  focus(el);
  input(el, text);
  await loadEngine();
  await el.updateComplete;
  await el.updateComplete;
}

async function press(el: MloSearch, key: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  field(el).dispatchEvent(event);
  await el.updateComplete;
  return event;
}

const cancelSelect = (e: Event) => e.preventDefault();

describe('<mlo-search>', () => {
  // The test page must never navigate: every choice is canceled, whatever a test does.
  before(() => document.addEventListener('mlo-select', cancelSelect));
  after(() => document.removeEventListener('mlo-select', cancelSelect));
  beforeEach(() => clearFeedCache());

  it('is accessible closed and in error (and loads no search code for either)', async () => {
    await expectAccessible(await search(await sampleFeed()));
    const error = await fixture<MloSearch>(
      html`<mlo-search lang="en" src="/__mlo/status/${key()}?code=404"></mlo-search>`,
    );
    await untilState(error, 'error');
    expect(shadow(error).querySelector('[part~="notice"]')).to.exist;
    expect(field(error).disabled).to.equal(false);
    await expectAccessible(error);
    expect(MloSearch.engineRequested).to.equal(false);
  });

  it('loads the search engine only when the field is first focused', async () => {
    const engineFetched = () =>
      // Tag stripping, which the feed reader shares (notes' text, #13), lives in src/util/.
      performance
        .getEntriesByType('resource')
        .some((e) => /\/src\/(search\/|components\/search\/engine)/.test(e.name));
    const el = await search(await sampleFeed());
    expect(MloSearch.engineRequested, 'before focus').to.equal(false);
    expect(engineFetched(), 'no engine module fetched before focus').to.equal(false);
    focus(el);
    expect(MloSearch.engineRequested, 'after focus').to.equal(true);
    await loadEngine();
    expect(engineFetched(), 'engine module fetched after focus').to.equal(true);
  });

  it('is accessible open with results, grouped, and with no results', async () => {
    const el = await search(await sampleFeed());
    await type(el, 'belgrade');
    expect(shadow(el).querySelectorAll('[role="group"]').length).to.be.greaterThan(1);
    await press(el, 'ArrowDown');
    // Options are named by their visible title (tests/helpers/axe.ts, OPTION_NAME_RULE).
    await expectAccessible(el);
    for (const option of options(el)) {
      const title = option.querySelector('[part~="option-title"]')!;
      expect(option.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(title.checkVisibility()).to.equal(true);
    }
    await type(el, 'zzzqqxx');
    expect(message(el)).to.equal('No results for “zzzqqxx”');
    await expectAccessible(el);
  });

  it('finds the same items for vucic, Vučić and Вучић in the sample newsroom', async () => {
    const el = await search(await sampleFeed());
    const found: string[][] = [];
    for (const query of ['vucic', 'Vučić', 'Вучић']) {
      await type(el, query);
      found.push(optionIds(el));
    }
    expect(found[0]).to.include('saceur-visit-belgrade-2019-07-17');
    expect(found[1]).to.deep.equal(found[0]);
    expect(found[2]).to.deep.equal(found[0]);
  });

  it('marks a folded match in the original text: vucic marks "Vučić"', async () => {
    const el = await search(await sampleFeed());
    await type(el, 'vucic');
    expect(marked(el)).to.include('Vučić');
    expect(shadow(el).querySelector('mark')!.getAttribute('part')).to.equal('mark');
  });

  it('finds by prefix while typing, marking only the typed part', async () => {
    const el = await search(await sampleFeed());
    for (const text of ['wo', 'wol', 'wolt', 'wolters']) {
      await type(el, text);
      expect(optionTitles(el), text).to.include('SACEUR General Tod D. Wolters in Belgrade');
    }
    await type(el, 'wol');
    expect(marked(el)).to.include('Wol');
    expect(marked(el)).not.to.include('Wolters');
  });

  it('follows the combobox keyboard contract', async () => {
    const el = await search(await sampleFeed());
    const input = field(el);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const listbox = shadow(el).getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(shadow(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(
      'Search the newsroom',
    );

    await type(el, 'belgrade');
    const ids = optionIds(el); // chooses each in turn (canceled), which closes the popup
    await type(el, 'belgrade');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    const count = options(el).length;
    expect(count).to.be.greaterThan(2);
    const active = () =>
      shadow(el).getElementById(input.getAttribute('aria-activedescendant') ?? '');
    const selected = () => options(el).filter((o) => o.getAttribute('aria-selected') === 'true');

    expect((await press(el, 'ArrowDown')).defaultPrevented).to.equal(true);
    expect(active()).to.equal(options(el)[0]);
    expect(selected()).to.deep.equal([options(el)[0]]);
    await press(el, 'ArrowDown');
    expect(active()).to.equal(options(el)[1]);
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(active(), 'up from the first wraps to the last').to.equal(options(el)[count - 1]);
    await press(el, 'ArrowDown');
    expect(active(), 'down from the last wraps to the first').to.equal(options(el)[0]);
    expect(selected()).to.have.length(1);

    // APG: the caret keys hand the visual focus back to the field (and still move the caret).
    for (const key of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
      await press(el, 'ArrowDown');
      expect(input.hasAttribute('aria-activedescendant'), key).to.equal(true);
      expect((await press(el, key)).defaultPrevented, key).to.equal(false);
      expect(input.hasAttribute('aria-activedescendant'), key).to.equal(false);
      expect(selected(), key).to.have.length(0);
      expect(input.getAttribute('aria-expanded'), key).to.equal('true');
    }
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    const chosen = nextEvent(el, 'mlo-select');
    const enter = await press(el, 'Enter');
    const event = await chosen;
    expect(event.item.id).to.equal(ids[1]);
    expect(event.originalEvent).to.equal(enter);
    expect([event.bubbles, event.composed, event.cancelable, event.defaultPrevented]).to.deep.equal(
      [true, true, true, true],
    );
    expect(location.pathname, 'a canceled choice does not navigate').not.to.contain('article.html');
    expect(input.getAttribute('aria-expanded'), 'closed after a choice').to.equal('false');

    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-expanded'), 'ArrowDown opens again').to.equal('true');
    await press(el, 'Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(popup(el).hidden).to.equal(true);
    expect(input.value, 'the first Escape keeps the text').to.equal('belgrade');
    await press(el, 'Escape');
    expect(input.value, 'the second Escape clears it').to.equal('');
    expect(el.value).to.equal('');
  });

  it('chooses an option on click, and clears with the clear button', async () => {
    const el = await search(await sampleFeed());
    await type(el, 'kfor');
    const chosen = nextEvent(el, 'mlo-select');
    options(el)[0].click();
    expect((await chosen).item.id).to.equal('kfor-commander-visit-belgrade');
    await el.updateComplete;
    expect(popup(el).hidden).to.equal(true);
    const clear = shadow(el).querySelector<HTMLButtonElement>('[part~="clear-button"]')!;
    expect(clear.getAttribute('aria-label')).to.equal('Clear search');
    clear.click();
    await el.updateComplete;
    expect(field(el).value).to.equal('');
    expect(shadow(el).querySelector('[part~="clear-button"]')).to.equal(null);
  });

  it('announces the count in a status region after typing pauses, and fires one mlo-search', async () => {
    const el = await search(await sampleFeed());
    const events: { query: string; count: number }[] = [];
    el.addEventListener('mlo-search', (e) => events.push({ query: e.query, count: e.count }));
    focus(el);
    for (const text of ['b', 'be', 'bel']) input(el, text);
    await type(el, 'belgrade');
    expect(status(el), 'nothing announced while typing').to.equal('');
    await wait(ANNOUNCE_DELAY + 150);
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].query).to.equal('belgrade');
    expect(events[0].count).to.be.at.least(options(el).length);
    expect(status(el)).to.equal(`${events[0].count} results`);

    await type(el, 'zzzqqxx');
    const none = await nextEvent(el, 'mlo-search');
    await el.updateComplete;
    expect([none.query, none.count]).to.deep.equal(['zzzqqxx', 0]);
    expect(status(el)).to.equal('No results for “zzzqqxx”');
    expect(field(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('waits for the engine and the feed: typing early is kept and searched when they arrive', async () => {
    const el = await fixture<MloSearch>(
      html`<mlo-search lang="en" src="/__mlo/sample/${key()}"></mlo-search>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    focus(el);
    input(el, 'kfor');
    await el.updateComplete;
    const searched = nextEvent(el, 'mlo-search');
    await untilState(el, 'ready');
    expect((await searched).count).to.be.greaterThan(0);
    await el.updateComplete;
    expect(field(el).value).to.equal('kfor');
    expect(optionTitles(el).length).to.be.greaterThan(0);
  });

  it('says "no results" for any query on an empty feed, and why results are missing on error', async () => {
    const empty = await search(jsonFeed([]));
    expect(empty.getAttribute('state')).to.equal('empty');
    await type(empty, 'nato');
    expect(message(empty)).to.equal('No results for “nato”');

    const error = await fixture<MloSearch>(
      html`<mlo-search lang="en" src="/__mlo/status/${key()}?code=404"></mlo-search>`,
    );
    await untilState(error, 'error');
    await type(error, 'nato');
    expect(message(error)).to.equal('News could not be loaded.');
    const event = await nextEvent(error, 'mlo-search');
    expect(event.count).to.equal(0);
    await error.updateComplete;
    expect(status(error)).to.equal('News could not be loaded.');
  });

  it('honours type, limit and placeholder', async () => {
    const quotes = await search(await sampleFeed(), { type: 'quote' });
    await type(quotes, 'belgrade');
    expect(options(quotes).length).to.be.greaterThan(0);
    expect(shadow(quotes).querySelectorAll('[role="group"]')).to.have.length(0);
    expect(
      options(quotes).every((o) => o.querySelector('[part~="type"]')!.textContent === 'Quote'),
    ).to.equal(true);

    const two = await search(await sampleFeed(), { limit: '2' });
    await type(two, 'belgrade');
    expect(options(two)).to.have.length(2);
    two.placeholder = 'Find news';
    await two.updateComplete;
    expect(field(two).placeholder).to.equal('Find news');
  });

  for (const lang of ['en', 'sr-Latn', 'sr-Cyrl'] as Lang[]) {
    it(`speaks ${lang}: label, placeholder, clear, group labels, count`, async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div lang=${lang}><mlo-search></mlo-search></div>`,
      );
      const el = wrapper.querySelector('mlo-search')!;
      el.feed = await sampleFeed();
      await untilState(el, 'ready');
      // After the widget's first render: it fetched its language's pack (Serbian) itself.
      const m = t(lang);
      expect(shadow(el).querySelector('label')!.textContent).to.equal(m.search.label);
      expect(field(el).placeholder).to.equal(m.search.placeholder);
      await type(el, 'belgrade');
      expect(shadow(el).querySelector('[role="listbox"]')!.getAttribute('aria-label')).to.equal(
        m.search.heading,
      );
      expect(
        shadow(el).querySelector('[part~="clear-button"]')!.getAttribute('aria-label'),
      ).to.equal(m.search.clear);
      const labels = [...shadow(el).querySelectorAll('[part~="group-label"]')].map((g) =>
        g.textContent.trim(),
      );
      expect(labels.length).to.be.greaterThan(1);
      for (const label of labels) expect(Object.values(m.typesPlural)).to.include(label);
      const event = await nextEvent(el, 'mlo-search');
      await el.updateComplete;
      expect(status(el)).to.equal(m.search.results(event.count));
    });
  }

  it('finds a Serbian Latin item shown in Cyrillic with a Latin query, and marks it', async () => {
    const feed = jsonFeed(
      [
        {
          id: 'sr',
          title: 'Predsednik Vučić primio delegaciju',
          content_text: 'x',
          date_published: '2019-07-17',
          language: 'sr-Latn',
        },
      ],
      { language: 'sr-Latn' },
    );
    const el = await search(feed, { lang: 'sr-Cyrl' });
    await type(el, 'vucic');
    expect(optionTitles(el)).to.deep.equal(['Председник Вучић примио делегацију']);
    expect(marked(el)).to.deep.equal(['Вучић']);
    await type(el, 'Вуч');
    expect(marked(el)).to.deep.equal(['Вуч']);
    expect(message(el)).to.equal(undefined);
  });

  it('shows HTML in titles as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Vučić <b>bold</b>';
    const el = await search(
      jsonFeed([{ id: 'h', title: hostile, content_text: 'x', url: 'javascript:alert(1)' }]),
    );
    await type(el, 'vucic');
    expect(optionTitles(el)).to.deep.equal([hostile]);
    expect(shadow(el).querySelectorAll('img, b, a')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('filters a news list named by target instead of showing a popup', async () => {
    const page = fixtureSync<HTMLElement>(html`<div lang="en">
      <mlo-search target="news"></mlo-search>
      <mlo-news-list id="news" type="article statement quote visit"></mlo-news-list>
    </div>`);
    const el = page.querySelector('mlo-search')!;
    const list = page.querySelector('mlo-news-list')!;
    const feed = await sampleFeed();
    el.feed = feed;
    list.feed = feed;
    await untilState(el, 'ready');
    await untilState(list, 'ready');
    expect(field(el).hasAttribute('role')).to.equal(false);
    expect(popup(el)).to.equal(null);
    await type(el, 'kfor');
    expect([...list.filterIds!]).to.include('kfor-commander-visit-belgrade');
    expect(list.items.every((item) => list.filterIds!.has(item.id))).to.equal(true);
    const event = await nextEvent(el, 'mlo-search');
    expect(list.filterIds!.size).to.equal(event.count);
    await press(el, 'Escape');
    expect(field(el).value).to.equal('');
    await el.updateComplete;
    expect(list.filterIds).to.equal(undefined);
  });
});

describe('<mlo-search> keys (APG editable combobox)', () => {
  const at = (active: number, expanded = true) => ({ count: 3, expanded, active, hasText: true });

  it('moves and wraps with the arrows, opens with Alt+Down, and leaves other keys to the field', () => {
    expect(comboboxKey('ArrowDown', false, at(-1, false))).to.deep.equal({ do: 'move', active: 0 });
    expect(comboboxKey('ArrowUp', false, at(-1, false))).to.deep.equal({ do: 'move', active: 2 });
    expect(comboboxKey('ArrowDown', false, at(2))).to.deep.equal({ do: 'move', active: 0 });
    expect(comboboxKey('ArrowDown', true, at(-1, false))).to.deep.equal({ do: 'open' });
    expect(comboboxKey('ArrowUp', true, at(1))).to.deep.equal({ do: 'close' });
    expect(comboboxKey('ArrowDown', false, { ...at(-1), count: 0 })).to.equal(undefined);
    for (const key of ['Tab', 'a']) expect(comboboxKey(key, false, at(1)), key).to.equal(undefined);
  });

  it('returns to the field on Home, End, Left and Right with an option active, and moves the caret', () => {
    for (const key of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
      expect(comboboxKey(key, false, at(1)), key).to.deep.equal({ do: 'caret' });
      // Nothing active, or the popup closed: a plain caret move, left to the browser.
      expect(comboboxKey(key, false, at(-1)), key).to.equal(undefined);
      expect(comboboxKey(key, false, at(1, false)), key).to.equal(undefined);
    }
  });

  it('chooses only an active option, and closes before it clears', () => {
    expect(comboboxKey('Enter', false, at(1))).to.deep.equal({ do: 'choose', active: 1 });
    expect(comboboxKey('Enter', false, at(-1))).to.equal(undefined);
    expect(comboboxKey('Escape', false, at(1))).to.deep.equal({ do: 'close' });
    expect(comboboxKey('Escape', false, at(-1, false))).to.deep.equal({ do: 'clear' });
    expect(comboboxKey('Escape', false, { ...at(-1, false), hasText: false })).to.equal(undefined);
  });
});

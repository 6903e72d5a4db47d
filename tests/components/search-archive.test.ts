// <mlo-search index="…/index.json">: results from a prebuilt archive index (issue #28), served by
// the test server (tests/server/faults.mjs builds it from scripts/build-archive-fixture.mjs).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/search/mlo-search.js';
import { loadEngine } from '../../src/components/search/load-engine.js';
import type { MloSearch } from '../../src/components/search/search.js';
import { makeCorpus } from '../../bench/search/corpus.js';
import { preferLanguage } from '../../src/feed/select.js';
import { SearchIndex } from '../../src/search/index.js';
import { arrange } from '../../src/components/search/results.js';
import { expectAccessible } from '../helpers/axe.js';

/** The fixture's items, as scripts/build-archive-fixture.mjs makes them. */
const ITEMS = makeCorpus(120).items;

const shadow = (el: MloSearch) => el.shadowRoot!;
const field = (el: MloSearch) => shadow(el).querySelector<HTMLInputElement>('input')!;
const options = (el: MloSearch) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
const notice = (el: MloSearch) => shadow(el).querySelector<HTMLElement>('[part~="notice"]');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** This run's own URLs: the three engines share the test server, each with its counts and log. */
const RUN = Math.random().toString(36).slice(2);

async function log(reset = false): Promise<string[]> {
  return (await fetch(`/__mlo/archive-log/${RUN}${reset ? '?reset=1' : ''}`)).json() as Promise<
    string[]
  >;
}

/** Ids of the shown results, from the `mlo-select` each option fires. */
function optionIds(el: MloSearch): string[] {
  return options(el).map((option) => {
    let id = '';
    el.addEventListener('mlo-select', (e) => ((id = e.item.id), e.preventDefault()), {
      once: true,
    });
    option.click();
    return id;
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await wait(20);
  expect(check(), what).to.equal(true);
}

async function type(el: MloSearch, text: string): Promise<void> {
  field(el).focus();
  field(el).dispatchEvent(new FocusEvent('focus'));
  field(el).value = text;
  field(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await loadEngine();
  await el.updateComplete;
}

const expected = (query: string, lang = 'en', limit = 8) =>
  new SearchIndex(preferLanguage(ITEMS.slice(), lang))
    .search(query, { limit: Infinity })
    .slice(0, limit);
/** The ids in the order the options show them (grouped by type, as `arrange` does). */
const shownIds = (query: string, lang = 'en') =>
  arrange(query, expected(query, lang), 8).shown.map((hit) => hit.item.id);

describe('<mlo-search index>', () => {
  it('is accessible with results from the index', async () => {
    const el = await fixture<MloSearch>(
      html`<mlo-search index="/__mlo/archive/index.json" lang="en"></mlo-search>`,
    );
    await type(el, 'vucic');
    await until(() => options(el).length > 0, 'results');
    await expectAccessible(el);
  });

  it('shows what the in-memory search shows, for vucic, Vučić and Вучић, in each language', async () => {
    for (const lang of ['en', 'sr-Cyrl']) {
      const el = await fixture<MloSearch>(
        html`<mlo-search index="/__mlo/archive/index.json" lang=${lang}></mlo-search>`,
      );
      for (const query of ['vucic', 'Vučić', 'Вучић', 'vu', 'mojsilvoic', 'aleksandar vuc']) {
        const want = shownIds(query, lang);
        const searched = oneEvent(el, 'mlo-search');
        await type(el, query);
        // Announced (and `mlo-search` fired) once this query's own results are in.
        await searched;
        expect(optionIds(el).join(), `${lang} ${query}`).to.equal(want.join());
      }
      expect(shadow(el).querySelector('mark')).to.exist;
    }
  });

  it('fetches index.json on focus, then the query one shard (with its docs) per round trip', async () => {
    await log(true);
    const el = await fixture<MloSearch>(
      html`<mlo-search index=${`/__mlo/archive-b/${RUN}/index.json`} lang="en"></mlo-search>`,
    );
    await wait(50);
    expect(await log()).to.deep.equal([]);
    field(el).focus();
    field(el).dispatchEvent(new FocusEvent('focus'));
    await loadEngine();
    await wait(100);
    expect(await log()).to.deep.equal(['archive-b/index.json']);
    await type(el, 'v');
    await until(() => options(el).length > 0, 'results for v');
    const first = await log();
    // One shard: a one-letter prefix carries the docs of its best results.
    expect(first.length, first.join()).to.equal(2);
    expect(first[1]).to.match(/^archive-b\/s\./);
    expect(first.includes('cookie!')).to.equal(false);
  });

  it('keeps the results on show when a shard fails, says so, and Retry fetches it again', async () => {
    const el = await fixture<MloSearch>(
      html`<mlo-search index=${`/__mlo/archive-fail/${RUN}/index.json`} lang="en"></mlo-search>`,
    );
    await type(el, 'vucic');
    await until(() => !!notice(el), 'a notice');
    expect(notice(el)!.textContent).to.contain('Part of the search index could not be loaded');
    notice(el)!.querySelector('button')!.click();
    // The button took the focus, which closed the panel: back to the field, as a visitor would.
    await type(el, 'vucic');
    await until(() => options(el).length > 0, 'results after Retry');
    expect(notice(el)).to.equal(null);
    const shown = optionIds(el);
    // Another word whose shard fails: the last results stay on show under the message.
    await type(el, 'vucic kfor');
    await until(() => !!notice(el), 'a notice again');
    expect(optionIds(el)).to.deep.equal(shown);
  });
});

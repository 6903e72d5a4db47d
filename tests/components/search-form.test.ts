/**
 * `<mlo-search action>`: a real search form to the partner's search page, which works before
 * the script (a server render) and leaves the page only with something to search; and the
 * partner stylesheet's reservation does not make the field's text bold.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/search/mlo-search.js';
import { partnerCss } from '../../src/cdn-styles/partner-css.js';
import type { MloSearch } from '../../src/components/search/search.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';

async function search(action: string | undefined, lang = 'en') {
  const el = await fixture<MloSearch>(html`<mlo-search
    lang=${lang}
    action=${action ?? ''}
    .feed=${jsonFeed([{ id: '1', url: 'https://news.example/1', title: 'Visit to Belgrade' }])}
  ></mlo-search>`);
  if (action === undefined) el.removeAttribute('action');
  await untilState(el, 'ready');
  await el.updateComplete;
  return el;
}

describe('<mlo-search action>', () => {
  it('is a GET form with role search to the page named, sending the field as q', async () => {
    const el = await search('/search/');
    const form = el.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.method).to.equal('get');
    expect(new URL(form.action).pathname).to.equal('/search/');
    const input = form.querySelector('input')!;
    input.value = 'nato';
    expect(new FormData(form).get('q')).to.equal('nato');
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(submit.textContent.trim()).to.equal('Search');
    expect(submit.form).to.equal(form);
  });

  it('names its button in the widget language', async () => {
    const el = await search('/search/', 'sr-Cyrl');
    const submit = el.shadowRoot!.querySelector('button[type="submit"]')!;
    expect(submit.textContent.trim()).to.equal('Претражите');
  });

  it('does not leave the page with an empty field', async () => {
    const el = await search('/search/');
    const form = el.shadowRoot!.querySelector('form')!;
    let prevented = false;
    form.addEventListener('submit', (e) => {
      prevented = e.defaultPrevented;
      e.preventDefault();
    });
    form.requestSubmit();
    expect(prevented).to.equal(true);
  });

  it('has no form without an action, or with an unsafe one', async () => {
    for (const action of [undefined, 'javascript:alert(1)']) {
      const el = await search(action);
      expect(el.shadowRoot!.querySelector('form'), String(action)).to.equal(null);
      expect(el.shadowRoot!.querySelector('button[type="submit"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('input')!.hasAttribute('name')).to.equal(false);
    }
  });

  it('keeps the page weight in the field while the partner stylesheet reserves its room', async () => {
    const style = document.createElement('style');
    style.textContent = partnerCss('mlo-news-list-unused', 'mlo-search');
    document.head.append(style);
    try {
      const el = await search('/search/');
      // The partner rule applies until the first render sets `state` (and to a server render
      // before the script): the same element with the attribute taken away.
      el.removeAttribute('state');
      const weight = (selector: string) =>
        Number(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontWeight);
      expect(Number(getComputedStyle(el).fontWeight), 'the rule applies').to.equal(600);
      expect(weight('input'), 'the field').to.equal(400);
      expect(weight('button[type="submit"]'), 'the button').to.equal(400);
      expect(weight('label'), 'the label').to.equal(600);
    } finally {
      style.remove();
    }
  });
});

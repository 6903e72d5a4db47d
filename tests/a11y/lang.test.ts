/**
 * WCAG 3.1.2: every text node and every text attribute of every widget carries the language it
 * is written in. The feeds are written in one script and the widget speaks the other language,
 * so a text's script says whose it is: Cyrillic text must be in `sr-Cyrl`, Latin text in `en`.
 * A node with both scripts mixes a UI string and item text in one node (or mixes scripts in a
 * word), and fails too.
 */
import { expect } from '@open-wc/testing';
import { nearestLang, renderWidgets, scriptFeed } from './helpers.js';

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;
/** Latin in no language: technical acronyms, URLs, e-mail addresses and domain names. */
const NEUTRAL = /\b(?:HTTP|MB|CORS|JSON|HTML)\b|https?:\S+|\S+@\S+|\b[\w-]+\.(?:org|com|rs|int)\b/g;

function check(root: ShadowRoot, tag: string): string[] {
  const faults: string[] = [];
  const judge = (text: string, lang: string | undefined, where: string) => {
    const clean = text.replace(NEUTRAL, '');
    const cyrillic = CYRILLIC.test(clean);
    const latin = LATIN.test(clean);
    if (!cyrillic && !latin) return;
    const expected = cyrillic && latin ? 'one script' : cyrillic ? 'sr-Cyrl' : 'en';
    if (lang !== expected)
      faults.push(`${tag} ${where} "${text.trim()}": lang ${lang}, expected ${expected}`);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script, [aria-hidden="true"], [hidden]')) continue;
    judge(node.textContent ?? '', nearestLang(node), 'text');
  }
  for (const element of root.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
    if (element.closest('[aria-hidden="true"]')) continue;
    for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) judge(value, nearestLang(element), `@${name}`);
    }
  }
  return faults;
}

describe('language of every text node (WCAG 3.1.2)', function () {
  this.timeout(30000);

  it('Serbian Cyrillic widgets with English items: UI and dates in sr-Cyrl, item text in en', async () => {
    const host = document.createElement('div');
    host.lang = 'sr-Cyrl';
    document.body.append(host);
    const els = await renderWidgets(host, scriptFeed('en'));
    const faults = els.flatMap((el) => check(el.shadowRoot!, el.localName));
    host.remove();
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('English fallback on a German page, with Serbian Cyrillic items: the UI tagged en', async () => {
    const host = document.createElement('div');
    host.lang = 'de';
    document.body.append(host);
    const els = await renderWidgets(host, scriptFeed('sr-Cyrl'), 'о');
    // The widgets speak English here (German is not supported) and say so.
    expect(
      els.map((el) => el.shadowRoot!.querySelector('.lang-root')!.getAttribute('lang')),
    ).to.deep.equal(els.map(() => 'en'));
    const faults = els.flatMap((el) => check(el.shadowRoot!, el.localName));
    host.remove();
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('shows enough of every widget for the walk to mean something', async () => {
    const host = document.createElement('div');
    host.lang = 'sr-Cyrl';
    document.body.append(host);
    const els = await renderWidgets(host, scriptFeed('en'));
    const texts = (el: Element) => el.shadowRoot!.textContent;
    const [list, visit, statement, quote, , card, contact, search] = els;
    expect(texts(list))
      .to.contain('Visit to Belgrade')
      .and.contain('Изјава')
      .and.contain('20. новембар 2026.');
    expect(texts(visit))
      .to.contain('Ажурирано 27. новембра 2026.')
      .and.contain('Пишу:')
      .and.contain('Фото:')
      .and.contain('Press office');
    expect(texts(statement)).to.contain('Training');
    expect(statement.shadowRoot!.querySelector('[role="region"] table')).to.not.equal(null);
    expect(texts(quote)).to.contain('Peace is our common goal.');
    expect(texts(card)).to.contain('Milan Mojsilovic');
    expect(texts(contact)).to.contain('Main street');
    expect(search.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
    host.remove();
  });
});

describe('search options (WCAG 4.1.2, 3.1.2)', function () {
  this.timeout(30000);

  it('are named by the title alone, in its language, and described by the rest', async () => {
    const host = document.createElement('div');
    host.lang = 'sr-Cyrl';
    document.body.append(host);
    const els = await renderWidgets(host, scriptFeed('en'));
    const root = els.find((el) => el.localName === 'mlo-search')!.shadowRoot!;
    const options = [...root.querySelectorAll<HTMLElement>('[role="option"]')];
    expect(options.length).to.be.greaterThan(0);
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => root.getElementById(id)!.textContent.replace(/\s+/g, ' ').trim())
        .join(' ');
    for (const option of options) {
      const title = option.querySelector('[part~="option-title"]')!;
      // The accessible name: the aria-labelledby targets' text, which is the title, whole.
      expect(option.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(text(option.getAttribute('aria-labelledby'))).to.equal(
        title.textContent.replace(/\s+/g, ' ').trim(),
      );
      // Spoken in the item's language (English here), not the widget's.
      expect(nearestLang(option), 'the option').to.equal('en');
      // Type and date: the description, in the widget's language.
      const description = text(option.getAttribute('aria-describedby'));
      expect(description).to.match(/[\u0400-\u04ff]/);
      const meta = option.querySelector('.meta')!;
      expect(nearestLang(meta), 'type and date').to.equal('sr-Cyrl');
      expect(description).to.contain(meta.textContent.replace(/\s+/g, ' ').trim());
    }
    host.remove();
  });
});

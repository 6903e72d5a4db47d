import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/article/mlo-article.js';
import type { MloArticle } from '../../src/components/article/article.js';
import type { MloSelectEvent } from '../../src/events.js';
import type { Lang } from '../../src/i18n/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { partlySkipped } from '../helpers/skip.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';

/** One statement in English, Serbian Latin and Serbian Cyrillic; only the English names the others. */
const statementFeed = () =>
  jsonFeed([
    {
      id: 'en-1',
      url: 'https://example.org/en/statement',
      title: 'Statement on the exercise',
      language: 'en',
      date_published: '2026-03-01T10:00:00Z',
      content_text: 'The exercise ends today.',
      _mlo: {
        type: 'statement',
        translations: [
          { language: 'sr-Latn', id: 'lat-1' },
          { language: 'sr-Cyrl', id: 'cyr-1' },
          { language: 'de', url: 'https://example.de/erklaerung' },
          { language: 'fr', url: 'javascript:alert(1)' },
        ],
      },
    },
    {
      id: 'lat-1',
      url: 'https://example.org/sr/izjava',
      title: 'Izjava o vežbi',
      language: 'sr-Latn',
      date_published: '2026-03-01T12:00:00Z',
      content_text: 'Vežba se danas završava.',
      _mlo: { type: 'statement' },
    },
    {
      id: 'cyr-1',
      title: 'Изјава о вежби',
      language: 'sr-Cyrl',
      date_published: '2026-03-01T12:00:00Z',
      content_text: 'Вежба се данас завршава.',
      _mlo: { type: 'statement' },
    },
  ]);

async function article(lang: Lang, item?: string, extra = '') {
  const el = await fixture<MloArticle>(
    html`<mlo-article .feed=${statementFeed()} lang=${lang} item=${item ?? ''} ?no-share=${extra === 'no-share'}></mlo-article>`,
  );
  await untilState(el, 'ready');
  await el.updateComplete;
  return el;
}

const q = <E extends HTMLElement = HTMLElement>(el: MloArticle, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const versions = (el: MloArticle) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="translation"]')].map((a) => [
    a.textContent.trim(),
    a.getAttribute('lang'),
    a.getAttribute('hreflang'),
    a.getAttribute('href'),
  ]);
const titleText = (el: MloArticle) => q(el, '[part~="title"]')?.textContent?.trim();
const status = (el: MloArticle) => q(el, '[part~="status"]')!.textContent.replace('\u00a0', '');

/** Replaces a navigator member for one test; the returned function puts it back. */
function stub(name: 'share' | 'canShare' | 'clipboard', value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { configurable: true, value });
  return () => {
    if (own) Object.defineProperty(navigator, name, own);
    else delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

describe('<mlo-article>: translations', () => {
  it('shows the version in the widget language, and names the others in their own', async () => {
    const en = await article('en');
    expect(titleText(en)).to.equal('Statement on the exercise');
    expect(q(en, '[part~="translations"]')!.textContent).to.match(/^\s*Also in:/);
    expect(versions(en)).to.deep.equal([
      ['Srpski', 'sr-Latn', 'sr-Latn', 'https://example.org/sr/izjava'],
      ['Српски', 'sr-Cyrl', null, null],
      ['Deutsch', 'de', 'de', 'https://example.de/erklaerung'],
    ]);
    await expectAccessible(en);

    // `item` names the statement: a Cyrillic widget shows its Cyrillic version.
    const cyr = await article('sr-Cyrl', 'en-1');
    expect(titleText(cyr)).to.equal('Изјава о вежби');
    expect(q(cyr, '.also-in')!.textContent).to.equal('Остале верзије:');
    expect(versions(cyr).map((v) => v[0])).to.deep.equal(['English', 'Srpski', 'Deutsch']);
    await expectAccessible(cyr);

    const lat = await article('sr-Latn');
    expect(titleText(lat)).to.equal('Izjava o vežbi');
    expect(q(lat, '.also-in')!.textContent).to.equal('Ostale verzije:');
  });

  it('opens a version in the feed in place, focus on its title, and back', async () => {
    const el = await article('en');
    const link = q<HTMLAnchorElement>(el, 'a[hreflang="sr-Latn"]')!;
    const selected = oneEvent(el, 'mlo-select') as unknown as Promise<MloSelectEvent>;
    link.click();
    expect((await selected).item.id).to.equal('lat-1');
    await el.updateComplete;
    expect(titleText(el)).to.equal('Izjava o vežbi');
    expect(q(el, 'article')!.getAttribute('lang')).to.equal('sr-Latn');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part~="title"]'));
    expect(versions(el).map((v) => v[0])).to.deep.equal(['English', 'Српски', 'Deutsch']);
    await expectAccessible(el);

    // The Cyrillic version has no page of its own: a button, which opens it too.
    q(el, 'button[part~="translation"]')!.click();
    await el.updateComplete;
    expect(titleText(el)).to.equal('Изјава о вежби');
    q<HTMLAnchorElement>(el, 'a[hreflang="en"]')!.click();
    await el.updateComplete;
    expect(titleText(el)).to.equal('Statement on the exercise');
  });

  it('leaves a cancelled mlo-select to the host page, and modified clicks to the browser', async () => {
    const el = await article('en');
    el.addEventListener('mlo-select', (event) => event.preventDefault(), { once: true });
    const link = q<HTMLAnchorElement>(el, 'a[hreflang="sr-Latn"]')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    await el.updateComplete;
    expect(click.defaultPrevented).to.equal(true);
    expect(titleText(el)).to.equal('Statement on the exercise');

    const ctrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.dispatchEvent(ctrl);
    await el.updateComplete;
    expect(titleText(el)).to.equal('Statement on the exercise');
  });

  it('goes back to the statement in the widget language when the language changes', async () => {
    const el = await article('en');
    q<HTMLAnchorElement>(el, 'a[hreflang="sr-Latn"]')!.click();
    await el.updateComplete;
    el.lang = 'sr-Cyrl';
    await el.updateComplete;
    expect(titleText(el)).to.equal('Изјава о вежби');
  });
});

describe('<mlo-article>: share', () => {
  it('uses the share sheet where the browser has one', async () => {
    const shared: ShareData[] = [];
    const restore = [
      stub('share', (data: ShareData) => (shared.push(data), Promise.resolve())),
      stub('canShare', () => true),
    ];
    try {
      const el = await article('en');
      const button = q<HTMLButtonElement>(el, '[part~="share-button"]')!;
      expect(button.textContent.trim()).to.equal('Share');
      button.click();
      await aTimeout(0);
      await el.updateComplete;
      expect(shared).to.deep.equal([
        { title: 'Statement on the exercise', url: 'https://example.org/en/statement' },
      ]);
      expect(q(el, '.share-note')).to.equal(null);
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  for (const [lang, label, copied] of [
    ['en', 'Share', 'Link copied.'],
    ['sr-Latn', 'Podelite', 'Link je kopiran.'],
    ['sr-Cyrl', 'Поделите', 'Линк је копиран.'],
  ] as const) {
    it(`copies the link without a share sheet, and says so politely (${lang})`, async () => {
      const written: string[] = [];
      const restore = [
        stub('share', undefined),
        stub('clipboard', { writeText: (text: string) => (written.push(text), Promise.resolve()) }),
      ];
      try {
        const el = await article(lang);
        const button = q<HTMLButtonElement>(el, '[part~="share-button"]')!;
        expect(button.textContent.trim()).to.equal(label);
        await aTimeout(200); // the status region's first fill
        button.click();
        await aTimeout(0);
        await el.updateComplete;
        expect(written).to.have.length(1);
        // The Cyrillic version has no page of its own: the page it is shown on is shared.
        expect(written[0]).to.equal(
          lang === 'sr-Cyrl'
            ? location.href.split('#')[0]
            : `https://example.org/${lang === 'en' ? 'en/statement' : 'sr/izjava'}`,
        );
        expect(q(el, '.share-note')!.textContent).to.equal(copied);
        expect(q(el, '[part~="status"]')!.getAttribute('role')).to.equal('status');
        expect(status(el)).to.equal(copied);
        await expectAccessible(el);
      } finally {
        restore.forEach((undo) => undo());
      }
    });
  }

  it('shows the link selected in a field when the clipboard is refused', async () => {
    const restore = [
      stub('share', undefined),
      stub('clipboard', {
        writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      }),
    ];
    try {
      const el = await article('en');
      q<HTMLButtonElement>(el, '[part~="share-button"]')!.click();
      await aTimeout(0);
      await el.updateComplete;
      await el.updateComplete;
      const field = q<HTMLInputElement>(el, '[part~="share-field"]')!;
      expect(field.value).to.equal('https://example.org/en/statement');
      expect(field.readOnly).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(field);
      await expectAccessible(el);
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('is keyboard-operable, and left out with no-share', async () => {
    const el = await article('en');
    const button = q<HTMLButtonElement>(el, '[part~="share-button"]')!;
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.tabIndex).to.equal(0);
    const none = await article('en', undefined, 'no-share');
    expect(none.noShare).to.equal(true);
    expect(q(none, '[part~="share"]')).to.equal(null);
  });
});

describe('<mlo-article>: print', () => {
  it('prints without controls, with the addresses of links', async function () {
    const el = await article('en');
    // The rules, in every engine: the element's own print styles.
    const root = el.shadowRoot!;
    const sheets = [
      ...root.adoptedStyleSheets,
      ...[...root.querySelectorAll('style')].map((style) => style.sheet!),
    ];
    const print = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.media.mediaText === 'print')
      .map((rule) => rule.cssText)
      .join('\n');
    expect(print)
      .to.match(/\.share/)
      .and.match(/display: none/)
      .and.match(/attr\(href\)/);
    expect(print).to.match(/max-block-size: 90vh/);
    // Their effect, where the driver can emulate print (Chromium).
    let emulated = true;
    await emulateMedia({ media: 'print' }).catch(() => (emulated = false));
    if (!emulated) {
      partlySkipped(
        this,
        'computed styles under emulated print',
        'the driver cannot emulate print media',
      );
      return;
    }
    try {
      expect(getComputedStyle(q(el, '[part~="share"]')!).display).to.equal('none');
      expect(getComputedStyle(q(el, 'button[part~="translation"]')!).display).to.equal('none');
      const link = q(el, 'a[hreflang="de"]')!;
      // Engines give the resolved text or the function itself.
      expect(getComputedStyle(link, '::after').content).to.match(/example\.de|attr\(href\)/);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quote/mlo-quote.js';
import type { MloQuote } from '../../src/components/quote/quote.js';
import type { Lang } from '../../src/i18n/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';

const feed = () =>
  jsonFeed([
    {
      id: 'q-sr',
      language: 'sr-Latn',
      content_text: '„Saradnja se gradi korak po korak.“',
      date_published: '2026-03-01',
      _mlo: {
        type: 'quote',
        speaker: { name: 'Petar Petrović', rank: 'pukovnik', role: 'portparol' },
        context: 'tokom otvorenih vrata',
        sourceUrl: 'https://example.org/izvor',
      },
    },
    {
      id: 'q-en',
      language: 'en',
      content_text: 'We stand together.\n\nAlways.',
      _mlo: { type: 'quote', speaker: { name: 'Jane Doe' }, sourceUrl: 'javascript:alert(1)' },
    },
  ]);

async function quote(lang: Lang, item: string, copy = true) {
  const el = await fixture<MloQuote>(
    html`<mlo-quote .feed=${feed()} lang=${lang} item=${item} ?copy=${copy}></mlo-quote>`,
  );
  await untilState(el, 'ready');
  return el;
}
const q = <E extends HTMLElement = HTMLElement>(el: MloQuote, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  };
}

describe('<mlo-quote copy>', () => {
  it('has no Copy button unless asked', async () => {
    const el = await quote('en', 'q-en', false);
    expect(q(el, '[part~="copy"]')).to.equal(null);
  });

  for (const [lang, label, said, text] of [
    [
      'en',
      'Copy quote',
      'Quote copied.',
      '“Saradnja se gradi korak po korak.”\n— pukovnik Petar Petrović, portparol, tokom otvorenih vrata, 1 March 2026\nhttps://example.org/izvor',
    ],
    [
      'sr-Latn',
      'Kopirajte citat',
      'Citat je kopiran.',
      '„Saradnja se gradi korak po korak.“\n— pukovnik Petar Petrović, portparol, tokom otvorenih vrata, 1. mart 2026.\nhttps://example.org/izvor',
    ],
    [
      'sr-Cyrl',
      'Копирајте цитат',
      'Цитат је копиран.',
      '„Сарадња се гради корак по корак.“\n— пуковник Петар Петровић, портпарол, током отворених врата, 1. март 2026.\nhttps://example.org/izvor',
    ],
  ] as const) {
    it(`copies the words with speaker, occasion, date and source (${lang})`, async () => {
      const written: string[] = [];
      const restore = stubClipboard((value) => (written.push(value), Promise.resolve()));
      try {
        const el = await quote(lang, 'q-sr');
        const button = q<HTMLButtonElement>(el, '[part~="copy"]')!;
        expect(button.localName).to.equal('button');
        expect(button.textContent.trim()).to.equal(label);
        await aTimeout(200); // the status region's first fill
        button.click();
        await aTimeout(0);
        await el.updateComplete;
        // English words in “…” for an English widget: the marks follow the words' language.
        const expected = lang === 'en' ? text.replace('“', '„').replace('”', '“') : text;
        expect(written).to.deep.equal([expected]);
        expect(q(el, '.copied')!.textContent).to.equal(said);
        expect(q(el, '[part~="status"]')!.textContent.replace('\u00a0', '')).to.equal(said);
        await expectAccessible(el);
      } finally {
        restore();
      }
    });
  }

  it('keeps paragraphs, drops an unsafe source, and selects the words when the clipboard is refused', async () => {
    const written: string[] = [];
    let restore = stubClipboard((value) => (written.push(value), Promise.resolve()));
    const el = await quote('en', 'q-en');
    await aTimeout(200); // the status region's first fill
    try {
      q(el, '[part~="copy"]')!.click();
      await aTimeout(0);
      expect(written).to.deep.equal(['“We stand together.\n\nAlways.”\n— Jane Doe']);
    } finally {
      restore();
    }
    restore = stubClipboard(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    try {
      q(el, '[part~="copy"]')!.click();
      await aTimeout(0);
      await el.updateComplete;
      expect(q(el, '.copied')).to.equal(null);
      expect(q(el, '[part~="status"]')!.textContent).to.equal('Copy the selected quote.');
      // Selected for the reader to copy (engines differ in what they report of a shadow tree's selection).
      expect(getSelection()!.rangeCount).to.equal(1);
    } finally {
      restore();
      getSelection()?.removeAllRanges();
    }
  });
});

/** <mlo-article>: tables that scroll as a named region, and words a feed keeps in Latin. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/article/mlo-article.js';
import '../../src/components/contact-card/mlo-contact-card.js';
import type { MloArticle } from '../../src/components/article/article.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';
import { expectAccessible } from '../helpers/axe.js';

const WIDE = `<table><tr>${Array.from({ length: 12 }, (_, i) => `<td>Kolona${i}dugačka</td>`).join('')}</tr></table>`;

async function article(feed: unknown, lang: string, width = '320px') {
  const wrap = await fixture<HTMLElement>(
    html`<div style="inline-size: ${width}"><mlo-article lang=${lang} .feed=${feed}></mlo-article></div>`,
  );
  const el = wrap.querySelector('mlo-article') as MloArticle;
  await untilState(el, 'ready');
  return el;
}

describe('<mlo-article> body extras', () => {
  it('puts a wide table in a focusable region named by its caption, else "Table", scrolling inside 320 px', async () => {
    const feed = jsonFeed(
      [
        {
          id: 't',
          title: 'T',
          content_html: `<p>Tabele:</p>${WIDE}<table><caption>Vežbe 2026.</caption><tr><td>x</td></tr></table>`,
        },
      ],
      { language: 'sr-Latn' },
    );
    for (const [lang, name] of [
      ['sr-Latn', 'Tabela'],
      ['sr-Cyrl', 'Табела'],
      ['en', 'Table'],
    ] as const) {
      const el = await article(feed, lang);
      // The sanitizer is a lazy import: on a cold dev server (a fresh clone) its first load takes seconds.
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('[role="region"]').length === 2,
        'both tables wrapped',
        { timeout: 10_000 },
      );
      const [wide, captioned] = [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="region"]'),
      ];
      expect(wide.getAttribute('aria-label'), lang).to.equal(name);
      expect(captioned.getAttribute('aria-label'), lang).to.equal(
        lang === 'sr-Cyrl' ? 'Вежбе 2026.' : 'Vežbe 2026.',
      );
      expect(wide.tabIndex).to.equal(0);
      expect(wide.querySelector('table')).to.not.equal(null);
      // The table scrolls inside its region; the widget stays within its 320 px.
      expect(wide.scrollWidth).to.be.greaterThan(wide.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await expectAccessible(el);
    }
  });

  it('keeps the words a feed names in _mlo.keep in Latin, in plain text and in HTML', async () => {
    const item = (id: string, body: Record<string, string>, keep: string[]) => ({
      id,
      title: 'Mark Rutte u Beogradu',
      ...body,
      language: 'sr-Latn',
      _mlo: { keep },
    });
    const feed = jsonFeed(
      [
        item(
          'text',
          {
            content_text: 'Generalni sekretar Mark Rutte o programu Partnership for Peace i NATO.',
          },
          ['Mark Rutte'],
        ),
        item(
          'html',
          {
            content_html:
              '<p>Generalni sekretar Mark Rutte o programu <em>Partnership for Peace</em> i NATO, u HTML-u.</p>',
          },
          ['Mark Rutte'],
        ),
      ],
      { _mlo: { keep: ['Partnership for Peace'] } },
    );
    const text = await article(feed, 'sr-Cyrl', '40rem');
    text.item = 'text';
    await text.updateComplete;
    const body = (el: MloArticle) =>
      el.shadowRoot!.querySelector('[part~="body"]')!.textContent.replace(/\s+/g, ' ').trim();
    expect(text.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(
      'Mark Rutte у Београду',
    );
    expect(body(text)).to.equal(
      'Генерални секретар Mark Rutte о програму Partnership for Peace и НАТО.',
    );
    text.item = 'html';
    const expected =
      'Генерални секретар Mark Rutte о програму Partnership for Peace и НАТО, у HTML-u.';
    await waitUntil(() => body(text) === expected, `the HTML body, not "${body(text)}"`, {
      timeout: 10_000,
    });
  });

  it('agrees the byline verb and puts the updated date in the genitive', async () => {
    const feed = jsonFeed(
      [
        {
          id: 'a',
          title: 'A',
          content_text: 'x',
          date_published: '2026-11-20',
          date_modified: '2026-11-27',
          authors: [{ name: 'Ana' }, { name: 'Marko' }],
        },
      ],
      { language: 'sr-Latn' },
    );
    const el = await article(feed, 'sr-Latn', '40rem');
    const text = (part: string) =>
      el.shadowRoot!.querySelector(`[part~="${part}"]`)!.textContent.replace(/\s+/g, ' ').trim();
    expect(text('author')).to.equal('Pišu: Ana i Marko');
    expect(text('updated')).to.equal('Ažurirano 27. novembra 2026.');
    const cyr = await article(feed, 'sr-Cyrl', '40rem');
    expect(
      cyr.shadowRoot!.querySelector('[part~="author"]')!.textContent.replace(/\s+/g, ' ').trim(),
    ).to.equal('Пишу: Ана и Марко');
    expect(cyr.shadowRoot!.querySelector('[part~="updated"]')!.textContent).to.equal(
      'Ажурирано 27. новембра 2026.',
    );
    const one = await article(
      jsonFeed([{ id: 'b', title: 'B', content_text: 'x', authors: [{ name: 'Ana' }] }], {
        language: 'sr-Latn',
      }),
      'sr-Latn',
      '40rem',
    );
    expect(
      one.shadowRoot!.querySelector('[part~="author"]')!.textContent.replace(/\s+/g, ' ').trim(),
    ).to.equal('Piše: Ana');
  });

  it("keeps the feed's _mlo.keep words in Latin in contact cards too", async () => {
    const feed = jsonFeed([], {
      language: 'sr-Latn',
      _mlo: {
        keep: ['Partnership for Peace'],
        contacts: [
          {
            name: 'Kancelarija za Partnership for Peace',
            address: {
              street: 'Birčaninova 5',
              postalCode: '11000',
              locality: 'Beograd',
              country: 'Srbija',
            },
          },
        ],
      },
    });
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<mlo-contact-card lang="sr-Cyrl" .feed=${feed}></mlo-contact-card>`,
    );
    await untilState(el, 'ready');
    expect(el.shadowRoot!.querySelector('[part~="name"]')!.textContent.trim()).to.equal(
      'Канцеларија за Partnership for Peace',
    );
    expect(el.shadowRoot!.querySelector('[part~="address"]')!.textContent).to.contain(
      'Бирчанинова 5',
    );
  });
});

/**
 * Helpers for the checks beyond axe: feeds whose text tells its language by its script, and
 * every widget rendered with them.
 */
import { aTimeout } from '@open-wc/testing';
import '../../src/define.js';
import { loadEngine } from '../../src/components/search/load-engine.js';

export type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  feed?: unknown;
  value?: string;
};

/**
 * A feed in one script: English (`en`) or Serbian Cyrillic (`sr-Cyrl`), every field filled so
 * every part of every widget shows. Under a widget of the other language, the script of a text
 * says whose it is: Cyrillic is Serbian, Latin is English.
 */
export function scriptFeed(language: 'en' | 'sr-Cyrl') {
  const w =
    language === 'en'
      ? {
          visit: 'Visit to Belgrade',
          summary: 'The general met the chief of staff.',
          body: 'They spoke about cooperation.\n\nAnd about training.',
          alt: 'Two generals shake hands',
          caption: 'In Belgrade',
          credit: 'Press office',
          author: 'Media team',
          author2: 'Press office',
          tag: 'Cooperation',
          name: 'Milan Mojsilovic',
          rank: 'General',
          role: 'Chief of staff',
          org: 'Serbian armed forces',
          place: 'Belgrade',
          quote: 'Peace is our common goal.',
          context: 'At the reception',
          statement: 'Statement on training',
          office: 'Liaison office',
          unit: 'Media operations',
          street: 'Main street',
          city: 'Belgrade',
          country: 'Serbia',
          html: '<p>Training <strong>together</strong>.</p><table><caption>Exercises</caption><tr><th>Name</th><td>Plan</td></tr></table>',
        }
      : {
          visit: 'Посета Београду',
          summary: 'Генерал се састао са начелником.',
          body: 'Разговарали су о сарадњи.\n\nИ о обуци.',
          alt: 'Два генерала се рукују',
          caption: 'У Београду',
          credit: 'Пресслужба',
          author: 'Медијски тим',
          author2: 'Пресслужба',
          tag: 'Сарадња',
          name: 'Милан Мојсиловић',
          rank: 'Генерал',
          role: 'Начелник',
          org: 'Војска Србије',
          place: 'Београд',
          quote: 'Мир је наш заједнички циљ.',
          context: 'На пријему',
          statement: 'Изјава о обуци',
          office: 'Канцеларија за везу',
          unit: 'Медијски послови',
          street: 'Главна улица',
          city: 'Београд',
          country: 'Србија',
          html: '<p>Обука <strong>заједно</strong>.</p><table><caption>Вежбе</caption><tr><th>Име</th><td>План</td></tr></table>',
        };
  const person = { name: w.name, rank: w.rank, role: w.role, organization: w.org };
  const image = { alt: w.alt, caption: w.caption, credit: w.credit, width: 3, height: 2 };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: w.office,
    language,
    items: [
      {
        id: 'visit',
        title: w.visit,
        summary: w.summary,
        content_text: w.body,
        url: 'https://news.example/visit',
        image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
        date_published: '2026-11-20',
        date_modified: '2026-11-27',
        authors: [{ name: w.author }, { name: w.author2 }],
        tags: [w.tag],
        external_url: 'https://elsewhere.example/v',
        _mlo: { type: 'visit', image, visitor: person, location: w.place, metWith: [person] },
      },
      {
        id: 'statement',
        title: w.statement,
        content_html: w.html,
        date_published: '2026-11-19',
        authors: [{ name: w.author }],
        tags: [w.tag],
        _mlo: { type: 'statement', speaker: person, context: w.context },
      },
      {
        id: 'quote',
        content_text: w.quote,
        date_published: '2026-11-18',
        url: 'https://news.example/q',
        _mlo: {
          type: 'quote',
          speaker: person,
          context: w.context,
          sourceUrl: 'https://source.example/q',
        },
      },
      {
        id: 'quote-2',
        content_text: w.quote,
        date_published: '2026-11-17',
        _mlo: { type: 'quote', speaker: person },
      },
    ],
    _mlo: {
      contacts: [
        {
          name: w.office,
          unit: w.unit,
          address: { street: w.street, postalCode: '11000', locality: w.city, country: w.country },
          phone: '+381 11 123 4567',
          email: 'mlo@example.org',
          url: 'https://example.org/',
        },
      ],
    },
  };
}

/** Every widget, with the attributes that show the most of it. */
export const WIDGETS: [tag: string, attrs: Record<string, string>][] = [
  ['mlo-news-list', { type: 'article statement visit quote' }],
  ['mlo-article', { item: 'visit' }],
  ['mlo-article', { item: 'statement' }],
  ['mlo-quote', {}],
  ['mlo-quote', { rotate: '' }],
  ['mlo-visit-card', {}],
  ['mlo-contact-card', {}],
  ['mlo-search', {}],
];

/** Renders every widget into `host` with `feed`, and waits until each shows everything. */
export async function renderWidgets(
  host: HTMLElement,
  feed: unknown,
  search = 'a',
): Promise<Widget[]> {
  const els = WIDGETS.map(([tag, attrs]) => {
    const el = document.createElement(tag) as Widget;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.feed = structuredClone(feed);
    host.append(el);
    return el;
  });
  for (let i = 0; i < 300 && els.some((el) => el.getAttribute('state') !== 'ready'); i++)
    await aTimeout(10);
  const field = els.at(-1)!.shadowRoot!.querySelector('input')!;
  field.focus();
  field.value = search;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await loadEngine();
  // Everything rendered, the sanitized bodies in, the status regions filled.
  await aTimeout(400);
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

/** The nearest `lang` of a node, crossing shadow roots to their hosts. */
export function nearestLang(node: Node): string | undefined {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    const holder = element.closest('[lang]');
    if (holder) return holder.getAttribute('lang') ?? undefined;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

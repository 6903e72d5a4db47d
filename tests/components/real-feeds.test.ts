import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article/mlo-article.js';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloArticle } from '../../src/components/article/article.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { jsonFeed, nextEvent, untilState } from '../helpers/feeds.js';

const SKIPS = '/tests/fixtures/feeds/skips.json';
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** Collects console.warn calls while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen.filter((w) => w.startsWith('mlo-newsroom: the feed'));
}

describe('real feeds in the widgets', () => {
  beforeEach(() => clearFeedCache());

  it('says quietly, in the widget language, how many items could not be shown', async () => {
    for (const [lang, text] of [
      ['en', '2 items could not be shown'],
      ['sr-Latn', '2 stavke nisu mogle da se prikažu'],
      ['sr-Cyrl', '2 ставке нису могле да се прикажу'],
    ]) {
      clearFeedCache();
      const el = await fixture<MloNewsList>(
        html`<mlo-news-list lang=${lang} limit="5" src=${SKIPS}></mlo-news-list>`,
      );
      await untilState(el, 'ready');
      expect(q(el, '[part~="skipped"]')?.textContent?.trim(), lang).to.equal(text);
      expect(q(el, '[part~="skipped"]')?.getAttribute('role'), 'not a live region').to.equal(null);
      await expectAccessible(el);
    }
  });

  it('keeps the skeleton height when the skipped line shows', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list limit="5" src="${SKIPS}?h"></mlo-news-list>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    const before = el.getBoundingClientRect().height;
    await untilState(el, 'ready');
    expect(q(el, '[part~="skipped"]')).to.exist;
    expect(Math.abs(el.getBoundingClientRect().height - before)).to.be.lessThan(2);
  });

  it('warns once per feed, in plain words, however many widgets read it; mlo-load has the same words', async () => {
    let problems: string[] = [];
    const seen = await warnings(async () => {
      // Listen first: the second widget shares the first one's request, so both may load at once.
      const wrapper = await fixture(html`<div></div>`);
      const load = nextEvent(wrapper, 'mlo-load');
      for (const layout of ['list', 'compact']) {
        const el = document.createElement('mlo-news-list');
        el.setAttribute('layout', layout);
        el.src = `${SKIPS}?w`;
        wrapper.append(el);
      }
      for (const el of wrapper.querySelectorAll('mlo-news-list')) await untilState(el, 'ready');
      problems = (await load).problems;
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('2 items could not be shown');
    expect(seen[0]).to.contain('item 4: (null) is not an item object');
    expect(problems).to.deep.equal([
      'item 4: (null) is not an item object',
      'item 8: has no title, text, image or attachment to show',
    ]);
  });

  it('shows an untitled item as a note: its text from the HTML, its date as the link', async () => {
    const el = await fixture<MloNewsList>(html`<mlo-news-list
      lang="en"
      .feed=${jsonFeed([
        {
          id: '1',
          url: 'https://micro.example/1',
          content_html: '<p>Just <b>shipped</b> it.</p>',
          content_text: 'Just **shipped** it.',
          date_published: '2023-07-10T09:00:00+02:00',
        },
        {
          id: '2',
          url: 'https://micro.example/2',
          title: 'Titled',
          content_html: '<p>Excerpt from <i>HTML</i></p>',
        },
      ])}
    ></mlo-news-list>`);
    await untilState(el, 'ready');
    const [note, titled] = qa(el, 'article[part~="item"]');
    expect(note.querySelector('[part~="title"]')).to.equal(null);
    expect(note.querySelector('[part~="note"]')!.textContent.trim()).to.equal('Just shipped it.');
    const link = note.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(link.href).to.equal('https://micro.example/1');
    expect(link.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2023-07-10T09:00:00+02:00',
    );
    expect(titled.querySelector('[part~="summary"]')!.textContent.trim()).to.equal(
      'Excerpt from HTML',
    );
    await expectAccessible(el);
  });

  it('marks items with audio or video in the list', async () => {
    const el = await fixture<MloNewsList>(html`<mlo-news-list
      lang="en"
      .feed=${jsonFeed([{ id: 'ep', title: 'Episode 1', summary: 'Talk', attachments: [{ url: 'https://cdn.example/ep1.mp3', mime_type: 'audio/mpeg' }] }])}
    ></mlo-news-list>`);
    await untilState(el, 'ready');
    expect(q(el, '[part~="type"]')!.textContent.trim()).to.equal('Audio');
  });

  it('plays audio and video attachments in <mlo-article> with preload="none", through the allow-list', async () => {
    const el = await fixture<MloArticle>(html`<mlo-article
      lang="en"
      .feed=${jsonFeed([
        {
          id: 'ep',
          title: 'Episode 1',
          summary: 'Talk',
          attachments: [
            {
              url: 'https://cdn.example/ep1.mp3',
              mime_type: 'audio/mpeg',
              title: 'Episode 1 (MP3)',
            },
            { url: 'javascript:alert(1)', mime_type: 'video/mp4' },
            { url: 'https://cdn.example/ep1.mp4', mime_type: 'video/mp4' },
            { url: 'https://cdn.example/notes.pdf', mime_type: 'application/pdf' },
          ],
        },
      ])}
    ></mlo-article>`);
    await untilState(el, 'ready');
    const players = qa(el, '[part~="media"]') as HTMLMediaElement[];
    expect(players.map((p) => [p.localName, p.getAttribute('src'), p.preload])).to.deep.equal([
      ['audio', 'https://cdn.example/ep1.mp3', 'none'],
      ['video', 'https://cdn.example/ep1.mp4', 'none'],
    ]);
    expect(players[0].getAttribute('aria-label')).to.equal('Episode 1 (MP3)');
    await expectAccessible(el);
  });

  it('shows an untitled item in <mlo-article> with no made-up heading', async () => {
    const el = await fixture<MloArticle>(html`<mlo-article
      lang="en"
      .feed=${jsonFeed([{ id: '1', content_text: '# Not a *heading*' }])}
    ></mlo-article>`);
    await untilState(el, 'ready');
    expect(qa(el, 'h1, h2, h3, h4, h5, h6')).to.have.length(0);
    expect(q(el, 'article')!.getAttribute('aria-label')).to.equal('Note');
    await expectAccessible(el);
  });

  for (const file of ['billion-laughs.xml', 'external-entity.xml']) {
    it(`renders nothing from ${file}: a quick error naming the line, no expanded text`, async () => {
      const start = performance.now();
      const el = document.createElement('mlo-news-list');
      el.lang = 'en';
      el.src = `/tests/fixtures/feeds/${file}`;
      const failed = nextEvent(el, 'mlo-error');
      (await fixture(html`<div></div>`)).append(el);
      await untilState(el, 'error');
      expect(performance.now() - start).to.be.below(3000);
      const { reason, message } = await failed;
      expect(reason).to.equal('parse');
      expect(message).to.match(/line \d+/);
      const shown = el.shadowRoot!.textContent;
      expect(shown).to.contain('The news feed is damaged or incomplete (line');
      expect(shown).to.not.contain('lol');
      expect(shown).to.not.contain('root:');
    });
  }
});

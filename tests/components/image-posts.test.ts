/**
 * A post that is only a picture (a Mastodon image post: no title, an empty description, a
 * `media:content` image) in the news list: its picture, its date as the link, and a name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article/mlo-article.js';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloArticle } from '../../src/components/article/article.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { untilState } from '../helpers/feeds.js';

const MASTODON = '/tests/fixtures/feeds/mastodon.xml';
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** The name `aria-labelledby` gives an item: the text of each element it names. */
function labelOf(item: Element): string {
  const root = item.getRootNode() as ShadowRoot;
  return item
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

describe('<mlo-news-list> with image posts', () => {
  beforeEach(() => clearFeedCache());

  for (const [lang, label, date] of [
    ['en', 'Image', '6 January 2018'],
    ['sr-Latn', 'Slika', '6. januar 2018.'],
    ['sr-Cyrl', 'Слика', '6. јануар 2018.'],
  ]) {
    it(`shows the picture, "${label}" and the date as the link (${lang})`, async () => {
      const el = await fixture<MloNewsList>(
        html`<mlo-news-list lang=${lang} src=${MASTODON}></mlo-news-list>`,
      );
      await untilState(el, 'ready');
      const items = [...el.shadowRoot!.querySelectorAll('article[part~="item"]')];
      expect(items).to.have.length(3);
      const [note, photo, flag] = items;
      expect(text(note.querySelector('[part~="note"]'))).to.equal(
        'The harbour this morning, before the exercise.',
      );
      expect(labelOf(note)).to.equal('The harbour this morning, before the exercise.');
      for (const item of [photo, flag]) {
        expect(item.querySelector('[part~="note"]')).to.equal(null);
        expect(text(item.querySelector('[part~="type"]'))).to.equal(label);
      }
      const link = photo.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
      expect(link.href).to.equal('https://social.example/@liaison/111000000000000002');
      expect(text(link)).to.equal(date);
      expect(labelOf(photo)).to.equal(`${label} ${date}`);
      const image = photo.querySelector<HTMLImageElement>('img[part~="image"]')!;
      expect(image.src).to.equal(
        'https://files.social.example/media_attachments/files/000/000/002/original/harbour.jpg',
      );
      if (lang === 'en') expect(image.alt).to.equal('Two patrol boats in the harbour at dawn');
      expect(flag.querySelector('img')!.alt).to.equal('');
      await expectAccessible(el);
    });
  }

  it('names an image post by its label and date in the compact layout too', async () => {
    const el = await fixture<MloNewsList>(
      html`<mlo-news-list lang="en" layout="compact" src=${MASTODON}></mlo-news-list>`,
    );
    await untilState(el, 'ready');
    const photo = el.shadowRoot!.querySelectorAll('article[part~="item"]')[1];
    expect(photo.querySelector('img')).to.equal(null);
    expect(labelOf(photo)).to.equal('Image 6 January 2018');
    await expectAccessible(el);
  });

  it('<mlo-article> names an image post "Image", a note "Note"', async () => {
    for (const [id, name] of [
      ['https://social.example/@liaison/111000000000000002', 'Image'],
      ['https://social.example/@liaison/111000000000000003', 'Note'],
    ]) {
      const el = await fixture<MloArticle>(
        html`<mlo-article lang="en" item=${id} src=${MASTODON}></mlo-article>`,
      );
      await untilState(el, 'ready');
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('aria-label')).to.equal(name);
      expect(article.querySelector('img')?.alt ?? null).to.equal(
        name === 'Image' ? 'Two patrol boats in the harbour at dawn' : null,
      );
      await expectAccessible(el);
    }
  });
});

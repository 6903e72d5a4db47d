/**
 * The feeds publishers actually write (tests/fixtures/feeds/, written for this suite in the
 * shapes the common generators emit), each rendered by the widgets: the items a list shows, in
 * order, with their headings (or a note's text), the newest item's byline in <mlo-article>, and
 * what the reader reports.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article/mlo-article.js';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloArticle } from '../../src/components/article/article.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import { clearFeedCache, loadFeed } from '../../src/feed/index.js';
import { untilState } from '../helpers/feeds.js';

interface Case {
  file: string;
  headings: string[];
  /** The newest item's byline in <mlo-article>; `undefined` when it names nobody. */
  byline: string | undefined;
  /** Labels shown in the type slot, per item ('' for a plain article). */
  labels?: string[];
  problems?: string[];
}

const CASES: Case[] = [
  {
    file: 'wordpress.xml',
    headings: ['Minister meets the NATO liaison officer', 'Statement on the joint exercise'],
    byline: 'By Press Office',
    labels: ['Visit', 'Statement'],
  },
  {
    file: 'drupal.xml',
    headings: ['Saopštenje za javnost', 'Poseta delegacije'],
    byline: 'By Služba za odnose s javnošću',
    labels: ['Statement', 'Visit'],
  },
  { file: 'ghost.xml', headings: ['Coming soon', 'About this site'], byline: 'By Ghost Author' },
  {
    file: 'atom-blog.xml',
    headings: ['A post with xhtml content', 'Second'],
    byline: 'By Ana Author',
    labels: ['Quote', ''],
  },
  { file: 'blogger.xml', headings: ['Exercise report', 'First entry'], byline: 'By Blog Owner' },
  {
    file: 'youtube.xml',
    headings: ['Visit of the commander'],
    byline: 'By Liaison Office Channel',
  },
  {
    file: 'podcast.xml',
    headings: ['Episode 2: Partnerships', 'Episode 1: Welcome'],
    byline: 'By Security Talks Team',
    labels: ['Audio', 'Audio'],
  },
  { file: 'rdf.xml', headings: ['Prva vest'], byline: 'By Jovana' },
  {
    file: 'hugo.json',
    headings: ['Druga beleška', 'Prva beleška'],
    byline: 'By Marko Marković',
    problems: ['item 1: tags 1 entry is not short text and left out'],
  },
  {
    file: 'eleventy.json',
    headings: ['This is a fourth post.', 'This is my third post.'],
    byline: 'By Your Name Here',
  },
  {
    file: 'microblog.json',
    headings: ['Coffee with the liaison office team this morning. ☕️', 'Photos from the visit.'],
    byline: 'By Ana Anić',
  },
  { file: 'npm-feed.json', headings: ['Post 2', 'Post 1'], byline: 'By Jane Doe' },
  {
    file: 'php-script.json',
    headings: ['Press release on the joint training', 'Statement'],
    byline: 'By Press Office',
    problems: ['item 1: date_modified "0000-00-00 00:00:00" is not a date we can read'],
  },
  // The shapes of issue #23: RSS in a namespace and its old versions, Dublin Core, Atom 0.3,
  // HTML entities in JSON Feed text, dates without a zone.
  {
    file: 'rss-default-namespace.xml',
    headings: ['Уряд ухвалив нове рішення', 'Подкаст тижня'],
    byline: undefined,
    labels: ['', 'Audio'],
  },
  {
    file: 'rss-cyber-harvard.xml',
    headings: ['Grass fire on the northern ridge', 'Road reopened'],
    byline: 'By Duty Officer',
  },
  {
    file: 'rss-091.xml',
    headings: ['Office hours over the holidays', 'New visitor rules'],
    byline: 'By Bulletin Editor',
  },
  { file: 'rss-090.xml', headings: ['First headline', 'Second headline'], byline: undefined },
  {
    file: 'dublin-core.xml',
    headings: ['Budget adopted by the cabinet', 'Statement on the floods'],
    byline: 'By Ana Anić',
    problems: ['item 2: date_published "Sunday, the 9th of July" is not a date we can read'],
  },
  {
    file: 'atom-03.xml',
    headings: ['Attachment only in base64', 'Escaped HTML content'],
    byline: 'By Diary Editor',
  },
  {
    file: 'json-entities.json',
    headings: ["Defence & Security: the minister's visit", 'Q&A with the "Tom & Jerry" team'],
    byline: 'By Ivana "Iva" Ivić',
  },
  {
    file: 'floating-dates.json',
    headings: ['Late session', 'Noon briefing', 'Morning session'],
    byline: undefined,
  },
];

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('feeds as publishers write them', () => {
  beforeEach(() => clearFeedCache());

  for (const c of CASES) {
    const src = `/tests/fixtures/feeds/${c.file}`;

    it(`${c.file}: every item, its heading and byline`, async () => {
      const { problems, skipped } = await loadFeed(src);
      expect(problems, 'problems').to.deep.equal(c.problems ?? []);
      expect(skipped).to.equal(0);

      const list = await fixture<MloNewsList>(
        html`<mlo-news-list lang="en" type="article statement visit quote" src=${src}></mlo-news-list>`,
      );
      await untilState(list, 'ready');
      const items = [...list.shadowRoot!.querySelectorAll('article[part~="item"]')];
      expect(
        items.map((a) =>
          text(a.querySelector('[part~="title"]') ?? a.querySelector('[part~="note"]')),
        ),
      ).to.deep.equal(c.headings);
      if (c.labels)
        expect(items.map((a) => text(a.querySelector('[part~="type"]')) ?? '')).to.deep.equal(
          c.labels,
        );

      const article = await fixture<MloArticle>(
        html`<mlo-article lang="en" src=${src}></mlo-article>`,
      );
      await untilState(article, 'ready');
      expect(text(article.shadowRoot!.querySelector('[part~="author"]'))).to.equal(c.byline);
      // Nothing from a feed runs: the WordPress body's <script> is gone once sanitized.
      expect(article.shadowRoot!.querySelector('script')).to.equal(null);
    });
  }
});

import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FeedItem } from '../../src/feed/types.js';
import { base, translations, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Article/Variants' };
export default meta;

/** A visit: the visitor, the place and the people met, with a picture and caption. */
export const Visit: Story = { name: 'A visit', args: { item: 'saceur-visit-belgrade-2019-07-17' } };

/** A quote: the speaker, then the words in a block quotation. */
export const Quote: Story = { name: 'A quote', args: { item: 'quote-wolters-western-balkans' } };

/** No `item`: the newest item of the feed. */
export const Newest: Story = { name: 'Newest item', args: { item: '' } };

/**
 * An HTML body (`content_html`), given directly as `.item`: sanitized into DOM nodes. The
 * script, the event handler, the `javascript:` link and the inline style are gone.
 */
export const HtmlBody: Story = {
  name: 'HTML body',
  loaders: [],
  render: () => {
    const item: FeedItem = {
      id: 'html-body',
      type: 'article',
      title: 'Working together for a safer tomorrow',
      datePublished: '2024-05-01',
      contentHtml:
        '<p>The <strong>NATO Military Liaison Office</strong> works with the <a href="https://www.vs.rs/">Serbian Armed Forces</a>.</p>' +
        '<ul><li>Partnership for Peace</li><li>Defence reform</li></ul>' +
        '<p style="position:fixed;inset:0">Styles are dropped.</p><img src="./data/images/saceur-vucic.png" width="800" height="533" onerror="alert(1)" alt="SACEUR General Tod D. Wolters and President Aleksandar Vučić in Belgrade">' +
        '<script>alert(1)</script><p><a href="javascript:alert(1)">A link with no safe target</a></p>',
      tags: ['partnership'],
      language: 'en',
      authors: [{ name: 'Public Affairs Office' }],
      metWith: [],
    };
    return html`<mlo-article .item=${item}></mlo-article>`;
  },
};

/**
 * Translations: "Also in" names the other versions in their own language. Srpski (a version
 * with a page) and Српски (one without) open in place here; the story's language picks the
 * version shown first.
 */
export const Translations: Story = { name: 'Translations', ...translations };

/** `no-share`: no Share button, for a page with its own share bar. */
export const NoShare: Story = { name: 'No share', args: { noShare: true } };

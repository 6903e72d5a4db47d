import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/**
 * Long-form reading: a comfortable measure (`--mlo-article-measure`), the page's own font,
 * size and line height, space between paragraphs. Feed HTML gets no class or style of its own
 * (the sanitizer strips them), so its elements are styled here by tag, inside `.body` only.
 * The skeleton uses the same boxes as the article, so the title and picture land in place.
 */
export const styles = css`
  .article {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceM};
    max-inline-size: var(--mlo-article-measure, 70ch);
    overflow-wrap: break-word;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceS};
  }
  .header > * {
    margin: 0;
  }
  .type {
    font-size: ${tokens.fontSizeS};
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: ${tokens.muted};
    min-block-size: 1.4em;
  }
  .title {
    font-size: ${tokens.fontSizeXl};
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${tokens.spaceM};
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
    min-block-size: 1.4em;
  }
  .person .name,
  .facts .name {
    font-weight: 600;
  }
  .context {
    font-style: italic;
    color: ${tokens.muted};
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem ${tokens.spaceM};
  }
  .facts dt {
    color: ${tokens.muted};
  }
  .facts dd {
    margin: 0;
  }
  .people {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .figure {
    margin: 0;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: ${tokens.radius};
    background: ${tokens.skeleton};
  }
  .caption {
    margin-block-start: ${tokens.spaceS};
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }

  .quote {
    margin: 0;
    padding-inline-start: ${tokens.spaceM};
    border-inline-start: 0.25rem solid ${tokens.accent};
  }
  .body {
    font-size: ${tokens.fontSizeM};
  }
  .body > *,
  .body-skeleton > * {
    margin-block: 0;
  }
  .body > * + *,
  .body-skeleton > * + * {
    margin-block-start: ${tokens.spaceM};
  }
  /* A single line break in content_text is the author's: keep it. */
  .text {
    white-space: pre-line;
  }
  .body :is(h2, h3, h4, h5, h6) {
    font-size: ${tokens.fontSizeL};
    line-height: 1.3;
  }
  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: ${tokens.spaceM};
    border-inline-start: 0.25rem solid ${tokens.border};
  }
  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .body pre {
    white-space: pre-wrap;
  }
  /* A wide table scrolls in its own region (article-body.ts); the padding keeps the focus
     rings of links in its cells inside the scrolling box, which clips them. */
  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
    padding: 0.25rem;
  }
  .body table {
    border-collapse: collapse;
  }
  .body :is(th, td) {
    padding: 0.25em 0.5em;
    border: 1px solid ${tokens.border};
    text-align: start;
  }

  .footer {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceS};
    padding-block-start: ${tokens.spaceM};
    border-block-start: 1px solid ${tokens.border};
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.spaceS};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding-block: 0.125em;
    padding-inline: 0.625em;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    font-size: ${tokens.fontSizeS};
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.spaceM};
    margin: 0;
  }
  /* Standalone links: at least 24px tall (WCAG 2.2 target size). */
  .links a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }

  .skeleton.line {
    display: block;
    block-size: 0.9em;
    margin-block: 0.35em;
    inline-size: 100%;
  }
  .skeleton.short {
    inline-size: 60%;
  }
  .skeleton.tiny {
    inline-size: 8em;
  }
  .title .skeleton.line {
    block-size: 1em;
    margin-block: 0.125em;
  }
  .skeleton.image {
    aspect-ratio: 3 / 2;
  }
  .media {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    margin-block: ${tokens.spaceM};
  }

  .translations {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 ${tokens.spaceS};
    font-size: ${tokens.fontSizeS};
  }
  .also-in {
    color: ${tokens.muted};
  }
  .translations a,
  .version-button {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }
  /* A version in the feed without a page of its own: a button that reads as the links beside it. */
  .version-button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${tokens.spaceS} ${tokens.spaceM};
  }
  .share-note {
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }
  .share-field {
    flex: 1 1 16rem;
    min-inline-size: 0;
    min-block-size: 1.5rem;
    font: inherit;
  }
  /* A server render's controls need the script: they keep their room until it runs. */
  :host(:not(:defined)) :is(.share, .version-button) {
    visibility: hidden;
  }

  @media print {
    .article {
      max-inline-size: none;
    }
    .share,
    .version-button,
    .media,
    .notice,
    button {
      display: none !important;
    }
    /* On paper a link is its address. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .figure,
    .image,
    .body img {
      break-inside: avoid;
    }
    /* A picture fits the page: never wider, never taller than it. */
    .image,
    .body img {
      inline-size: auto;
      max-inline-size: 100%;
      max-block-size: 90vh;
      object-fit: contain;
    }
  }
`;

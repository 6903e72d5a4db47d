import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/**
 * Every item has the same block size whatever its content (titles clamp to two lines, summaries
 * to three, images fill a fixed 3:2 box), and the skeleton uses the same boxes: the list takes
 * its final height before the data lands, so the partner's page never shifts.
 */
export const styles = css`
  .feed {
    display: grid;
    gap: var(--mlo-news-list-gap, ${tokens.spaceM});
    container-type: inline-size;
  }
  .item {
    display: grid;
    grid-template-columns: var(--mlo-news-list-thumb, 10rem) minmax(0, 1fr);
    gap: ${tokens.spaceM};
    align-items: start;
    padding-block-end: var(--mlo-news-list-gap, ${tokens.spaceM});
    border-block-end: 1px solid ${tokens.border};
    line-height: 1.4;
  }
  .item:focus-visible {
    outline-offset: 0.25rem;
  }
  .item:not(:has(.figure)) {
    grid-template-columns: minmax(0, 1fr);
  }
  .figure {
    margin: 0;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: ${tokens.radius};
    background: ${tokens.skeleton};
  }
  .caption {
    margin-block-start: 0.25rem;
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    /* type label + two title lines + date + three summary lines + gaps: every item, and the
       skeleton, is this tall whatever it holds. */
    min-block-size: calc(1.225em + 3.25em + 1.225em + 4.2em + 0.75rem);
  }
  .type {
    min-block-size: 1.4em;
    font-size: ${tokens.fontSizeS};
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: ${tokens.muted};
    line-height: 1.4;
  }
  .title {
    font-size: ${tokens.fontSizeL};
    font-weight: 600;
    line-height: 1.3;
    min-block-size: 2.6em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .date {
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
    min-block-size: 1.4em;
  }
  .summary {
    margin: 0;
    min-block-size: 4.2em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .skeleton.line {
    display: block;
    block-size: 0.9em;
    margin-block: 0.2em;
    inline-size: 100%;
  }
  .skeleton.short {
    inline-size: 60%;
  }
  .skeleton.tiny {
    inline-size: 8em;
  }
  .skeleton.image {
    aspect-ratio: 3 / 2;
  }
  .load-more {
    display: flex;
    inline-size: max-content;
    margin-block-start: ${tokens.spaceM};
  }
  .load-more.placeholder {
    visibility: hidden;
  }

  /* Narrow containers stack the image above the text. */
  @container (max-width: 30rem) {
    .item {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  :host([layout='grid']) .feed {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mlo-news-list-min-column, 16rem)), 1fr));
  }
  :host([layout='grid']) .item {
    grid-template-columns: minmax(0, 1fr);
    padding: ${tokens.spaceM};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }

  :host([layout='compact']) .feed {
    gap: ${tokens.spaceS};
  }
  :host([layout='compact']) .item {
    grid-template-columns: minmax(0, 1fr);
    padding-block-end: ${tokens.spaceS};
  }
  :host([layout='compact']) .body {
    min-block-size: calc(1.225em + 1.3em + 1.225em + 0.5rem);
  }
  :host([layout='compact']) .title {
    font-size: ${tokens.fontSizeM};
    min-block-size: 0;
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }
`;

import { css, unsafeCSS } from 'lit';
import { tokens } from '../../internal/styles.js';
import * as size from './news-list.metrics.js';

const GAP = unsafeCSS(size.GAP);
const { CHUNK } = size;
const BODY = unsafeCSS(size.BODY);

/**
 * Every item has the same block size whatever its content (titles clamp to two lines, summaries
 * to three, images fill a fixed 3:2 box), and the skeleton uses the same boxes: the list takes
 * its final height before the data lands, so the partner's page never shifts.
 */
export const styles = css`
  .feed {
    display: grid;
    gap: ${GAP};
    container-type: inline-size;
  }
  /* Items come in groups of 50 (news-list.ts, CHUNK): a grid of its own in the list and
     compact layouts, nothing (display: contents) in the grid layout. */
  .chunk {
    display: grid;
    gap: inherit;
  }
  .chunk.full {
    content-visibility: auto;
    contain-intrinsic-block-size: auto ${unsafeCSS(`calc${size.run(String(CHUNK), size.ITEM_LIST, size.GAP)}`)};
  }
  .item {
    display: grid;
    grid-template-columns: ${unsafeCSS(size.THUMB)} minmax(0, 1fr);
    gap: ${tokens.spaceM};
    align-items: start;
    padding-block-end: ${GAP};
    border-block-end: ${unsafeCSS(size.RULE)} solid ${tokens.border};
    line-height: ${unsafeCSS(size.LINE_HEIGHT)};
  }
  /* Off-screen items skip style, layout and paint (10,000 items cost what the visible ones
     do); the size they hold meanwhile is their exact size (news-list.metrics.ts). */
  article.item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto ${unsafeCSS(`max(${size.THUMB} / 1.5, ${size.BODY})`)};
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
    /* A broken image shows its alt text instead: keep it in the 3:2 box all the same. */
    overflow: hidden;
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
    min-block-size: ${BODY};
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
    min-block-size: ${unsafeCSS(size.BUTTON)};
    margin-block-start: ${tokens.spaceM};
  }
  .load-more.placeholder {
    visibility: hidden;
  }

  /* Narrow containers stack the image above the text. */
  @container (max-width: ${unsafeCSS(size.NARROW)}) {
    .item {
      grid-template-columns: minmax(0, 1fr);
    }
    article.item {
      contain-intrinsic-block-size: auto ${unsafeCSS(`calc(100cqi / 1.5 + ${size.SPACE_M} + ${size.BODY})`)};
    }
    .chunk.full {
      contain-intrinsic-block-size: auto ${unsafeCSS(`calc${size.run(String(CHUNK), size.ITEM_NARROW, size.GAP)}`)};
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
  /* A card's height follows its column's width: let it lay out (no intrinsic size guess). */
  :host([layout='grid']) article.item {
    content-visibility: visible;
  }
  :host([layout='grid']) .chunk {
    display: contents;
  }

  :host([layout='compact']) .feed {
    gap: ${tokens.spaceS};
  }
  :host([layout='compact']) .item {
    grid-template-columns: minmax(0, 1fr);
    padding-block-end: ${tokens.spaceS};
  }
  :host([layout='compact']) .body {
    min-block-size: ${unsafeCSS(size.BODY_COMPACT)};
  }
  :host([layout='compact']) article.item {
    contain-intrinsic-block-size: auto ${unsafeCSS(size.BODY_COMPACT)};
  }
  :host([layout='compact']) .chunk.full {
    contain-intrinsic-block-size: auto ${unsafeCSS(`calc${size.run(String(CHUNK), size.ITEM_COMPACT, size.SPACE_S)}`)};
  }
  :host([layout='compact']) .title {
    font-size: ${tokens.fontSizeM};
    min-block-size: 0;
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }
`;

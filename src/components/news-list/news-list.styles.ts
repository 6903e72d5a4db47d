import { css, unsafeCSS } from 'lit';
import { tokens } from '../../internal/styles.js';
import * as size from './news-list-metrics.js';

const CHUNK = size.CHUNK;
const GAP = unsafeCSS(size.GAP);
const BODY = unsafeCSS(size.BODY);
const THUMB = unsafeCSS(size.THUMB);
const RULE = unsafeCSS(size.RULE);

/**
 * Every item has at least the same block size (room for a meta line, three title lines and three
 * summary lines, images in a fixed 3:2 box), held by the text column as a whole so that the
 * blocks inside sit at their own gaps and a short item's spare room is at the bottom, and the skeleton uses the same boxes: the list takes its
 * final height before the data lands. Titles are whole by default (WCAG 1.4.4, 1.4.10, 1.4.12:
 * a headline has no other place to be read); a longer one than the room makes its item taller.
 * `--mlo-news-list-title-lines` clamps them (opt-in; the link, and so the item's name, keeps the
 * whole title). Summaries and captions stay clamped when wide: they are excerpts of the article
 * the title links to, and the sample newsroom's run to 11 and 10 lines (items 60-150 px taller
 * than the room). In a narrow container (320 px, or 200 % zoom) every clamp is lifted.
 *
 * (Comments are kept out of the template: they would ship.)
 * - Items come in `.chunk`s of CHUNK (news-list.ts): a grid of their own in the list and compact
 *   layouts, `display: contents` in the grid layout.
 * - Off-screen full chunks skip style, layout and paint (`content-visibility: auto`), so 10,000
 *   items cost about what the visible ones do; meanwhile they hold their exact size:
 *   `--_mlo-item` is an item's content block size, `--_mlo-gap` the space under it. In the grid
 *   layout chunks have no box (a card's height follows its column's width), so no skipping.
 * - A broken image shows its alt text instead: `overflow: hidden` keeps it in the 3:2 box.
 *   `contain: size` too: WebKit (Safari) sizes an image whose response is not a decodable image
 *   (a 200 with an HTML error page, say) as a square, ignoring `aspect-ratio`, unless its own
 *   size is kept out of layout.
 * - Focus rings are never clipped: a chunk's paint containment (content-visibility) clips at its
 *   edge and a title clamps its lines with `overflow: hidden`, so an item and a title link draw
 *   their rings inside their own boxes (a negative outline offset).
 */
export const styles = css`
  .feed {
    display: grid;
    gap: ${GAP};
    container-type: inline-size;
  }
  .chunk {
    display: grid;
    gap: inherit;
    --_mlo-item: max(${THUMB} / 1.5, ${BODY});
    --_mlo-gap: ${GAP};
  }
  .full {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(${CHUNK} * (var(--_mlo-item) + 2 * var(--_mlo-gap) + ${RULE}) - var(--_mlo-gap));
  }
  .item {
    display: grid;
    grid-template-columns: ${THUMB} minmax(0, 1fr);
    gap: ${tokens.spaceM};
    align-items: start;
    padding-block-end: ${GAP};
    border-block-end: ${RULE} solid ${tokens.border};
    line-height: ${unsafeCSS(size.LINE_HEIGHT)};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${tokens.spaceM};
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }

  .item:focus-visible,
  .title a:focus-visible {
    outline-offset: -0.125rem;
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
    contain: size;
    object-fit: cover;
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
    -webkit-line-clamp: var(--mlo-news-list-caption-lines, 2);
    line-clamp: var(--mlo-news-list-caption-lines, 2);
    overflow: hidden;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    min-block-size: ${BODY};
  }
  .type {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .title {
    font-size: ${tokens.fontSizeL};
    font-weight: 600;
    line-height: ${unsafeCSS(size.TITLE_LINE_HEIGHT)};
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--mlo-news-list-title-lines, none);
    line-clamp: var(--mlo-news-list-title-lines, none);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--mlo-news-list-summary-lines, 3);
    line-clamp: var(--mlo-news-list-summary-lines, 3);
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
  .more {
    display: flex;
    align-items: center;
    gap: ${tokens.spaceM};
    margin-block-start: ${tokens.spaceM};
    min-block-size: ${unsafeCSS(size.BUTTON)};
  }
  .more .load-more {
    margin-block-start: 0;
    flex: none;
  }
  .skipped {
    margin: 0;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }
  .note {
    min-block-size: 0;
    -webkit-line-clamp: 5;
    line-clamp: 5;
  }
  .note-link {
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }
  .load-more.placeholder {
    visibility: hidden;
  }
  /* A row of no height: the button lies over the first item instead of pushing it down. */
  .new-row {
    position: relative;
    block-size: 0;
    z-index: 1;
    display: flex;
    justify-content: center;
  }
  .new-items {
    position: absolute;
    inset-block-start: ${tokens.spaceS};
    background: Canvas;
    color: CanvasText;
    box-shadow: 0 0.125rem 0.5rem color-mix(in srgb, CanvasText 25%, transparent);
  }

  /* Narrow containers stack the image above the text. */
  @container (max-width: ${unsafeCSS(size.NARROW)}) {
    .item {
      grid-template-columns: minmax(0, 1fr);
    }
    .chunk {
      --_mlo-item: calc(100cqi / 1.5 + ${tokens.spaceM} + ${BODY});
    }
    .title,
    .summary,
    .caption {
      -webkit-line-clamp: none;
      line-clamp: none;
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
  :host([layout='compact']) .chunk {
    --_mlo-item: ${unsafeCSS(size.BODY_COMPACT)};
    --_mlo-gap: ${tokens.spaceS};
  }
  :host([layout='compact']) .title {
    font-size: ${tokens.fontSizeM};
    min-block-size: 0;
    -webkit-line-clamp: var(--mlo-news-list-title-lines, none);
    line-clamp: var(--mlo-news-list-title-lines, none);
  }
  @container (max-width: ${unsafeCSS(size.NARROW)}) {
    :host([layout='compact']) .title {
      -webkit-line-clamp: none;
      line-clamp: none;
    }
  }
`;

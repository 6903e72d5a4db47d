import { css, unsafeCSS } from 'lit';
import { tokens } from '../../internal/styles.js';
import * as size from './news-list-metrics.js';

/**
 * The filter bar, the "Pinned" mark and the follow line (news-list-filters.ts, -follow.ts). Every
 * row of the bar is FILTER_ROW tall and the follow line one line, loading or loaded, so the
 * skeleton and the partner stylesheet reserve them exactly (news-list-metrics.ts). A server
 * render keeps the bar's room but hides it until the script can make its buttons work.
 */
export const extraStyles = css`
  .filters {
    display: grid;
    gap: ${tokens.spaceS};
    margin-block-end: ${tokens.spaceM};
  }
  :host(:not(:defined)) .filters {
    visibility: hidden;
  }
  .facet {
    display: flex;
    align-items: center;
    gap: ${tokens.spaceS};
    block-size: ${unsafeCSS(size.FILTER_ROW)};
    min-inline-size: 0;
  }
  .facet-label {
    flex: none;
    font-weight: 600;
    font-size: ${tokens.fontSizeS};
  }
  .chips {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    flex: 1;
    min-inline-size: 0;
    block-size: 100%;
    overflow-x: auto;
    overflow-y: hidden;
    scrollbar-width: thin;
  }
  .chip {
    flex: none;
    min-block-size: 2rem;
    padding-inline: 0.625rem;
    border-radius: 1rem;
    font-size: ${tokens.fontSizeS};
    white-space: nowrap;
  }
  .chip:focus-visible {
    outline-offset: -0.125rem;
  }
  .chip[aria-pressed='true'] {
    border-color: currentColor;
    background: color-mix(in srgb, ${tokens.accent} 18%, transparent);
    font-weight: 600;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: ${tokens.muted};
  }
  .select {
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: 2rem;
    font: inherit;
    font-size: ${tokens.fontSizeS};
    color: inherit;
  }
  .chip-placeholder {
    flex: 1;
    max-inline-size: 16rem;
  }
  .pinned {
    color: ${tokens.accent};
    font-weight: 600;
  }
  /* Flex items, each one line box of 1.4em: text in two weights on one line box could make
     it taller than 1.4em (Firefox), and the room is counted at 1.4em. */
  .follow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.25em;
    margin: ${tokens.spaceS} 0 0;
    min-block-size: 1.4em;
    font-size: 0.875em;
    line-height: 1.4;
  }
  .follow-label {
    font-weight: 600;
  }
`;

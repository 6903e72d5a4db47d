import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/**
 * The words always take at least three lines and the attribution two, in the quote and in its
 * skeleton alike: a typical quote lands without moving the page. A rotating quote reserves the
 * height of the longest one (every quote is laid out, hidden, in the same grid cell).
 */
export const styles = css`
  .figure {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceS};
    margin: 0;
  }
  .quote {
    display: flex;
    flex-direction: column;
    margin: 0;
    font-size: var(--mlo-quote-font-size, ${tokens.fontSizeL});
    line-height: 1.5;
    min-block-size: 4.5em;
    overflow-wrap: anywhere;
    quotes: '\\201C' '\\201D' '\\2018' '\\2019';
  }
  .quote:lang(sr) {
    quotes: '\\201E' '\\201C' '\\201A' '\\2018';
  }
  .quote p {
    margin: 0;
  }
  .quote p + p {
    margin-block-start: 0.5em;
  }
  .quote p:first-child::before {
    content: open-quote;
  }
  .quote p:last-child::after {
    content: close-quote;
  }
  .caption {
    display: flex;
    flex-direction: column;
    font-size: ${tokens.fontSizeS};
    line-height: 1.5;
    min-block-size: 3em;
  }
  .name {
    font-weight: 600;
  }
  /* The date only: a link in a muted (80 % opaque) box mixed its accent with the paler text. */
  [part~='context'],
  .meta time {
    color: ${tokens.muted};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: ${tokens.spaceM};
  }
  /* A text button on the meta line, one line tall (the skeleton's line), 24px at least. */
  .copy {
    min-block-size: max(1.5em, 1.5rem);
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .copied {
    color: ${tokens.muted};
  }
  /* A server render's Copy needs the script: it keeps its room until it runs. */
  :host(:not(:defined)) .copy {
    visibility: hidden;
  }
  @media print {
    .copy,
    .copied,
    .controls {
      display: none;
    }
  }

  .carousel {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceS};
  }
  .controls {
    display: flex;
    gap: ${tokens.spaceS};
    justify-content: flex-end;
  }
  .controls .button {
    padding-inline: 0;
  }
  .controls .placeholder {
    visibility: hidden;
  }
  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }
  .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .stage {
    display: grid;
  }
  .stage > * {
    grid-area: 1 / 1;
    min-inline-size: 0;
  }
  .ghost {
    visibility: hidden;
  }
  .slide {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceS};
  }
  .position {
    margin: 0;
    font-size: ${tokens.fontSizeS};
    line-height: 1.5;
    color: ${tokens.muted};
  }

  /* Skeleton lines sit in flex columns (no margin collapsing): each is one 1.5em line. */
  .line {
    display: block;
    block-size: 1em;
    margin-block: 0.25em;
    inline-size: 100%;
  }
  .line.short {
    inline-size: 70%;
  }
  .line.medium {
    inline-size: 50%;
  }
  .line.tiny {
    inline-size: 8em;
  }
`;

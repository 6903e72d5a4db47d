import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/**
 * The figure always takes at least three lines of words and two of attribution, in the quote
 * and in its skeleton alike: a typical quote lands without moving the page. The room is the
 * figure's, not each block's, so a short quote's attribution follows its words and the spare
 * room is at the bottom. A rotating quote reserves the height of its longest quote (every quote
 * is laid out, hidden, in the same grid cell), its words clamped to `--mlo-quote-lines` lines
 * (6): a long quote scrolls in its box, by pointer or keyboard (the box is focusable, and the
 * rotation waits while the pointer or focus is in it), rather than leaving a tall empty band
 * under every short one.
 */
export const styles = css`
  .figure {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceS};
    margin: 0;
    min-block-size: calc(
      3 * var(--mlo-quote-font-size, ${tokens.fontSizeL}) * ${tokens.lineHeight} + ${tokens.spaceS} + 2 *
        ${tokens.fontSizeS} * ${tokens.lineHeight}
    );
  }
  .quote {
    display: flex;
    flex-direction: column;
    margin: 0;
    font-size: var(--mlo-quote-font-size, ${tokens.fontSizeL});
    line-height: ${tokens.lineHeight};
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
    line-height: ${tokens.lineHeight};
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
  .slide .quote {
    max-block-size: calc(var(--mlo-quote-lines, 6) * 1lh);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .slide .quote:focus-visible {
    outline-offset: -0.125rem;
  }
  .slide {
    display: flex;
    flex-direction: column;
    gap: ${tokens.spaceS};
  }
  .position {
    margin: 0;
    font-size: ${tokens.fontSizeS};
    line-height: ${tokens.lineHeight};
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

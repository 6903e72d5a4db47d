import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/**
 * The results panel floats over the page (no layout shift while typing). Its background and
 * text are a matched pair, `Canvas` and `CanvasText` by default, so it stays legible whatever
 * colour the partner page gives the text around it, in light and dark schemes alike.
 */
export const styles = css`
  .label {
    display: block;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .row {
    display: flex;
    gap: ${tokens.spaceS};
  }
  /* The partner stylesheet sets the host's weight to the label's (600) to reserve its line
     before the upgrade; the field's text keeps the page's own. */
  .field {
    position: relative;
    flex: 1;
    min-inline-size: 0;
    font-weight: normal;
  }
  .submit {
    flex: none;
    font-weight: normal;
  }
  /* A server render without an action cannot search until the script runs: keep its room but
     no focus, no typing into nothing. */
  :host(:not(:defined):not([action])) :is(.label, .row) {
    visibility: hidden;
  }
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding-block: ${tokens.spaceS};
    padding-inline: ${tokens.spaceM} 2.75rem;
    border: 1px solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    color: inherit;
    font: inherit;
    appearance: none;
  }
  .input::placeholder {
    color: ${tokens.muted};
    opacity: 1;
  }
  /* Our own clear button replaces the browser's, which has no accessible name to localize. */
  .input::-webkit-search-cancel-button,
  .input::-webkit-search-decoration {
    appearance: none;
  }
  .clear {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 0;
    border-radius: ${tokens.radius};
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .clear svg {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .popup {
    position: absolute;
    z-index: var(--mlo-search-z-index, 10);
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25rem);
    overflow: hidden;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: var(--mlo-search-popup-background, Canvas);
    color: var(--mlo-search-popup-color, CanvasText);
    box-shadow: 0 0.5rem 1.5rem color-mix(in srgb, CanvasText 15%, transparent);
  }
  /* The listbox scrolls, not the panel: focus stays in the field, and the active option is
     scrolled into view, so a scrolling listbox needs no focus of its own. */
  .listbox {
    max-block-size: var(--mlo-search-popup-max-height, 24rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding-block: 0.25rem;
  }
  .popup[hidden],
  .listbox[hidden] {
    display: none;
  }
  .group + .group {
    margin-block-start: 0.25rem;
    border-block-start: 1px solid ${tokens.border};
  }
  .group-label {
    padding-block: ${tokens.spaceS} 0.25rem;
    padding-inline: ${tokens.spaceM};
    font-size: ${tokens.fontSizeS};
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: color-mix(in srgb, currentColor 80%, transparent);
  }
  .option {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-block-size: 2.75rem;
    padding-block: ${tokens.spaceS};
    padding-inline: ${tokens.spaceM};
    border-inline-start: 0.25rem solid transparent;
    line-height: 1.35;
    cursor: pointer;
  }
  .option:hover {
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  /* The active option is where Enter goes; focus stays in the field, so draw it like focus. */
  .option[aria-selected='true'] {
    border-inline-start-color: ${tokens.focus};
    background: color-mix(in srgb, currentColor 10%, transparent);
    outline: 0.125rem solid ${tokens.focus};
    outline-offset: -0.125rem;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .snippet {
    font-size: ${tokens.fontSizeS};
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${tokens.spaceS};
    font-size: ${tokens.fontSizeS};
    color: color-mix(in srgb, currentColor 80%, transparent);
  }
  mark {
    padding-inline: 0.05em;
    border-radius: calc(${tokens.radius} / 4);
    background: ${tokens.highlight};
    color: inherit;
  }
  .message {
    margin: 0;
    padding-block: ${tokens.spaceS};
    padding-inline: ${tokens.spaceM};
  }
  .notice {
    margin-block: ${tokens.spaceS} 0;
  }

  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
      border-inline-start-color: Highlight;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;

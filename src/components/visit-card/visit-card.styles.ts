import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/**
 * Every text block has a fixed line height, and the skeleton draws one placeholder per line in
 * the same block with the same font size. Beside the photo, the text column reserves the
 * skeleton's height (type, meta and the met-with label one small line each; title, visitor,
 * two people met and summary two lines each; the gaps and margins): a typical visit replaces
 * its skeleton without moving the page, and a shorter one leaves the room at the bottom rather
 * than as gaps between its blocks. The photo's box is reserved from its aspect ratio (with
 * `contain: size`, or WebKit makes an undecodable image square). WebKit lets a list bullet whose
 * glyph comes from a taller fallback font grow its line past the line height (a pixel per person
 * met): the marker gets `line-height: 1`. Wide cards put the photo beside the text, narrow ones
 * above it.
 */
export const styles = css`
  .card {
    container-type: inline-size;
    padding: ${tokens.spaceM};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${tokens.spaceM};
    align-items: start;
  }
  @container (inline-size >= 36rem) {
    .grid:has(.media) {
      grid-template-columns: minmax(0, var(--mlo-visit-card-image, 40%)) minmax(0, 1fr);
    }
    .grid:has(.media) .body {
      min-block-size: calc(
        3 * ${tokens.fontSizeS} * ${tokens.lineHeight} + 2 * 1.3 * ${tokens.fontSizeL} + 6em * ${tokens.lineHeight} +
          1.75rem
      );
    }
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
    border-radius: ${tokens.radius};
    background: ${tokens.skeleton};
  }
  .caption {
    margin-block-start: 0.25rem;
    font-size: ${tokens.fontSizeS};
    line-height: ${tokens.lineHeight};
    color: ${tokens.muted};
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    line-height: ${tokens.lineHeight};
    overflow-wrap: anywhere;
  }
  .body p {
    margin: 0;
  }
  .type {
    font-size: ${tokens.fontSizeS};
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: ${tokens.muted};
  }
  .title {
    font-size: ${tokens.fontSizeL};
    font-weight: 600;
    line-height: 1.3;
  }
  .name {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${tokens.spaceM};
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }
  .met-with {
    margin-block-start: 0.25rem;
  }
  .met-with .label {
    font-size: ${tokens.fontSizeS};
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: ${tokens.muted};
  }
  .met-with ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .met-with li::marker {
    line-height: 1;
  }
  .met-with .name {
    font-weight: inherit;
  }
  .summary {
    margin-block-start: 0.25rem;
  }

  :host([layout='compact']) .title {
    font-size: ${tokens.fontSizeM};
  }

  /* Skeleton: one bar per line, in flex columns so no margins collapse. */
  .lines {
    display: flex;
    flex-direction: column;
  }
  .met-with.lines {
    margin-block-start: 0.25rem;
  }
  .line {
    display: block;
    block-size: 1em;
    margin-block: 0.25em;
    inline-size: 100%;
  }
  .title .line {
    margin-block: 0.15em;
  }
  .met-with > .line {
    margin-inline-start: 1.25em;
    inline-size: calc(100% - 1.25em);
  }
  .line.short {
    inline-size: 70%;
  }
  .line.medium {
    inline-size: 50%;
  }
  .line.tiny {
    inline-size: 6em;
  }
`;

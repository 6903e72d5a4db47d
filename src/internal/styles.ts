import { css, unsafeCSS } from 'lit';

/**
 * Shared styles for every widget. The theming contract is in docs/theming.md; keep the two
 * in step.
 *
 * No token is declared on `:host`: a declaration there would shadow the value a partner sets
 * once on `:root`. Each token is read where it is used, through `tokens.*` below, so its
 * default lives in exactly one place and a component-level token adds at most one level:
 * `var(--mlo-news-list-gap, ${tokens.spaceM})`.
 *
 * Colours: text, links and most colours derive from the inherited `currentColor`, so they follow
 * the partner page in light and dark alike, whatever its `color-scheme`. The two fixed colours
 * (the error and warning stripes: decoration beside text that says the same) use
 * `light-dark()`, which follows the page's `color-scheme` rather than `prefers-color-scheme`
 * (the visitor's OS): a light-only ministry page seen on a dark-mode phone keeps its colours.
 */

const token = (name: string, fallback: string) => unsafeCSS(`var(--mlo-${name}, ${fallback})`);

/**
 * The default accent: one mid blue mixed half and half with the text colour around it. No
 * `light-dark()`: a page's `color-scheme` does not say what is behind a widget (a dark sidebar
 * on a light page, a light box on a dark one), and the scheme's own blue read 3.4:1 to 4.4:1
 * wherever the two disagreed. The text colour is legible on its background by the partner's
 * design, and half of it carries the blue to the same side: 11.6:1 with black text on white,
 * 7.9:1 with `#333`, 8.1:1 with `#e8e8e8` on `#121212`, 5.9:1 with `#c8c8c8` on `#1e1e1e`,
 * whatever the scheme. A partner's own `--mlo-accent` is used as given.
 */
const MIXED_ACCENT = 'color-mix(in srgb, #2f6fd6 50%, currentColor)';

/** Every public token with its default; contrast figures are in docs/theming.md. */
export const tokens = {
  accent: token('accent', MIXED_ACCENT),
  surface: token('surface', 'transparent'),
  border: token('border', 'color-mix(in srgb, currentColor 20%, transparent)'),
  radius: token('radius', '0.5rem'),
  spaceS: token('space-s', '0.5rem'),
  spaceM: token('space-m', '1rem'),
  spaceL: token('space-l', '1.5rem'),
  fontSizeS: token('font-size-s', '0.875em'),
  fontSizeM: token('font-size-m', '1em'),
  fontSizeL: token('font-size-l', '1.25em'),
  fontSizeXl: token('font-size-xl', '1.5em'),
  muted: token('muted', 'color-mix(in srgb, currentColor 80%, transparent)'),
  fontFamily: token('font-family', 'inherit'),
  /** Unitless: the reserved heights of news-list-metrics.ts multiply font sizes by it. */
  lineHeight: token('line-height', '1.5'),
  error: token('error', 'light-dark(#b3261e, #ffb4ab)'),
  warning: token('warning', 'light-dark(#7a5300, #f0c05a)'),
  skeleton: token('skeleton', 'color-mix(in srgb, currentColor 10%, transparent)'),
  /**
   * Matched words (`<mark>`): a translucent yellow under the text's own colour, so the text
   * keeps its contrast on a light page (18:1 with black on white) and a dark one (5.9:1 with
   * `#e8e8e8` on `#121212`), where the browser's opaque yellow would take black text along.
   */
  highlight: token('highlight', 'color-mix(in srgb, #ffd400 35%, transparent)'),
  /**
   * The focus colour, else the element's text colour: the page's own text colour is legible on
   * its background by design, and a link's is the mixed accent (see MIXED_ACCENT), so the ring
   * stays visible on any page, whatever its `color-scheme`.
   */
  focus: token('focus-color', 'currentColor'),
} as const;

/** The base every widget starts from: `static styles = [hostStyles, styles]`. */
export const hostStyles = css`
  /* No \`contain: content\`: paint containment clips focus rings, shadows and the search
     popup at the host's edge. Layout shift is prevented by sized skeletons instead. */
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    font-family: ${tokens.fontFamily};
    color: inherit;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .lang-root {
    display: contents;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: ${tokens.accent};
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  :focus-visible {
    outline: 0.125rem solid ${tokens.focus};
    outline-offset: 0.125rem;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${tokens.spaceS};
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0;
    padding-inline: ${tokens.spaceM};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .button:hover {
    border-color: currentColor;
  }
  .button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${tokens.spaceS} ${tokens.spaceM};
    margin-block: 0 ${tokens.spaceM};
    padding-block: ${tokens.spaceS};
    padding-inline: ${tokens.spaceM};
    border: 1px solid ${tokens.border};
    border-inline-start-width: 0.25rem;
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    color: inherit;
  }
  .notice--error {
    border-inline-start-color: ${tokens.error};
  }
  .notice--stale {
    border-inline-start-color: ${tokens.warning};
  }

  /* The shimmer moves a band (twice the placeholder's width) with transform, which the
     compositor can animate (a background-position animation repainted every frame), and starts
     after a second: a feed that comes sooner needs no moving sign of waiting, and each frame of
     the animation still costs the page a style update (bench/run.mjs, paint, feed after 500 ms). */
  .skeleton {
    display: block;
    position: relative;
    overflow: hidden;
    min-block-size: 1em;
    border-radius: ${tokens.radius};
    background-color: ${tokens.skeleton};
  }
  .skeleton::after {
    content: '';
    position: absolute;
    inset: 0 -50%;
    background-image: linear-gradient(
      90deg,
      transparent 0%,
      color-mix(in srgb, currentColor 8%, transparent) 50%,
      transparent 100%
    );
    transform: translateX(-50%);
    animation: mlo-shimmer 1.6s ease-in-out 1s infinite;
  }
  .skeleton:dir(rtl)::after {
    animation-direction: reverse;
  }
  @keyframes mlo-shimmer {
    from {
      transform: translateX(-50%);
    }
    to {
      transform: translateX(50%);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
    .skeleton::after {
      animation: none;
      background-image: none;
    }
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped in forced colours; an outline keeps the placeholder visible. */
    .skeleton {
      outline: 1px solid GrayText;
    }
    .notice {
      border-color: CanvasText;
    }
  }
`;

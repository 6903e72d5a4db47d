/**
 * The tokens playground's panel (stories/tokens.stories.ts): a swatch of each colour token as
 * it computes on this page (your value, else its default), the accent's contrast against the
 * page with a warning below WCAG AA (4.5:1), presets, and the code to paste with a copy button.
 */
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { PARTNER_TOKENS, pasteable } from './snippet.js';

/** Token values a designer can start from; the Controls panel shows and edits them. */
export const PRESETS: Record<string, Record<string, string>> = {
  Defaults: {},
  'Partner (serif, square)': PARTNER_TOKENS,
  'Compact sidebar': {
    '--mlo-space-m': '0.75rem',
    '--mlo-font-size-l': '1.125em',
    '--mlo-radius': '0.25rem',
  },
  'Low-contrast accent (fails AA)': { '--mlo-accent': '#9db7e0' },
};

/** sRGB channels 0–1 of a computed colour (`rgb()` or `color(srgb …)`), or undefined. */
function channels(value: string): number[] | undefined {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?/.exec(value);
  if (srgb) return srgb.slice(1, 5).map((c, i) => (c === undefined && i === 3 ? 1 : Number(c)));
  const rgb = /rgba?\(([^)]+)\)/
    .exec(value)?.[1]
    .split(/[\s,/]+/)
    .map(Number);
  return rgb ? [rgb[0] / 255, rgb[1] / 255, rgb[2] / 255, rgb[3] ?? 1] : undefined;
}
const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** The first opaque background up the tree (the page's), white at the top. */
function pageBackground(el: Element | null): number[] {
  for (let node = el; node; node = node.parentElement) {
    const c = channels(getComputedStyle(node).backgroundColor);
    if (c && c[3] === 1) return c;
  }
  return [1, 1, 1, 1];
}

/**
 * Writes the accent's contrast ratio next to its swatch once the page has styled it (a new
 * callback each render, so Lit calls it again after every change of a token).
 */
function contrastReadout(el: Element | undefined) {
  if (!el) return;
  requestAnimationFrame(() => {
    const swatch = el.parentElement?.querySelector('.swatch');
    const fg = swatch && channels(getComputedStyle(swatch).backgroundColor);
    if (!fg) return;
    const [a, b] = [luminance(fg), luminance(pageBackground(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const pass = ratio >= 4.5;
    el.textContent = `${ratio.toFixed(1)}:1 on this page, ${pass ? 'passes' : 'below'} WCAG AA (4.5:1) for link text`;
    el.classList.toggle('contrast-fail', !pass);
  });
}

/** One swatch per colour token, as it computes here. */
export function swatches(colours: { name: string; fallback: string }[]) {
  return html`<ul class="swatches">
    ${colours.map(
      ({ name, fallback }) => html`<li>
        <span class="swatch" style=${styleMap({ background: `var(${name}, ${fallback})` })}></span>
        <code>${name}</code>
        ${name === '--mlo-accent' ? html`<span class="contrast" ${ref((el) => contrastReadout(el))}></span>` : ''}
      </li>`,
    )}
  </ul>`;
}

/** The pasteable code for `markup` with `tokens`, and a button that copies it. */
export function codePanel(markup: string, tokens: Record<string, string>) {
  const snippet = pasteable(markup, tokens);
  const copy = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    await navigator.clipboard?.writeText(snippet).catch(() => undefined);
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = 'Copy code'), 1500);
  };
  return html`<section class="playground-code" aria-labelledby="playground-code-title">
    <h2 id="playground-code-title" class="state-label">Code to paste</h2>
    <pre><code>${snippet}</code></pre>
    <button type="button" @click=${copy}>Copy code</button>
  </section>`;
}

import { html, svg, type TemplateResult } from 'lit';

/** Decorative 24×24 icons for the rotation buttons; each button carries its own text label. */
const icon = (shape: TemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;

export const icons = {
  pause: icon(svg`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" />`),
  play: icon(svg`<path d="M8 5v14l11-7z" />`),
  previous: icon(svg`<path d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z" />`),
  next: icon(svg`<path d="M8.6 7.4 10 6l6 6-6 6-1.4-1.4 4.6-4.6z" />`),
};

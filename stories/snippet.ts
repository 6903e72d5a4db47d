/**
 * The code a partner pastes, for every story ("Show code") and the tokens playground: the
 * loader script of the README's quick start, a `:root {}` rule with the tokens the story sets
 * (Controls, a Partner theme, a story's own wrapper), and each widget with a real `src`.
 *
 * Storybook hands over the rendered story, wrapper divs included; only the `<mlo-*>` elements
 * and the `--mlo-*` declarations in it are kept. A widget fed with `.feed` (no attribute), or
 * pointed at a catalogue-only URL (the never-answering loading feed, the not-a-feed error), gets
 * the sample newsroom's absolute URL instead, so the snippet works where it is pasted.
 */
import { LOADING_TIMEOUT } from './states.js';

/** The quick start's loader (README "On any page: one script tag"). */
export const LOADER_URL = 'https://your-cdn.example/mlo-newsroom/dist/cdn/mlo-newsroom.js';

/**
 * The "Partner tokens" theme of the toolbar, set on the story's page by the decorator
 * (.storybook/preview.ts) and written into the snippet's `:root` rule.
 */
export const PARTNER_TOKENS: Record<string, string> = {
  '--mlo-accent': '#7a1f2b',
  '--mlo-focus-color': '#7a1f2b',
  '--mlo-surface': '#fbf7f2',
  '--mlo-border': '#d9cbbd',
  '--mlo-radius': '0',
  '--mlo-space-m': '1.25rem',
  '--mlo-font-family': "Georgia, 'Times New Roman', serif",
  '--mlo-font-size-l': '1.375em',
};

/** The sample newsroom, where the catalogue serves it, as an absolute URL. */
export const sampleFeedUrl = () => new URL('./data/newsroom.json', document.baseURI).href;

/** Feed URLs of the catalogue only: they never answer, or answer with something not a feed. */
const catalogueOnly = (src: string) => src.includes('__loading__') || src.endsWith('/index.json');

/** `--mlo-*` declarations of a `style` attribute, in order. */
function tokensOf(style: string): [string, string][] {
  return style
    .split(';')
    .map((decl) => decl.split(':'))
    .filter(([name, ...rest]) => name?.trim().startsWith('--mlo-') && rest.join(':').trim())
    .map(([name, ...rest]) => [name.trim(), rest.join(':').trim()]);
}

const escapeAttr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** One widget's markup: its attributes as rendered, a real `src`, nothing inside. */
function widgetMarkup(el: Element, feedUrl: string): string {
  const attrs: string[] = [];
  let src = el.getAttribute('src');
  if (!src || catalogueOnly(src)) src = feedUrl;
  else src = new URL(src, document.baseURI).href;
  attrs.push(`src="${escapeAttr(src)}"`);
  for (const { name, value } of el.attributes) {
    if (['src', 'style', 'class', 'state'].includes(name) || name.startsWith('aria-')) continue;
    if (name === 'timeout' && Number(value) >= LOADING_TIMEOUT) continue;
    attrs.push(value === '' ? name : `${name}="${escapeAttr(value)}"`);
  }
  const tag = el.localName;
  return `<${tag} ${attrs.join(' ')}></${tag}>`;
}

/** The snippet for rendered story markup, plus tokens set elsewhere (Controls, theme). */
export function pasteable(markup: string, extraTokens: Record<string, string> = {}): string {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const root = template.content;
  const tokens = new Map<string, string>(Object.entries(extraTokens));
  for (const el of root.querySelectorAll('[style]'))
    for (const [name, value] of tokensOf(el.getAttribute('style') ?? '')) tokens.set(name, value);
  const feedUrl = sampleFeedUrl();
  const widgets = [...root.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('mlo-'))
    .map((el) => widgetMarkup(el, feedUrl));
  const parts = [`<script type="module" src="${LOADER_URL}"></script>`];
  if (tokens.size)
    parts.push(
      `<style>\n  :root {\n${[...tokens].map(([name, value]) => `    ${name}: ${value};`).join('\n')}\n  }\n</style>`,
    );
  parts.push(widgets.join('\n'));
  return parts.join('\n\n');
}

/** Tokens set in the Controls panel (args named `--mlo-…`; an empty one keeps its default). */
export function argTokens(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

/** The page tokens of a toolbar theme. */
export const themeTokens = (theme: unknown): Record<string, string> =>
  theme === 'partner' ? PARTNER_TOKENS : {};

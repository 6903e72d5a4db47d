import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import { html } from 'lit';
import { useArgs } from 'storybook/preview-api';
import '../src/define.js';
import { codePanel, PRESETS, swatches } from './playground-tools.js';
import { argTokens, themeTokens } from './snippet.js';
import type { MloNewsList } from '../src/components/news-list/news-list.js';
import { cssPropertyArgType, declarationOf, stringLiterals, type Manifest } from './arg-types.js';

/**
 * The tokens playground: every design token the widgets document (the `@cssprop`s of
 * custom-elements.json: the shared ones of MloFeedElement, then each element's own), with every
 * element on one page. The page decorator (.storybook/preview.ts) sets the tokens a designer
 * fills in on the page, as a partner sets them on `:root`; an empty one keeps its default.
 */

// Set by .storybook/preview.ts (setCustomElementsManifest), which Storybook runs before stories.
const manifest = getCustomElements() as Manifest;
const declarations = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl) => decl.tagName);

const SHARED = 'Shared by every widget';
const tokenArgTypes: ArgTypes = {};
const colours = new Map<string, string>();
for (const decl of declarations) {
  for (const prop of decl.cssProperties ?? []) {
    const category = prop.inheritedFrom ? SHARED : `<${decl.tagName}>`;
    tokenArgTypes[prop.name] ??= cssPropertyArgType(prop, category);
    if (prop.syntax === '<color>') colours.set(prop.name, prop.default ?? 'transparent');
  }
}
// The shared tokens first, then each element's own, element by element.
const tokenNames = Object.keys(tokenArgTypes).sort(
  (a, b) =>
    Number(tokenArgTypes[a]?.table?.category !== SHARED) -
    Number(tokenArgTypes[b]?.table?.category !== SHARED),
);

type Args = Record<string, string | undefined> & { layout: MloNewsList['layout'] };

const sample = async () => ({
  feed: (await (await fetch('./data/newsroom.json')).json()) as unknown,
});

const meta: Meta<Args> = {
  title: 'Design/Tokens playground',
  args: {
    layout: 'list',
    // A colour starts unset (the picker says "Choose color…"), any other token as an empty field.
    ...Object.fromEntries(tokenNames.map((name) => [name, colours.has(name) ? undefined : ''])),
  },
  argTypes: {
    layout: {
      description: "The news list's layout (`grid` shows `--mlo-news-list-min-column`).",
      options: stringLiterals(
        declarationOf(manifest, 'mlo-news-list')?.attributes?.find((a) => a.name === 'layout')?.type
          ?.text,
      ),
      control: { type: 'inline-radio' },
      table: { category: 'news list' },
    },
    ...Object.fromEntries(tokenNames.map((name) => [name, tokenArgTypes[name]])),
  },
  parameters: { controls: { expanded: true } },
  loaders: [sample],
  render: function Render(args, { loaded, globals }) {
    const [, updateArgs] = useArgs();
    const { layout } = args;
    const labelled = (label: string, widget: unknown) =>
      html`<div class="state-cell"><p class="state-label">${label}</p>${widget}</div>`;
    // Every token back to empty (its default), then the preset's values.
    const apply = (preset: Record<string, string>) =>
      updateArgs({
        ...Object.fromEntries(tokenNames.map((name) => [name, colours.has(name) ? undefined : ''])),
        ...preset,
      });
    const markup = `<mlo-search></mlo-search><mlo-news-list layout="${layout}" limit="3"></mlo-news-list>
      <mlo-article item="saceur-visit-belgrade-2019-07-17"></mlo-article>
      <mlo-quote item="quote-marinelli-time-in-belgrade"></mlo-quote>
      <mlo-visit-card layout="compact"></mlo-visit-card><mlo-contact-card contact="0"></mlo-contact-card>`;
    return html`<div class="playground-tools">
        <div class="presets" role="group" aria-label="Presets">
          ${Object.entries(PRESETS).map(
            ([name, preset]) =>
              html`<button type="button" @click=${() => apply(preset)}>${name}</button>`,
          )}
        </div>
        ${swatches([...colours].map(([name, fallback]) => ({ name, fallback })))}
      </div>
      <div class="playground">
        <div class="playground-main">
          ${labelled('Search', html`<mlo-search .feed=${loaded.feed}></mlo-search>`)}
          ${labelled('News list', html`<mlo-news-list .feed=${loaded.feed} layout=${layout} limit="3"></mlo-news-list>`)}
          ${labelled('Article', html`<mlo-article .feed=${loaded.feed} item="saceur-visit-belgrade-2019-07-17"></mlo-article>`)}
        </div>
        <div class="playground-side">
          ${labelled('Quote', html`<mlo-quote .feed=${loaded.feed} item="quote-marinelli-time-in-belgrade"></mlo-quote>`)}
          ${labelled('Visit card (compact)', html`<mlo-visit-card .feed=${loaded.feed} layout="compact"></mlo-visit-card>`)}
          ${labelled('Contact card', html`<mlo-contact-card .feed=${loaded.feed} contact="0"></mlo-contact-card>`)}
        </div>
      </div>
      ${codePanel(markup, { ...themeTokens(globals.theme), ...argTokens(args) })}`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Every element with the tokens you set in the Controls panel: colours with a colour picker,
 * fonts and lengths as text (`Georgia, serif`, `0.75rem`). The toolbar's Theme and Language
 * still apply underneath; the search field opens its results panel when you type.
 */
export const Playground: Story = { name: 'Tokens playground' };

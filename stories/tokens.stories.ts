import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
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
const colours = new Set<string>();
for (const decl of declarations) {
  for (const prop of decl.cssProperties ?? []) {
    const category = prop.inheritedFrom ? SHARED : `<${decl.tagName}>`;
    tokenArgTypes[prop.name] ??= cssPropertyArgType(prop, category);
    if (prop.syntax === '<color>') colours.add(prop.name);
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
  render: ({ layout }, { loaded }) => html`<div class="playground">
    <div class="playground-main">
      <mlo-search .feed=${loaded.feed}></mlo-search>
      <mlo-news-list .feed=${loaded.feed} layout=${layout} limit="3"></mlo-news-list>
      <mlo-article .feed=${loaded.feed} item="saceur-visit-belgrade-2019-07-17"></mlo-article>
    </div>
    <div class="playground-side">
      <mlo-quote .feed=${loaded.feed} item="quote-marinelli-time-in-belgrade"></mlo-quote>
      <mlo-visit-card .feed=${loaded.feed} layout="compact"></mlo-visit-card>
      <mlo-contact-card .feed=${loaded.feed} contact="0"></mlo-contact-card>
    </div>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Every element with the tokens you set in the Controls panel: colours with a colour picker,
 * fonts and lengths as text (`Georgia, serif`, `0.75rem`). The toolbar's Theme and Language
 * still apply underneath; the search field opens its results panel when you type.
 */
export const Playground: Story = { name: 'Tokens playground' };

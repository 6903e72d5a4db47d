import type { Meta } from '@storybook/web-components-vite';
import { base, type Args, type Story } from './shared.js';

// `<mlo-quote>`: one quote from the newsroom, or all of them in rotation. The stories read the
// sample newsroom (demo/data/newsroom.json) through a loader and hand it over as `.feed`; the
// folders below hold the variants, states, languages, themes and widths.
// (A line comment: a JSDoc comment here would replace the class's own JSDoc, from
// custom-elements.json, at the top of the Docs page.)
const meta: Meta<Args> = {
  ...base,
  title: 'Widgets/Quote',
  component: 'mlo-quote',
  tags: ['autodocs'],
};
export default meta;

/** One quote with its full attribution: rank, name, role, organisation, occasion and source. */
export const Default: Story = {};

/**
 * Every attribute and token in the Controls panel, the feed loaded from `src` as on a partner's
 * page: "Show code" is the snippet to paste.
 */
export const Playground: Story = { name: 'Playground', args: { src: './data/newsroom.json' } };

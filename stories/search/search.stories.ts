import type { Meta } from '@storybook/web-components-vite';
import { base, type Args, type Story } from './shared.js';

// `<mlo-search>`: search the newsroom as you type. The stories read the sample newsroom
// (demo/data/newsroom.json) through a loader and hand it over as `.feed`; the folders below
// hold the variants, states, languages, themes and widths.
// (A line comment: a JSDoc comment here would replace the class's own JSDoc, from
// custom-elements.json, at the top of the Docs page.)
const meta: Meta<Args> = {
  ...base,
  title: 'Widgets/Search',
  component: 'mlo-search',
  tags: ['autodocs'],
};
export default meta;

/** Nothing typed yet: no search code is loaded until the field is focused. */
export const Default: Story = {};

/**
 * Every attribute and token in the Controls panel, the feed loaded from `src` as on a partner's
 * page: "Show code" is the snippet to paste. Type in the field to search.
 */
export const Playground: Story = { name: 'Playground', args: { src: './data/newsroom.json' } };

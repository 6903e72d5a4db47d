import type { Meta } from '@storybook/web-components-vite';
import { base, type Args, type Story } from './shared.js';

// `<mlo-contact-card>`: the newsroom's contact points (the feed's `_mlo.contacts`). The stories
// read the sample newsroom (demo/data/newsroom.json) through a loader and hand it over as
// `.feed`; the folders below hold the variants, states, languages, themes and widths.
// (A line comment: a JSDoc comment here would replace the class's own JSDoc, from
// custom-elements.json, at the top of the Docs page.)
const meta: Meta<Args> = {
  ...base,
  title: 'Widgets/Contact card',
  component: 'mlo-contact-card',
  tags: ['autodocs'],
};
export default meta;

/** Every contact of the sample newsroom, side by side when there is room. */
export const Default: Story = {};

/**
 * Every attribute and token in the Controls panel, the feed loaded from `src` as on a partner's
 * page: "Show code" is the snippet to paste.
 */
export const Playground: Story = { name: 'Playground', args: { src: './data/newsroom.json' } };

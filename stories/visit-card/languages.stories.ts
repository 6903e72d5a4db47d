import type { Meta } from '@storybook/web-components-vite';
import { base, card, serbianFeed, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Visit card/Languages' };
export default meta;

/** Serbian, Latin script; the English visit is marked `lang="en"`. */
export const SerbianLatin: Story = { name: 'Serbian (Latin)', globals: { lang: 'sr-Latn' } };

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = { name: 'Serbian (Cyrillic)', globals: { lang: 'sr-Cyrl' } };

/** A visit written in Serbian Latin, shown in Cyrillic: every line of it is transliterated. */
export const SerbianContentInCyrillic: Story = {
  name: 'Serbian content in Cyrillic',
  loaders: [],
  globals: { lang: 'sr-Cyrl' },
  render: (args) => card(args, serbianFeed),
};

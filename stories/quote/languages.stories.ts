import type { Meta } from '@storybook/web-components-vite';
import { base, quote, serbianFeed, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Quote/Languages' };
export default meta;

/** Serbian, Latin script: „…“ quotation marks; the English quote is marked `lang="en"`. */
export const SerbianLatin: Story = { name: 'Serbian (Latin)', globals: { lang: 'sr-Latn' } };

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = { name: 'Serbian (Cyrillic)', globals: { lang: 'sr-Cyrl' } };

/** A quote written in Serbian Latin, shown in Cyrillic: words, speaker and occasion are transliterated. */
export const SerbianContentInCyrillic: Story = {
  name: 'Serbian content in Cyrillic',
  args: { item: '' },
  loaders: [],
  globals: { lang: 'sr-Cyrl' },
  render: (args) => quote(args, serbianFeed),
};

/** Copy in Serbian Cyrillic: the quote is copied in the script it is shown in, in „…“. */
export const CopyCyrillic: Story = {
  name: 'Copy in Serbian Cyrillic',
  args: { copy: true, item: 'primer-citata' },
  globals: { lang: 'sr-Cyrl' },
  loaders: [],
  render: (args) => quote(args, serbianFeed),
};

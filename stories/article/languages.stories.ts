import type { Meta } from '@storybook/web-components-vite';
import { base, translations, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Article/Languages' };
export default meta;

/** Serbian, Latin script: the interface speaks Serbian; English items stay English. */
export const SerbianLatin: Story = { name: 'Serbian (Latin)', globals: { lang: 'sr-Latn' } };

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = { name: 'Serbian (Cyrillic)', globals: { lang: 'sr-Cyrl' } };

/** The same statement in a Serbian Cyrillic widget: `item` names the statement, its Cyrillic version is shown. */
export const TranslationsCyrillic: Story = {
  name: 'Translations in Serbian Cyrillic',
  ...translations,
  globals: { lang: 'sr-Cyrl' },
};

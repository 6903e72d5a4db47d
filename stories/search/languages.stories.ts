import type { Meta } from '@storybook/web-components-vite';
import { base, focusField, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Search/Languages' };
export default meta;

/** Serbian, Latin script. */
export const SerbianLatin: Story = {
  name: 'Serbian (Latin)',
  args: { value: 'Vučić' },
  globals: { lang: 'sr-Latn' },
  play: focusField,
};

/** Serbian, Cyrillic script: a Cyrillic query finds and marks the Latin "Vučić". */
export const SerbianCyrillic: Story = {
  name: 'Serbian (Cyrillic)',
  args: { value: 'Вучић' },
  globals: { lang: 'sr-Cyrl' },
  play: focusField,
};

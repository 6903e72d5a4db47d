import type { Meta } from '@storybook/web-components-vite';
import { base, focusField, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Search/Themes & widths' };
export default meta;

/** On a dark page: the field and the results panel follow the page's colours. */
export const Dark: Story = {
  name: 'Dark page',
  args: { value: 'belgrade' },
  globals: { theme: 'dark' },
  play: focusField,
};

/** On the demo's partner page (demo/partner.css): its header, serif type, columns and footer. */
export const PartnerPage: Story = { name: 'Partner page', globals: { page: 'partner' } };

/** In a sidebar (300 px, the Width toolbar): the results panel keeps to the column. */
export const Narrow: Story = {
  name: 'Sidebar (300 px)',
  args: { value: 'belgrade' },
  globals: { width: 'sidebar' },
  play: focusField,
};

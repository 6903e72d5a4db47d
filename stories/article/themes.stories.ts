import type { Meta } from '@storybook/web-components-vite';
import { base, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Article/Themes & widths' };
export default meta;

/** On a dark page: colours follow the page's text colour and `color-scheme`. */
export const Dark: Story = {
  name: 'Dark page',
  args: { item: 'saceur-visit-belgrade-2019-07-17' },
  globals: { theme: 'dark' },
};

/** On the demo's partner page (demo/partner.css): its header, serif type, columns and footer. */
export const PartnerPage: Story = { name: 'Partner page', globals: { page: 'partner' } };

/** In a sidebar (300 px, the Width toolbar): a phone or a narrow column. */
export const Narrow: Story = {
  name: 'Sidebar (300 px)',
  args: { item: 'saceur-visit-belgrade-2019-07-17' },
  globals: { width: 'sidebar' },
};

import type { Meta } from '@storybook/web-components-vite';
import { base, card, complete, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Contact card/Themes & widths' };
export default meta;

/** On a dark page: colours follow the page's text colour and `color-scheme`. */
export const Dark: Story = {
  name: 'Dark page',
  loaders: [],
  globals: { theme: 'dark' },
  render: (args) => card(args, complete),
};

/** On the demo's partner page (demo/partner.css): its header, serif type, columns and footer. */
export const PartnerPage: Story = { name: 'Partner page', globals: { page: 'partner' } };

/** In a sidebar (300 px, the Width toolbar): contacts stack. */
export const Narrow: Story = { name: 'Sidebar (300 px)', globals: { width: 'sidebar' } };

import type { Meta } from '@storybook/web-components-vite';
import { base, card, complete, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Contact card/Variants' };
export default meta;

/** Just one contact, chosen by its position. */
export const One: Story = { name: 'One contact', args: { contact: '0' } };

/** Just one contact, chosen by its name. */
export const ByName: Story = { name: 'By name', args: { contact: 'Public Affairs Office' } };

/** Phone, e-mail and website as links, the postal address one part per line. */
export const Complete: Story = {
  name: 'Every field',
  loaders: [],
  render: (args) => card(args, complete),
};

import type { Meta } from '@storybook/web-components-vite';
import { base, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Visit card/Variants' };
export default meta;

/** Text only, no photo and no summary: a sidebar. */
export const Compact: Story = { name: 'Compact', args: { layout: 'compact' } };

/** A visit with three people met. */
export const ManyPeopleMet: Story = {
  name: 'Many people met',
  args: { item: 'ims-director-general-visit-belgrade' },
};

/** No date, photo or people met in the feed: nothing is left blank. */
export const WithoutDateOrPhoto: Story = {
  name: 'Without date or photo',
  args: { item: 'jfc-naples-deputy-commander-visit' },
};

import type { Meta } from '@storybook/web-components-vite';
import { base, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Quote/Variants' };
export default meta;

/** The latest quote. In the sample none is dated, so the first in the feed, which has no speaker. */
export const Latest: Story = { name: 'Latest', args: { item: '' } };

/** A random quote at each load. */
export const Random: Story = { name: 'Random', args: { item: '', pick: 'random' } };

/**
 * All quotes in turn, newest first: pause/resume, previous and next. Rotation waits while the
 * pointer or focus is inside, and starts paused when the visitor prefers reduced motion.
 */
export const Rotating: Story = { name: 'Rotating', args: { item: '', rotate: true } };

/** `copy`: a Copy button puts the words, the speaker, the occasion, the date and the source on the clipboard. */
export const Copy: Story = { name: 'Copy', args: { copy: true } };

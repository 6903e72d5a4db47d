import type { Meta } from '@storybook/web-components-vite';
import { base, states, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Visit card/States' };
export default meta;

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = { name: 'All states', ...states.AllStates };

/** Waiting for the feed: a skeleton the size of the real content, announced as loading. */
export const Loading: Story = { name: 'Loading', ...states.Loading };

/** A feed without visits: "No visit to show." */
export const Empty: Story = { name: 'Empty', ...states.Empty };

/** Something that is not a JSON Feed: the error notice with its reason and Retry. */
export const Error: Story = { name: 'Error', ...states.Error };

/** The page's own copy of the feed (inline JSON) stays on show when the refresh from `src` returns something that is not a feed. */
export const Stale: Story = { name: 'Stale', ...states.Stale };

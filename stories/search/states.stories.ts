import type { Meta } from '@storybook/web-components-vite';
import { EMPTY_FEED } from '../states.js';
import { base, focusField, search, states, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Search/States' };
export default meta;

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = { name: 'All states', ...states.AllStates };

/** Waiting for the feed: the field is usable at once; results come when the feed does. */
export const Loading: Story = { name: 'Loading', ...states.Loading };

/** A feed with no items: every query has no results. */
export const Empty: Story = {
  name: 'Empty',
  args: { value: 'nato' },
  loaders: [],
  render: (args) => search(args, EMPTY_FEED),
  play: focusField,
};

/** Something that is not a JSON Feed: the error notice under a field that stays usable. */
export const Error: Story = { name: 'Error', ...states.Error };

/** The page's inline copy of the feed is searched, with a discreet notice, when the refresh from `src` fails. */
export const Stale: Story = { name: 'Stale', ...states.Stale };

/** A query that finds nothing: a clear message, also announced to screen readers. */
export const NoResults: Story = {
  name: 'No results',
  args: { value: 'submarine' },
  play: focusField,
};

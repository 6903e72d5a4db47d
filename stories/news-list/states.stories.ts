import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING_SRC, LOADING_TIMEOUT, NOT_A_FEED_SRC } from '../states.js';
import { base, list, states, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/News list/States' };
export default meta;

/** Every state side by side: ready, loading, empty, error, stale. */
export const AllStates: Story = { name: 'All states', ...states.AllStates, args: { limit: 3 } };

/** Waiting for the feed: a skeleton the size of the real content, announced as loading. */
export const Loading: Story = { name: 'Loading', ...states.Loading };

/** A feed with no items. */
export const Empty: Story = { name: 'Empty', ...states.Empty };

/** Something that is not a JSON Feed: the error notice with its reason and Retry. */
export const Error: Story = { name: 'Error', ...states.Error };

/** The page's own copy of the feed (inline JSON) stays on show, with a discreet notice, when the refresh from `src` fails. */
export const Stale: Story = { name: 'Stale', ...states.Stale };

/**
 * Two widgets on one feed that fails: the first in document order announces the error and
 * carries "Open the feed" and Retry (which reloads both with one request); the second shows
 * the message without repeating it.
 */
export const SharedFeedError: Story = {
  name: 'Shared feed error',
  loaders: [],
  render: (args) => html`${list({ ...args, src: NOT_A_FEED_SRC }, undefined)}
    ${list({ ...args, src: NOT_A_FEED_SRC, layout: 'compact' }, undefined)}`,
};

/** The filter bar while the feed loads: its room is part of the skeleton. */
export const FiltersLoading: Story = {
  name: 'Filters while loading',
  loaders: [],
  render: (args) =>
    html`<mlo-news-list src=${LOADING_SRC} timeout=${LOADING_TIMEOUT} limit=${args.limit} filters="type tag year" follow></mlo-news-list>`,
};

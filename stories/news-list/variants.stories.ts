import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { base, filters, list, readersFeed, type Args, type Story } from './shared.js';
import { imageShapesFeed } from '../image-shapes.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/News list/Variants' };
export default meta;

/** Cards in a grid that fills the width. */
export const Grid: Story = { name: 'Grid', args: { layout: 'grid', limit: 6 } };

/** Date and title only: a sidebar or a footer. */
export const Compact: Story = { name: 'Compact', args: { layout: 'compact', limit: 8 } };

/** Only statements and visits. */
export const StatementsAndVisits: Story = {
  name: 'Statements and visits',
  args: { type: ['statement', 'visit'], layout: 'grid' },
};

/**
 * Titles are whole by default. A designer may clamp them with `--mlo-news-list-title-lines`
 * (here one line): the link, and so the item's accessible name, still holds the whole title,
 * and the clamp is lifted in a container of 30rem or less (320 px, 200 % zoom).
 */
export const ClampedTitles: Story = {
  name: 'Clamped titles',
  render: (args, { loaded }) =>
    html`<div style="--mlo-news-list-title-lines: 1">${list(args, loaded.feed)}</div>`,
};

/**
 * A filter bar for visitors: each value with its count; buttons toggle (several in one facet
 * add up), a long list of values is a select; facets combine. The count is announced politely.
 */
export const Filters: Story = { name: 'Filters', ...filters };

/** A pinned item (`_mlo.pinned`) comes first, marked "Pinned"; `no-pins` turns pinning off. */
export const Pinned: Story = {
  name: 'Pinned',
  render: (args, { loaded }) => list(args, readersFeed(loaded.feed)),
};

/** "Follow: JSON Feed · RSS" under the list: the feed itself and the alternates it names. */
export const Follow: Story = {
  name: 'Follow',
  args: { follow: true, layout: 'compact' },
  render: (args, { loaded }) => list(args, readersFeed(loaded.feed)),
};

/**
 * Pictures of every shape a feed sends: portrait, wide (a panorama), broken (the file is not
 * an image: the alt text shows in the picture's 3:2 box) and missing (no picture: the text
 * takes the whole row). Every picture is cropped to 3:2, so the rows keep one rhythm.
 */
export const ImageShapes: Story = {
  name: 'Image shapes',
  args: { limit: 4 },
  loaders: [],
  render: (args) => list(args, imageShapesFeed()),
};

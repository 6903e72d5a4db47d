import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/news-list/mlo-news-list.js';
import type { MloNewsList } from '../../src/components/news-list/news-list.js';
import {
  feedArgs,
  feedArgTypes,
  headingLevelArgType,
  itemTypesArgType,
  type FeedArgs,
  type ItemType,
} from '../controls.js';
import { sample } from '../sample.js';
import { statesOf } from '../states.js';

/**
 * `<mlo-news-list>`: what every News list stories file shares (its folder in the sidebar is one
 * file each: the element, Variants, States, Languages, Themes & widths).
 */
export interface Args extends FeedArgs {
  layout: MloNewsList['layout'];
  limit: number;
  type: ItemType[];
  tag: string;
  year?: number;
  headingLevel: number;
  /** The filter bar's facets (`filters`). */
  filters: ('type' | 'tag' | 'year')[];
  follow: boolean;
  noPins: boolean;
}
export type Story = StoryObj<Args>;

export const list = (args: Args, feed: unknown) => html`<mlo-news-list
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  layout=${args.layout}
  limit=${args.limit}
  type=${args.type.join(' ')}
  tag=${ifDefined(args.tag || undefined)}
  year=${ifDefined(args.year)}
  heading-level=${args.headingLevel}
  filters=${ifDefined(args.filters.length ? args.filters.join(' ') : undefined)}
  ?follow=${args.follow}
  ?no-pins=${args.noPins}
></mlo-news-list>`;

/** The element's meta, less its title (each file names its folder). */
export const base = {
  component: 'mlo-news-list',
  args: {
    ...feedArgs,
    layout: 'list',
    limit: 4,
    type: ['article', 'statement', 'visit'],
    tag: '',
    headingLevel: 3,
    filters: [],
    follow: false,
    noPins: false,
  },
  argTypes: {
    ...feedArgTypes,
    limit: { control: { type: 'number', min: 1, max: 20 } },
    type: itemTypesArgType('Item types to show (the attribute lists them, space-separated).'),
    headingLevel: headingLevelArgType(2),
    filters: {
      control: 'inline-check',
      options: ['type', 'tag', 'year'],
      description: 'The filter bar for visitors (the attribute lists the facets, space-separated).',
    },
    follow: { control: 'boolean', description: 'Shows "Follow: RSS · JSON Feed" under the list.' },
    noPins: { control: 'boolean', description: 'Ignores `_mlo.pinned` (the `no-pins` attribute).' },
  },
  loaders: [sample],
  render: (args, { loaded }) => list(args, loaded.feed),
} satisfies Omit<Meta<Args>, 'title'>;

export const states = statesOf<Args>('mlo-news-list', {
  attrs: (args) => ({ layout: args.layout, limit: args.limit }),
});

/** The sample newsroom with a pinned visit, and its own address and an RSS twin to follow. */
export const readersFeed = (feed: unknown) => {
  const copy = structuredClone(feed) as { items: { id: string; _mlo?: object }[] };
  const visit = copy.items.find((item) => item.id === 'saceur-visit-belgrade-2019-07-17');
  if (visit) visit._mlo = { ...visit._mlo, pinned: true };
  return {
    ...copy,
    // Where the catalogue serves it: the feed's relative image paths resolve against this.
    feed_url: new URL('./data/newsroom.json', document.baseURI).href,
    _mlo: {
      ...(copy as { _mlo?: object })._mlo,
      alternates: [{ type: 'application/rss+xml', url: 'https://newsroom.example/rss.xml' }],
    },
  };
};

/**
 * A filter bar for visitors: each value with its count; buttons toggle (several in one facet
 * add up), a long list of values is a select; facets combine. The count is announced politely.
 */
export const filters: Story = {
  args: { filters: ['type', 'tag', 'year'], limit: 6 },
  render: (args, { loaded }) => list(args, readersFeed(loaded.feed)),
};

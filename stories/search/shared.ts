import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/search/mlo-search.js';
import '../../src/components/news-list/mlo-news-list.js';
import {
  feedArgs,
  feedArgTypes,
  itemTypesArgType,
  type FeedArgs,
  type ItemType,
} from '../controls.js';
import { sample } from '../sample.js';
import { statesOf } from '../states.js';

/**
 * `<mlo-search>`: what every Search stories file shares.
 *
 * Results appear as the visitor types. Stories with a `value` pre-fill the field and focus it
 * in `play`, which loads the search code and opens the results; click into the field of any
 * other story and type (try `vucic`, `Vučić` or `Вучић`).
 */
export interface Args extends FeedArgs {
  value: string;
  type: ItemType[];
  limit: number;
  placeholder: string;
  target: string;
  action: string;
}
export type Story = StoryObj<Args>;

// Room below the field: the results panel floats over what follows and would be cut off.
export const search = (args: Args, feed: unknown) => html`<div style="min-block-size: 30rem">
  <mlo-search
    .feed=${args.src ? undefined : feed}
    src=${ifDefined(args.src || undefined)}
    timeout=${ifDefined(args.timeout)}
    lang=${ifDefined(args.lang || undefined)}
    .value=${args.value}
    type=${args.type.join(' ')}
    limit=${args.limit}
    placeholder=${ifDefined(args.placeholder || undefined)}
    target=${ifDefined(args.target || undefined)}
    action=${ifDefined(args.action || undefined)}
  ></mlo-search>
</div>`;

/** Focuses the field, as a visitor would: the engine loads and a pre-filled query runs. */
export const focusField: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('mlo-search');
  await el?.updateComplete;
  el?.focus();
};

/** The element's meta, less its title (each file names its folder). */
export const base = {
  component: 'mlo-search',
  args: { ...feedArgs, value: '', type: [], limit: 8, placeholder: '', target: '', action: '' },
  argTypes: {
    ...feedArgTypes,
    value: { description: 'Text in the field; the search runs when the field is focused.' },
    type: itemTypesArgType(
      'Item types to search (the attribute lists them, space-separated). None checked: all.',
    ),
    limit: { control: { type: 'number', min: 1, max: 20 } },
    action: {
      description:
        'Your search page: the field becomes a form that sends `q` there (GET), with a Search button; it works before the script runs.',
    },
    // A story with a news list to filter is FilterANewsList; elsewhere the id would name nothing.
    target: { control: false },
  },
  loaders: [sample],
  render: (args, { loaded }) => search(args, loaded.feed),
} satisfies Omit<Meta<Args>, 'title'>;

export const states = statesOf<Args>('mlo-search', {
  attrs: (args) => ({
    type: args.type.join(' '),
    limit: args.limit,
    placeholder: args.placeholder,
    action: args.action,
  }),
});

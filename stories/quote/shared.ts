import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MloQuote } from '../../src/components/quote/quote.js';
import '../../src/components/quote/mlo-quote.js';
import { feedArgs, feedArgTypes, type FeedArgs } from '../controls.js';
import { feedOf, sample } from '../sample.js';
import { statesOf } from '../states.js';

/** `<mlo-quote>`: what every Quote stories file shares. */
export interface Args extends FeedArgs {
  item: string;
  pick: MloQuote['pick'];
  rotate: boolean;
  interval: number;
  copy: boolean;
}
export type Story = StoryObj<Args>;

/** Serbian content written in Latin script (an illustrative quote, not a real one). */
export const serbianFeed = feedOf(
  [
    {
      id: 'primer-citata',
      content_text:
        'Saradnja se gradi korak po korak, kroz poverenje, razgovor i zajedničke vežbe.',
      date_published: '2019-07-17',
      _mlo: {
        type: 'quote',
        speaker: { name: 'Petar Petrović', rank: 'pukovnik', role: 'portparol' },
        context: 'tokom otvorenih vrata u Beogradu',
      },
    },
  ],
  'sr-Latn',
);

export const quote = (args: Args, feed: unknown) => html`<mlo-quote
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  item=${ifDefined(args.item || undefined)}
  pick=${args.pick}
  ?rotate=${args.rotate}
  interval=${args.interval}
  ?copy=${args.copy}
></mlo-quote>`;

/** The element's meta, less its title (each file names its folder). */
export const base = {
  component: 'mlo-quote',
  args: {
    ...feedArgs,
    item: 'quote-marinelli-time-in-belgrade',
    pick: 'latest',
    rotate: false,
    interval: 8,
    copy: false,
  },
  argTypes: {
    ...feedArgTypes,
    item: { description: 'The id of a quote in the feed; empty: `pick` chooses.' },
    interval: { control: { type: 'number', min: 3, max: 30 } },
  },
  loaders: [sample],
  render: (args, { loaded }) => quote(args, loaded.feed),
} satisfies Omit<Meta<Args>, 'title'>;

export const states = statesOf<Args>('mlo-quote', {
  attrs: (args) => ({
    item: args.item,
    pick: args.pick,
    rotate: args.rotate,
    interval: args.interval,
    copy: args.copy,
  }),
});

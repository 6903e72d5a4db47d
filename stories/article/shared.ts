import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/article/mlo-article.js';
import { feedArgs, feedArgTypes, headingLevelArgType, type FeedArgs } from '../controls.js';
import { sample } from '../sample.js';
import { statesOf } from '../states.js';

/** `<mlo-article>`: what every Article stories file shares. */
export interface Args extends FeedArgs {
  item: string;
  headingLevel: number;
  noShare: boolean;
}
export type Story = StoryObj<Args>;

export const NAC = 'nac-statement-2019-11-20';

export const article = (args: Args, feed: unknown) => html`<mlo-article
  .feed=${args.src ? undefined : feed}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(args.lang || undefined)}
  item=${ifDefined(args.item || undefined)}
  heading-level=${args.headingLevel}
  ?no-share=${args.noShare}
></mlo-article>`;

/** The element's meta, less its title (each file names its folder). */
export const base = {
  component: 'mlo-article',
  args: { ...feedArgs, item: NAC, headingLevel: 2, noShare: false },
  argTypes: {
    ...feedArgTypes,
    item: { description: 'The item id; empty for the newest item.' },
    headingLevel: headingLevelArgType(1),
  },
  loaders: [sample],
  render: (args, { loaded }) => article(args, loaded.feed),
} satisfies Omit<Meta<Args>, 'title'>;

export const states = statesOf<Args>('mlo-article', {
  attrs: (args) => ({
    item: args.item,
    'heading-level': args.headingLevel,
    'no-share': args.noShare,
  }),
});

/** One statement in three versions (`_mlo.translations`); the Cyrillic one has no page of its own. */
const statementFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Newsroom',
  items: [
    {
      id: 'statement-en',
      url: 'https://example.org/en/statement',
      title: 'Statement on the joint exercise',
      language: 'en',
      date_published: '2026-03-01T10:00:00+01:00',
      content_text: 'The joint exercise ends today. We thank everyone who took part.',
      _mlo: {
        type: 'statement',
        translations: [
          { language: 'sr-Latn', id: 'statement-sr-latn' },
          { language: 'sr-Cyrl', id: 'statement-sr-cyrl' },
        ],
      },
    },
    {
      id: 'statement-sr-latn',
      url: 'https://example.org/sr/izjava',
      title: 'Izjava o zajedničkoj vežbi',
      language: 'sr-Latn',
      date_published: '2026-03-01T12:00:00+01:00',
      content_text: 'Zajednička vežba se danas završava. Zahvaljujemo svima koji su učestvovali.',
      _mlo: { type: 'statement' },
    },
    {
      id: 'statement-sr-cyrl',
      title: 'Изјава о заједничкој вежби',
      language: 'sr-Cyrl',
      date_published: '2026-03-01T12:00:00+01:00',
      content_text: 'Заједничка вежба се данас завршава. Захваљујемо свима који су учествовали.',
      _mlo: { type: 'statement' },
    },
  ],
};

/** The statement in three versions, opened on `item` (Variants and Languages). */
export const translations: Story = {
  args: { item: 'statement-en' },
  loaders: [],
  render: (args) => article(args, statementFeed),
};

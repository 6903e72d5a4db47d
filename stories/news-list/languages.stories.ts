import type { Meta } from '@storybook/web-components-vite';
import { base, filters, list, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/News list/Languages' };
export default meta;

/** Serbian, Latin script: the page's language (the toolbar shows it). */
export const SerbianLatin: Story = { name: 'Serbian (Latin)', globals: { lang: 'sr-Latn' } };

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = { name: 'Serbian (Cyrillic)', globals: { lang: 'sr-Cyrl' } };

/** The filter bar in Serbian Cyrillic. */
export const FiltersSerbianCyrillic: Story = {
  name: 'Filters in Serbian Cyrillic',
  ...filters,
  globals: { lang: 'sr-Cyrl' },
};

/**
 * The worst case for Cyrillic: Serbian titles with long compound words, two and three lines in
 * a column, long words in the summaries, every item type; in Cyrillic script.
 */
export const CyrillicWorstCase: Story = {
  name: 'Cyrillic worst case',
  globals: { lang: 'sr-Cyrl' },
  loaders: [],
  render: (args) =>
    list(args, {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Канцеларија за везу',
      language: 'sr-Cyrl',
      items: [
        {
          id: 'c1',
          url: 'https://newsroom.example/c1',
          title:
            'Међународна конференција о унапређењу безбедносно-одбрамбене сарадње и интероперабилности',
          summary:
            'Представници министарстава одбране разговарали су о противминском деловању, телекомуникационим системима и заједничким вежбама.',
          date_published: '2024-05-14T09:00:00Z',
        },
        {
          id: 'c2',
          url: 'https://newsroom.example/c2',
          title: 'Саопштење поводом посете високог представништва',
          summary: 'Кратко.',
          date_published: '2024-05-10T09:00:00Z',
          _mlo: { type: 'statement' },
        },
        {
          id: 'c3',
          url: 'https://newsroom.example/c3',
          title: 'Посета',
          date_published: '2024-05-02T09:00:00Z',
          _mlo: { type: 'visit' },
        },
      ],
    }),
};

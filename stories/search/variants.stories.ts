import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { base, focusField, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/Search/Variants' };
export default meta;

/** Results for "belgrade", grouped by type, the matched words marked. Arrow keys move, Enter chooses. */
export const Results: Story = { name: 'Results', args: { value: 'belgrade' }, play: focusField };

/** A folded match: "vucic" finds and marks "Vučić". */
export const FoldedMatch: Story = {
  name: 'Folded match',
  args: { value: 'vucic' },
  play: focusField,
};

/** Only quotes (`type="quote"`), at most three. */
export const QuotesOnly: Story = {
  name: 'Quotes only',
  args: { value: 'belgrade', type: ['quote'], limit: 3 },
  play: focusField,
};

/**
 * With `action`: a real search form to your site's search page (`q`, GET) with a Search button,
 * which a server render offers before the script runs. Enter on a chosen result opens it;
 * Enter or the button with no result chosen opens your search page.
 */
export const FormToSearchPage: Story = {
  name: 'Form to a search page',
  args: { action: '/search/' },
};

/** With `target`: the search filters a news list on the page instead of showing a list. */
export const FilterANewsList: Story = {
  name: 'Filter a news list',
  render: (
    args,
    { loaded },
  ) => html`<mlo-search target="story-news" .feed=${loaded.feed} .value=${args.value}></mlo-search>
    <mlo-news-list id="story-news" layout="compact" limit="20" type="article statement quote visit" .feed=${loaded.feed}></mlo-news-list>`,
};

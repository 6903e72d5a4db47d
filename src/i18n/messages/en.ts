/** English messages. British spelling, sentence case, the typographic ellipsis and quotes. */
import { formatNumber, plural } from '../format.js';
import type { ErrorDetails, Messages } from '../messages.js';

const withStatus = (details?: ErrorDetails): string =>
  details?.status ? ` (HTTP ${details.status})` : '';

export const en: Messages = {
  state: {
    loading: 'Loading news…',
    empty: 'No news to show.',
    stale: 'Showing saved news; the latest could not be loaded.',
    errorTitle: 'News could not be loaded.',
    openFeed: 'Open the feed',
    retry: 'Retry',
    loaded: 'News loaded.',
    noArticle: 'No article to show.',
    noQuote: 'No quote to show.',
    noVisit: 'No visit to show.',
    noContact: 'No contact details to show.',
  },
  errors: {
    timeout: () => 'The news feed took too long to respond.',
    network: () =>
      'The news feed could not be reached: a network error, or the feed does not allow this site to read it (CORS).',
    'not-found': () => 'The news feed was not found (404).',
    http: (details) => `The news feed returned an error${withStatus(details)}.`,
    server: (details) =>
      `The news server had a problem${withStatus(details)}. Please try again later.`,
    'rate-limited': () => 'The news server is busy. Please try again in a few minutes.',
    'not-json': () =>
      'The address returned a web page or another document, not a news feed (JSON Feed, RSS or Atom).',
    parse: (details) =>
      details?.line
        ? `The news feed is damaged or incomplete (line ${formatNumber('en', details.line)}).`
        : 'The news feed is damaged or incomplete.',
    'too-large': (details) =>
      details?.megabytes
        ? `The news feed is too large (over ${formatNumber('en', details.megabytes)} MB).`
        : 'The news feed is too large.',
    schema: () => 'The address did not return a news feed we can read (JSON Feed, RSS or Atom).',
    aborted: () => 'Loading was cancelled.',
  },
  list: {
    label: 'Newsroom',
    loadMore: 'Load more',
    moreFailed: 'Older news could not be loaded.',
    showNew: (count) => plural('en', count, { one: 'Show # new item', other: 'Show # new items' }),
    newWaiting: (count) =>
      plural('en', count, {
        one: '# new item is waiting at the top of the list.',
        other: '# new items are waiting at the top of the list.',
      }),
    readMore: 'Read more',
    readFullArticle: 'Read the full article',
    showing: (shown, total) =>
      `Showing ${formatNumber('en', shown)} of ${formatNumber('en', total)}`,
    skipped: (count) =>
      plural('en', count, {
        one: '# item could not be shown',
        other: '# items could not be shown',
      }),
    pinned: 'Pinned',
  },
  filters: {
    label: 'Filter the news',
    type: 'Type:',
    tag: 'Topic:',
    year: 'Year:',
    all: 'All',
    matching: (count) => plural('en', count, { one: '# item matches.', other: '# items match.' }),
    none: 'No news matches these filters.',
    follow: 'Follow:',
    feed: 'Feed',
  },
  item: {
    published: (date) => `Published ${date}`,
    updated: (date) => `Updated ${date}`,
    photo: 'Photo:',
    by: () => 'By',
    tags: 'Tags',
    table: 'Table',
    newTab: '(opens in a new tab)',
    audio: 'Audio',
    video: 'Video',
    note: 'Note',
    image: 'Image',
  },
  types: { article: 'Article', statement: 'Statement', quote: 'Quote', visit: 'Visit' },
  typesPlural: { article: 'Articles', statement: 'Statements', quote: 'Quotes', visit: 'Visits' },
  share: {
    share: 'Share',
    copied: 'Link copied.',
    copyByHand: 'Copy the link from the field.',
    link: 'Link',
    copyQuote: 'Copy quote',
    quoteCopied: 'Quote copied.',
    copyQuoteByHand: 'Copy the selected quote.',
    alsoIn: 'Also in:',
  },
  quote: {
    label: 'Quotes',
    source: 'Source',
    pause: 'Pause rotation',
    resume: 'Resume rotation',
    position: (index, total) =>
      `Quote ${formatNumber('en', index)} of ${formatNumber('en', total)}`,
    next: 'Next quote',
    previous: 'Previous quote',
  },
  visit: {
    visit: 'Visit',
    visitor: 'Visitor',
    metWith: 'Met with',
    location: 'Location',
  },
  contact: {
    contact: 'Contact',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
  },
  search: {
    label: 'Search the newsroom',
    placeholder: 'Search…',
    submit: 'Search',
    results: (count) => plural('en', count, { one: '# result', other: '# results' }),
    noResults: (query) => `No results for “${query}”`,
    clear: 'Clear search',
    prompt: 'Type to search',
    heading: 'Results',
    archiveFailed: 'Part of the search index could not be loaded.',
  },
};

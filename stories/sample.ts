/**
 * The sample newsroom (demo/data/newsroom.json, served at ./data/ by .storybook/main.ts), read
 * by a story loader and handed to the widgets as `.feed`.
 */
export const sample = async () => ({
  feed: (await (await fetch('./data/newsroom.json')).json()) as unknown,
});

/** A JSON Feed of `items` (and the feed-level `extra`, such as `_mlo`). */
export const feedOf = (items: unknown[], language = 'en', extra: object = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Newsroom',
  language,
  items,
  ...extra,
});

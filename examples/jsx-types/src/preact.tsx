// Preact's JSX knows the tags, their props and their events.
import type {} from 'mlo-newsroom/jsx/preact';
import 'mlo-newsroom/mlo-news-list.js';

export const list = (
  <mlo-news-list
    src="/news.json"
    limit="3"
    heading-level={2}
    onmlo-load={(e) => console.log(e.items.length)}
    onmlo-select={(e) => e.preventDefault()}
  />
);
// @ts-expect-error -- "many" is not a number
export const bad = <mlo-news-list limit="many" />;

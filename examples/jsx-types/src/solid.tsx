// Solid's JSX knows the tags, their props and their events.
import type {} from 'mlo-newsroom/jsx/solid';
import 'mlo-newsroom/mlo-search.js';

export const search = () => (
  <mlo-search
    src="/news.json"
    limit={5}
    on:mlo-search={(e) => console.log(e.query, e.count)}
    on:mlo-select={(e) => console.log(e.item.url)}
  />
);
// @ts-expect-error -- the search has no layout
export const bad = () => <mlo-search layout="grid" />;

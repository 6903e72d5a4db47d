// React 19 also takes the element itself: with these types, its props and events are checked.
import type {} from 'mlo-newsroom/jsx/react';
import 'mlo-newsroom/mlo-news-list.js';

export function RawNewsList() {
  return (
    <mlo-news-list
      src="/news.json"
      limit={2}
      onmlo-select={(e) => {
        e.preventDefault();
        console.log('chose', e.item.url);
      }}
    />
  );
}

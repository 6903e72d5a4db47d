import { useState } from 'react';
// One wrapper per element: this page downloads <mlo-news-list> and no other element.
import { MloNewsList } from 'mlo-newsroom/react/mlo-news-list.js';
import { RawNewsList } from './RawElement';

export function App() {
  const [count, setCount] = useState<number>();
  return (
    <main>
      <h1>Latest news</h1>
      <MloNewsList
        src="/news.json"
        limit={3}
        layout="compact"
        onMloLoad={(e) => setCount(e.items.length)}
        onMloSelect={(e) => console.log('chose', e.item.url)}
      />
      <p>{count === undefined ? 'Loading…' : `${count} items in the feed.`}</p>
      <h2>The element itself (React 19)</h2>
      <RawNewsList />
    </main>
  );
}

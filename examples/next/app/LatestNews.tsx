'use client';
// Event handlers are functions: they live in a client component.
import { useState } from 'react';
import { MloNewsList } from 'mlo-newsroom/react/mlo-news-list.js';

export function LatestNews() {
  const [count, setCount] = useState<number>();
  return (
    <>
      <MloNewsList
        src="/news.json"
        limit={2}
        layout="compact"
        onMloLoad={(e) => setCount(e.items.length)}
        onMloSelect={(e) => console.log('chose', e.item.url)}
      />
      <p>{count === undefined ? 'Loading…' : `${count} items in the feed.`}</p>
    </>
  );
}

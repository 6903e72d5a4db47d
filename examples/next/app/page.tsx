// A Server Component: the wrapper is a client component ('use client' is in the package), so it
// takes serializable props here. Its server HTML carries src, limit and lang as attributes.
import { MloNewsList } from 'mlo-newsroom/react/mlo-news-list.js';
import { LatestNews } from './LatestNews';

export default function Home() {
  return (
    <main>
      <h1>Latest news</h1>
      <MloNewsList src="/news.json" limit={3} lang="en" />
      <h2>With event handlers, in a client component</h2>
      <LatestNews />
      <p>
        <a href="/rendered">The list rendered on the server</a>
      </p>
    </main>
  );
}

// The list rendered on the server with mlo-newsroom-server: items in the HTML (declarative
// shadow DOM), readable with scripts off; the browser element takes it over without a request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFeed } from 'mlo-newsroom-server';
import { DefineNewsList } from './DefineNewsList';

export default function Rendered() {
  const feed: unknown = JSON.parse(readFileSync(join(process.cwd(), 'public/news.json'), 'utf8'));
  const html = renderFeed(feed, { element: 'mlo-news-list', limit: 3 });
  return (
    <main>
      <h1>Latest news, rendered on the server</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
      <DefineNewsList />
    </main>
  );
}

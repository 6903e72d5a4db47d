'use client';
// Defines <mlo-news-list> in the browser. A raw element in a Server Component is never defined
// there: some client component has to import it.
import 'mlo-newsroom/mlo-news-list.js';

export function DefineNewsList() {
  return null;
}

'use client';
/**
 * Every React wrapper (`mlo-newsroom/react`); importing it registers all six elements. A page
 * that uses one widget imports its own wrapper, `mlo-newsroom/react/mlo-news-list.js`, and
 * downloads no other element (src/react/wrap.ts says what a wrapper does).
 *
 * ```tsx
 * import { MloNewsList } from 'mlo-newsroom/react/mlo-news-list.js';
 * <MloNewsList feed={feed} limit={5} onMloSelect={(e) => { e.preventDefault(); navigate(e.item.url); }} />
 * ```
 *
 * React 19 sets properties on custom elements itself, but gives no typed `onMlo…` props, and
 * React 17/18 do neither; the wrappers cover all three.
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
export { MloNewsList } from './react/mlo-news-list.js';
export { MloArticle } from './react/mlo-article.js';
export { MloSearch } from './react/mlo-search.js';
export { MloQuote } from './react/mlo-quote.js';
export { MloVisitCard } from './react/mlo-visit-card.js';
export { MloContactCard } from './react/mlo-contact-card.js';

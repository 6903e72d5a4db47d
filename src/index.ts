/**
 * mlo-newsroom: element classes, events, types and the data API. Registers nothing; import
 * `mlo-newsroom/define.js` (all elements) or `mlo-newsroom/mlo-news-list.js` (one) for that.
 */
export { MloNewsList } from './components/news-list/news-list.js';
export { MloArticle } from './components/article/article.js';
export { MloSearch } from './components/search/search.js';
export { MloQuote } from './components/quote/quote.js';
export { MloVisitCard } from './components/visit-card/visit-card.js';
export { MloContactCard } from './components/contact-card/contact-card.js';
export { MloFeedElement } from './internal/feed-element.js';
export type { FeedState } from './internal/feed-controller.js';
export { MloErrorEvent, MloLoadEvent, MloSearchEvent, MloSelectEvent } from './events.js';
export * from './feed/index.js';
export { defineElement } from './internal/define-element.js';
export {
  LANGS,
  matchLang,
  toScript,
  latinToCyrillic,
  cyrillicToLatin,
  type Lang,
} from './i18n/index.js';

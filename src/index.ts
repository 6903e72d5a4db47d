/**
 * mlo-newsroom: element classes, events, types and the data API. Registers nothing; import
 * `mlo-newsroom/define.js` (all elements) or `mlo-newsroom/mlo-news-list.js` (one) for that.
 *
 * What is stable (semver: breaking changes only in a major version, 0.x counting minors):
 * - the elements' tags, attributes, properties, events, CSS parts and custom properties, as
 *   `custom-elements.json` lists them, and their classes below;
 * - the event classes, the feed types and the data API (`loadFeed`, `normalizeFeed`,
 *   `requestFeed`, `selectItems`, …), `FeedError` and its reasons, the language helpers.
 *
 * What is not: `MloFeedElement` (exported so that `instanceof` and typings work; subclassing
 * it is not supported and its protected members change without notice) and `defineElement`
 * (how the register files define a tag; its result values may grow). Everything under
 * `internal/` that is not re-exported here is private.
 */
// elements:start (generated from src/elements.json by `npm run elements`)
export { MloNewsList } from './components/news-list/news-list.js';
export { MloArticle } from './components/article/article.js';
export { MloSearch } from './components/search/search.js';
export { MloQuote } from './components/quote/quote.js';
export { MloVisitCard } from './components/visit-card/visit-card.js';
export { MloContactCard } from './components/contact-card/contact-card.js';
// elements:end
/** @experimental The shared base class: for `instanceof` and types, not for subclassing. */
export { MloFeedElement } from './internal/feed-element.js';
export type { FeedState } from './internal/feed-controller.js';
export {
  MloErrorEvent,
  MloLoadEvent,
  MloSearchEvent,
  MloSelectEvent,
  MloUpdateEvent,
} from './events.js';
export * from './feed/index.js';
/** @experimental How the register files define a tag; see the module doc. */
export { defineElement } from './internal/define-element.js';
export {
  LANGS,
  matchLang,
  toScript,
  latinToCyrillic,
  cyrillicToLatin,
  type Lang,
} from './i18n/index.js';

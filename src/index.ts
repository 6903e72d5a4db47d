/**
 * mlo-newsroom: element classes, events, types and the data API. Registers nothing; import
 * `mlo-newsroom/define.js` (all elements) or `mlo-newsroom/mlo-news-list.js` (one) for that.
 *
 * Every name is listed here on purpose (no `export *`): adding one is a decision recorded in
 * CHANGELOG.md and in `npm run test:pack`'s list of names. `npm run lint` (knip) fails on an
 * export of any other module that nothing imports.
 * What is stable (semver: breaking changes only in a major version, 0.x counting minors):
 * - the elements' tags, attributes, properties, events, CSS parts and custom properties, as
 *   `custom-elements.json` lists them, and their classes below (each class's `@status` and
 *   `@since` say how settled it is and since when);
 * - the event classes, the feed types and the data API below, `FeedError` and its reasons, the
 *   language helpers.
 *
 * What is not: `MloFeedElement` (exported so that `instanceof` and typings work; subclassing
 * it is not supported and its protected members change without notice). Everything else in
 * the package's modules is private, whatever its file exports.
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

// The feed, as the widgets read it (docs/feed-format.md).
export {
  ITEM_TYPES,
  type ItemType,
  type Person,
  type FeedImage,
  type PostalAddress,
  type ContactPoint,
  type Attachment,
  type FeedItem,
  type Feed,
  type NormalizedFeed,
} from './feed/types.js';
export { FeedError, isFeedError, type FeedErrorReason } from './feed/errors.js';
// Loading and reading a feed yourself: what each widget does with its `src` or `.feed`.
export { loadFeed, type LoadOptions } from './feed/load.js';
export { requestFeed, clearFeedCache, type RequestOptions } from './feed/cache.js';
export {
  normalizeFeed,
  normalizeFeedInSlices,
  type NormalizeOptions,
  type SliceOptions,
  type FeedProblem,
} from './feed/normalize.js';
export { selectItems, type SelectOptions } from './feed/select.js';
// RSS, RSS 1.0 and Atom to JSON Feed, for a converter or a server (the widgets load these
// lazily; imported from here they are static).
export { sniffFeed, type FeedKind } from './feed/sniff.js';
export {
  readXmlFeed,
  xmlToJsonFeed,
  type XmlReadOptions,
  type DomParserLike,
  type MapOptions,
} from './feed/xml/read-xml.js';
// Languages.
export { LANGS, matchLang, toScript, type Lang } from './i18n/index.js';

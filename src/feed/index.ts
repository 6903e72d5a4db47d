export type * from './types.js';
export { ITEM_TYPES } from './types.js';
export { FeedError, isFeedError, type FeedErrorReason } from './errors.js';
export { FeedSchema, ItemSchema, ContactSchema, PersonSchema } from './schema.js';
export {
  normalizeFeed,
  normalizeFeedInSlices,
  MAX_ITEMS,
  type NormalizeOptions,
  type SliceOptions,
  type FeedProblem,
} from './normalize.js';
export { loadFeed, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadOptions } from './load.js';
export { requestFeed, cachedFeed, clearFeedCache, type RequestOptions } from './cache.js';
export {
  selectItems,
  preferLanguage,
  sortNewestFirst,
  timeOf,
  type SelectOptions,
} from './select.js';
export { sniffFeed, type FeedKind } from './sniff.js';
export { decodeFeed, type DecodedFeed } from './decode.js';
// RSS, RSS 1.0 and Atom to JSON Feed. The loader imports these lazily; npm users who import them
// here (a converter, a server) get them statically.
export {
  readXmlFeed,
  xmlToJsonFeed,
  type XmlReadOptions,
  type DomParserLike,
  type MapOptions,
} from './xml/read-xml.js';

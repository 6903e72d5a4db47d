export type * from './types.js';
export { ITEM_TYPES } from './types.js';
export { FeedError, isFeedError, type FeedErrorReason } from './errors.js';
export { FeedSchema, ItemSchema, ContactSchema, PersonSchema } from './schema.js';
export { normalizeFeed, normalizeFeedInSlices, MAX_ITEMS, type NormalizeOptions, type SliceOptions } from './normalize.js';
export { loadFeed, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadOptions } from './load.js';
export { requestFeed, cachedFeed, clearFeedCache, type RequestOptions } from './cache.js';
export { selectItems, preferLanguage, sortNewestFirst, timeOf, type SelectOptions } from './select.js';

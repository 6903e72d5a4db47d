/**
 * The feed layer in one import, for the repository's own code and tests. Not the package's
 * API: what a partner may import is chosen name by name in src/index.ts.
 */
export type * from './types.js';
export { ITEM_TYPES } from './types.js';
export { FeedError, type FeedErrorReason } from './errors.js';
export { normalizeFeed, normalizeFeedInSlices } from './normalize.js';
export { loadFeed } from './load.js';
export { requestFeed, cachedFeed, clearFeedCache } from './cache.js';
export { selectItems, preferLanguage, sortNewestFirst } from './select.js';
export { sniffFeed } from './sniff.js';
export { decodeFeed } from './decode.js';
export { readXmlFeed, xmlToJsonFeed } from './xml/read-xml.js';

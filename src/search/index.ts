/**
 * Search for newsroom items: folding (case, diacritics, Cyrillic to Latin), an in-memory
 * index with prefix and typo matching, and highlighting over the original text. No DOM.
 */
export { fold, foldWithMap } from './fold.js';
export { tokenize } from './tokenize.js';
export { stripTags } from '../util/strip-tags.js';
export { SEARCH_FIELDS, type SearchField } from './fields.js';
export { SearchIndex, type SearchHit } from './search-index.js';
export { highlight, type HighlightSegment } from './highlight.js';

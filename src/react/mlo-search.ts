'use client';
/**
 * `<mlo-search>` for React: search over the newsroom's items. Registers this element only.
 *
 * ```tsx
 * import { MloSearch } from 'mlo-newsroom/react/mlo-search.js';
 * ```
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import { MloSearch as SearchElement } from '../components/search/mlo-search.js';
import { searchEvents, wrap } from './wrap.js';

export const MloSearch = wrap('mlo-search', SearchElement, searchEvents);

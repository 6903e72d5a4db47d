'use client';
/**
 * `<mlo-news-list>` for React: the newsroom's latest items. Registers this element only.
 *
 * ```tsx
 * import { MloNewsList } from 'mlo-newsroom/react/mlo-news-list.js';
 * ```
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import { MloNewsList as NewsListElement } from '../components/news-list/mlo-news-list.js';
import { selectEvents, wrap } from './wrap.js';

export const MloNewsList = wrap('mlo-news-list', NewsListElement, selectEvents);

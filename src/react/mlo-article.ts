'use client';
/**
 * `<mlo-article>` for React: one item in full. Registers this element only.
 *
 * ```tsx
 * import { MloArticle } from 'mlo-newsroom/react/mlo-article.js';
 * ```
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import { MloArticle as ArticleElement } from '../components/article/mlo-article.js';
import { feedEvents, wrap } from './wrap.js';

export const MloArticle = wrap('mlo-article', ArticleElement, feedEvents);

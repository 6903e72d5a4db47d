/**
 * The script-tag entry (`dist/cdn/mlo-newsroom.js` and `dist/cdn/mlo-newsroom.iife.js`):
 * registers every element, Lit bundled in. It exports nothing on purpose: a page that pastes one
 * script tag wants the elements, and every export here would cost bytes in the size budget.
 *
 * What loads only when needed (separate chunks in the module build; inlined in the IIFE):
 * - `<mlo-search>` and its engine, when the tag first appears in the document (lazy-define.ts);
 * - the HTML sanitizer (DOMPurify), when an article has `content_html` to show.
 * npm users get the same split from their bundler: `mlo-newsroom/define.js` registers all six.
 */
// src/define.ts's list, with <mlo-search> loaded on demand below; the hostile suite renders all
// six from this build, so an element missing here fails it.
import './components/news-list/mlo-news-list.js';
import './components/article/mlo-article.js';
import './components/quote/mlo-quote.js';
import './components/visit-card/mlo-visit-card.js';
import './components/contact-card/mlo-contact-card.js';
import { lazyDefine } from './internal/lazy-define.js';

lazyDefine('mlo-search', () => import('./components/search/mlo-search.js'));

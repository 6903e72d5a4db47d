/**
 * Registers every mlo-newsroom element. The one side effect for npm users.
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import './components/news-list/mlo-news-list.js';
import './components/article/mlo-article.js';
import './components/search/mlo-search.js';
import './components/quote/mlo-quote.js';
import './components/visit-card/mlo-visit-card.js';
import './components/contact-card/mlo-contact-card.js';

// The event types and the typed event map, as each element's entry point has them.
export type { MloErrorEvent, MloLoadEvent, MloSearchEvent, MloSelectEvent } from './events.js';

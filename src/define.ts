/**
 * Registers every mlo-newsroom element. The one side effect for npm users. A new element goes
 * here and in src/cdn.ts (the script-tag build, which loads `<mlo-search>` on demand).
 */
import './components/news-list/mlo-news-list.js';
import './components/article/mlo-article.js';
import './components/search/mlo-search.js';
import './components/quote/mlo-quote.js';
import './components/visit-card/mlo-visit-card.js';
import './components/contact-card/mlo-contact-card.js';

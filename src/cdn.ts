/**
 * The script-tag entry (`dist/cdn/mlo-newsroom.js` and `dist/cdn/mlo-newsroom.iife.js`):
 * registers every element, Lit bundled in. It exports nothing on purpose: a page that pastes one
 * script tag wants the elements, and every export here would cost bytes in the size budget.
 * The sanitizer (DOMPurify) and the search engine stay behind dynamic imports, so the module
 * build loads them only when a widget needs them.
 */
import './define.js';

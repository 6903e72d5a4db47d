/**
 * The script-tag loader (`dist/cdn/mlo-newsroom.js`, `<script type="module">`): under 2 kB, it
 * finds the `<mlo-*>` elements in the page (and those added later), fetches each one's code once
 * from `dist/cdn/chunks/`, next to itself, with the code the elements share in one chunk fetched
 * beside it, and starts each feed request as soon as it sees an element's `src` (src/loader/).
 * It exports nothing: a page that pastes one script tag wants the elements.
 *
 * What loads later still: `<mlo-search>`'s engine on the first query, the HTML sanitizer when an
 * article has an HTML body, the RSS/Atom reader when a feed is XML; the Serbian language pack
 * when a widget speaks Serbian (started here, beside the element's code).
 * npm users get the same split from their bundler: `mlo-newsroom/mlo-news-list.js` registers one.
 */
import { start } from './loader/start.js';

start(import.meta.url);

/**
 * The one-file build (`dist/cdn/mlo-newsroom.iife.js`), for pages that need a single file or
 * Subresource Integrity on everything: one self-contained classic script that registers all six
 * elements at once. It cannot import() a chunk, so DOMPurify, the search engine and the RSS/Atom
 * reader are inlined (still evaluated only when first needed).
 */
import './define.js';

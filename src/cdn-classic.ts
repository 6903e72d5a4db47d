/**
 * The classic-script entry (`dist/cdn/mlo-newsroom.iife.js`), for pages that cannot load modules:
 * one self-contained file that registers all six elements at once. A classic script cannot
 * import() a chunk, so the lazy loading of src/cdn.ts would only add wrappers here; DOMPurify
 * and the search engine are still evaluated only when first needed (their imports are inlined).
 */
import './define.js';

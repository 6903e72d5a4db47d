/**
 * The classic-script loader (`dist/cdn/mlo-newsroom.classic.js`), for tag managers and CMSs that
 * allow only a plain `<script src>`: the same loader as src/cdn.ts. A classic script may
 * `import()` modules too; it finds the chunks relative to its own URL, read while it runs.
 */
import { start } from './loader/start.js';

const script = document.currentScript;
start(script instanceof HTMLScriptElement ? script.src : document.baseURI);

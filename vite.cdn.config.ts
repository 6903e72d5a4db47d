import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The script-tag build (`vite build -c vite.cdn.config.ts`, part of `npm run build`):
 *
 *   dist/cdn/mlo-newsroom.js       ES module, code-split: DOMPurify and the search engine are
 *                                  lazy chunks in dist/cdn/chunks/, fetched next to the entry
 *                                  (relative to import.meta.url) only when a widget needs them.
 *   dist/cdn/mlo-newsroom.iife.js  one classic script for pages that cannot load modules;
 *                                  dynamic imports are inlined, so it is self-contained.
 *
 * Unlike the npm build (vite.config.ts) everything is bundled: Lit, DOMPurify, valibot.
 * Budgets are checked after the build by scripts/check-sizes.mjs.
 */
export default defineConfig({
  // Not demo/ (the dev server's root): this config builds only src/cdn.ts.
  root: here,
  // Production: Lit's `development` export condition is off (no dev-mode warnings, smaller),
  // and `process.env.NODE_ENV` is settled here, since a script tag has no bundler after us.
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // The CDN build has no HTML and no public assets.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(here, 'dist/cdn'),
    // Only dist/cdn: drops chunks of earlier builds (their hashes change); the npm build's
    // files in dist/ are untouched.
    emptyOutDir: true,
    // Custom elements, shadow DOM and class fields everywhere we support; no down-levelling.
    target: 'es2022',
    sourcemap: true,
    // Library mode: no HTML, no modulepreload helper around dynamic imports.
    lib: { entry: resolve(here, 'src/cdn.ts'), name: 'MloNewsroom' },
    rolldownOptions: {
      output: [
        {
          format: 'es',
          entryFileNames: 'mlo-newsroom.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Vite keeps whitespace and /*#__PURE__*/ comments in an ES library for the next
          // bundler; nothing bundles a CDN file again, so minify it fully.
          minify: true,
          comments: false,
        },
        {
          format: 'iife',
          name: 'MloNewsroom',
          entryFileNames: 'mlo-newsroom.iife.js',
          // One file: a classic script cannot import() a chunk.
          codeSplitting: false,
          // A classic script is decoded in the page's charset unless the server says UTF-8; on a
          // windows-1252 page the Cyrillic messages would be mojibake or a syntax error. Escaped
          // to ASCII it reads the same everywhere. (Module scripts are always UTF-8.)
          charset: 'ascii',
          minify: true,
          comments: false,
        },
      ],
    },
  },
});

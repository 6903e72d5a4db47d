import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import minifyLiterals from './scripts/minify-literals.mjs';
import ownKeysRuntime from './scripts/own-keys-runtime.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The script-tag build, two passes (part of `npm run build` and `npm start`):
 *
 *   vite build -c vite.cdn.config.ts          dist/cdn/mlo-newsroom.js, an ES module from
 *       src/cdn.ts, code-split: <mlo-search>, its engine and DOMPurify are lazy chunks in
 *       dist/cdn/chunks/, fetched next to the entry (relative to import.meta.url) only when a
 *       page needs them.
 *   vite build -c vite.cdn-classic.config.ts  dist/cdn/mlo-newsroom.iife.js, one classic script
 *       from src/cdn-classic.ts for pages that cannot load modules; it cannot import() a chunk,
 *       so it registers all six elements eagerly and carries DOMPurify and the engine inline.
 *
 * Unlike the npm build (vite.config.ts) everything is bundled: Lit, DOMPurify, valibot. The CSS
 * and markup in Lit's template literals are minified too (scripts/minify-literals.mjs). Budgets
 * are checked after the build by scripts/check-sizes.mjs.
 */
export function cdnConfig(kind: 'module' | 'classic'): UserConfig {
  const classic = kind === 'classic';
  return {
    // Not demo/ (the dev server's root): this config builds only the script-tag entries.
    root: here,
    // Production: Lit's `development` export condition is off (no dev-mode warnings, smaller),
    // and `process.env.NODE_ENV` is settled here, since a script tag has no bundler after us.
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // The CDN build has no HTML and no public assets.
    publicDir: false,
    plugins: [minifyLiterals(), ownKeysRuntime()],
    logLevel: 'warn',
    build: {
      outDir: resolve(here, 'dist/cdn'),
      // The module pass runs first and empties dist/cdn (chunk hashes change from build to
      // build); the classic pass adds its file. The npm build's files in dist/ are untouched.
      emptyOutDir: !classic,
      // Custom elements, shadow DOM and class fields everywhere we support; no down-levelling.
      target: 'es2022',
      sourcemap: true,
      // Library mode: no HTML, no modulepreload helper around dynamic imports.
      lib: {
        entry: resolve(here, classic ? 'src/cdn-classic.ts' : 'src/cdn.ts'),
        name: 'MloNewsroom',
        formats: [classic ? 'iife' : 'es'],
      },
      rolldownOptions: {
        // The entry exports nothing, so the bundler may give it exports for the lazy chunks: the
        // code they share with it stays in the entry instead of becoming a second up-front file.
        preserveEntrySignatures: 'allow-extension',
        output: classic
          ? {
              format: 'iife',
              name: 'MloNewsroom',
              entryFileNames: 'mlo-newsroom.iife.js',
              // One file: a classic script cannot import() a chunk.
              codeSplitting: false,
              // A classic script is decoded in the page's charset unless the server says UTF-8;
              // on a windows-1252 page the Cyrillic messages would be mojibake or a syntax error.
              // Escaped to ASCII it reads the same everywhere. (Module scripts are always UTF-8.)
              charset: 'ascii',
              minify: true,
              comments: false,
            }
          : {
              format: 'es',
              entryFileNames: 'mlo-newsroom.js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Vite keeps whitespace and /*#__PURE__*/ comments in an ES library for the next
              // bundler; nothing bundles a CDN file again, so minify it fully.
              minify: true,
              comments: false,
            },
      },
    },
  };
}

export default defineConfig(cdnConfig('module'));

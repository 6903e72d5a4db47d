import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { elementChunks, readManifest, MANIFEST } from './scripts/cdn-graph.mjs';
import { readElements, registration } from './scripts/elements.mjs';
import minifyLiterals from './scripts/minify-literals.mjs';
import ownKeysRuntime from './scripts/own-keys-runtime.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The passes of the script-tag build, in the order scripts/build.mjs runs them. */
export type CdnPass = 'elements' | 'loader' | 'classic' | 'bundle';

/**
 * The script-tag build, four passes (`npm run build:cdn`, part of `npm run build`; scripts/build.mjs
 * runs them one by one with MLO_CDN_PASS set):
 *
 *   elements  dist/cdn/chunks/: one ES module per element (its registration file), the code they
 *             share in one `shared` chunk, and the lazy chunks (search engine, sanitizer with
 *             DOMPurify, RSS/Atom reader); dist/cdn/manifest.json, the chunk graph.
 *   loader    dist/cdn/mlo-newsroom.js, the module loader (src/cdn.ts) with the chunk graph
 *             written in: tag → [its chunk, the chunks it imports].
 *   classic   dist/cdn/mlo-newsroom.classic.js, the same loader as a classic script.
 *   bundle    dist/cdn/mlo-newsroom.iife.js, everything in one classic script (src/cdn-bundle.ts).
 *
 * Unlike the npm build (vite.config.ts) everything is bundled: Lit and DOMPurify. The CSS
 * and markup in Lit's template literals are minified too (scripts/minify-literals.mjs). Budgets
 * are checked after the build by scripts/check-sizes.mjs.
 */
export function cdnConfig(pass: CdnPass): UserConfig {
  const iife = pass === 'classic' || pass === 'bundle';
  const loader = pass === 'loader' || pass === 'classic';
  const entry =
    pass === 'elements'
      ? Object.fromEntries(
          readElements().map((el) => [el.tag, resolve(here, `src/${registration(el)}.ts`)]),
        )
      : resolve(
          here,
          { loader: 'src/cdn.ts', classic: 'src/cdn-classic.ts', bundle: 'src/cdn-bundle.ts' }[
            pass
          ],
        );
  return {
    // Not demo/ (the dev server's root): this config builds only the script-tag files.
    root: here,
    // Production: Lit's `development` export condition is off (no dev-mode warnings, smaller),
    // and `process.env.NODE_ENV` is settled here, since a script tag has no bundler after us.
    mode: 'production',
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      ...(loader
        ? {
            __MLO_CHUNKS__: JSON.stringify(elementChunks(readManifest())),
            __MLO_SERBIAN__: JSON.stringify(`./${readManifest()['src/i18n/serbian.ts'].file}`),
          }
        : {}),
    },
    // The CDN build has no HTML and no public assets.
    publicDir: false,
    plugins: [minifyLiterals(), ownKeysRuntime()],
    logLevel: 'warn',
    build: {
      outDir: resolve(here, 'dist/cdn'),
      // The elements pass runs first and empties dist/cdn (chunk hashes change from build to
      // build); the others add their file. The npm build's files in dist/ are untouched.
      emptyOutDir: pass === 'elements',
      // The chunk graph the loaders and the size checks read.
      manifest: pass === 'elements' ? MANIFEST : false,
      // Custom elements, shadow DOM and class fields everywhere we support; no down-levelling.
      target: 'es2022',
      sourcemap: true,
      // Library mode: no HTML, no modulepreload helper (the loader fetches side by side itself).
      lib: { entry, name: 'MloNewsroom', formats: [iife ? 'iife' : 'es'] },
      rolldownOptions: {
        // The element chunks need no exports: the loader only runs them.
        preserveEntrySignatures: pass === 'elements' ? false : 'allow-extension',
        output: {
          format: iife ? 'iife' : 'es',
          ...(iife ? { name: 'MloNewsroom' } : {}),
          entryFileNames: {
            elements: 'chunks/[name]-[hash].js',
            loader: 'mlo-newsroom.js',
            classic: 'mlo-newsroom.classic.js',
            bundle: 'mlo-newsroom.iife.js',
          }[pass],
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Every piece of code two elements use goes into one `shared` chunk, which the loader
          // fetches beside the element's own: two round trips at most, not a chain of small files.
          // Lazy chunks (imported by one module) stay apart. The classic scripts are one file.
          codeSplitting: iife
            ? false
            : pass === 'elements'
              ? { groups: [{ name: 'shared', minShareCount: 2 }] }
              : true,
          // A classic script is decoded in the page's charset unless the server says UTF-8;
          // on a windows-1252 page the Cyrillic messages would be mojibake or a syntax error.
          // Escaped to ASCII it reads the same everywhere. (Module scripts are always UTF-8.)
          ...(iife ? { charset: 'ascii' as const } : {}),
          // Vite keeps whitespace and /*#__PURE__*/ comments in an ES library for the next
          // bundler; nothing bundles a CDN file again, so minify it fully.
          minify: true,
          comments: false,
        },
      },
    },
  };
}

export default defineConfig(() => cdnConfig((process.env.MLO_CDN_PASS ?? 'elements') as CdnPass));

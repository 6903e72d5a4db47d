// The chunk graph of the script-tag build, read from the elements build's Vite manifest
// (dist/cdn/manifest.json): which files each element needs before it can render. The loaders
// are built from it (vite.cdn.config.ts), and the size budgets (scripts/check-sizes.mjs), the
// README table and the hostile suite read it, so nothing is summed by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readElements, registration } from './elements.mjs';

export const CDN_DIR = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
export const MANIFEST = 'manifest.json';

/** The Vite manifest of the elements build: source key → { file, imports, dynamicImports }. */
export function readManifest(dir = CDN_DIR) {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) throw new Error(`${path} missing: run \`npm run build:cdn\` first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The manifest key of an element's registration module. */
export const elementKey = (el) => `src/${registration(el)}.ts`;

/** Files (under dist/cdn/) that must load before `keys` run: static imports only, in order. */
export function staticFiles(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return [...seen].map((key) => manifest[key].file);
}

/** tag → [the element's chunk, then every chunk it imports statically], as the loader wants. */
export function elementChunks(manifest = readManifest(), elements = readElements()) {
  return Object.fromEntries(
    elements.map((el) => {
      const key = elementKey(el);
      if (!manifest[key]) throw new Error(`${MANIFEST} has no entry for ${key}`);
      return [el.tag, staticFiles(manifest, [key]).map((file) => `./${file}`)];
    }),
  );
}

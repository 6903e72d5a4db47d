#!/usr/bin/env node
// Writes dist/cdn/mlo-newsroom.css, the partner stylesheet (src/cdn-styles/partner-css.ts), after
// `vite build -c vite.cdn.config.ts` (which empties dist/cdn). Usage: node scripts/emit-partner-css.mjs [out]
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, '../dist/cdn/mlo-newsroom.css');

/** The stylesheet's text, from the TypeScript source (bundled in memory, evaluated here). */
export async function partnerCssText() {
  const r = await build({
    entryPoints: [join(here, '../src/cdn-styles/partner-css.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  const mod = await import(
    `data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`
  );
  return mod.partnerCss();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const css = await partnerCssText();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, css);
  console.log(`wrote ${out} (${css.length} bytes)`);
}

#!/usr/bin/env node
/**
 * `npm run build`: everything in dist/, one named step after another; the first failure stops it.
 *
 *   node scripts/build.mjs        the whole package (what `npm run build` and CI run)
 *   node scripts/build.mjs cdn    only the script-tag files and the partner stylesheet
 *                                 (what `npm start` and the demo test need)
 *
 * Steps, in order:
 *   clean      remove dist/
 *   schema     dist/feed.schema.json from scripts/feed-schema.ts (scripts/gen-schema.mjs)
 *   types      .d.ts files for the npm package (tsc -p tsconfig.build.json), and the
 *              hand-written framework template types (src/jsx/*.d.ts)
 *   npm        the npm package's modules, one per element (vite.config.ts)
 *   server     packages/server/dist/: mlo-newsroom-server, the `mlo-newsroom` command and the
 *              server API (esbuild, Node; declarations by tsc)
 *   cdn        dist/cdn/chunks/: each element, the shared chunk, the lazy chunks, and
 *              dist/cdn/manifest.json, their graph (vite.cdn.config.ts, pass 'elements')
 *   loaders    dist/cdn/mlo-newsroom.js and mlo-newsroom.classic.js, the module and classic
 *              loaders, built from that graph (passes 'loader' and 'classic')
 *   bundle     dist/cdn/mlo-newsroom.iife.js, the one-file build (pass 'bundle')
 *   css        dist/cdn/mlo-newsroom.css, the partner stylesheet (scripts/emit-partner-css.mjs)
 *   manifest   dist/custom-elements.json (custom-elements-manifest.config.mjs)
 *   sizes      the brotli size tables per file and per page, their ceilings, and the README's
 *              "what a page downloads" table (scripts/check-sizes.mjs)
 *   integrity  dist/cdn/integrity.json, SRI hashes (scripts/integrity.mjs)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** A command run from the package root, its output shown as it comes. */
const run =
  (command, ...args) =>
  (env = {}) => {
    const result = spawnSync(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.status !== 0) throw new Error(`exited with ${result.status ?? result.signal}`);
  };
const node = (script, ...args) => run(process.execPath, join(root, script), ...args);

/** One pass of the script-tag build (vite.cdn.config.ts reads which from MLO_CDN_PASS). */
const cdnPass = run(bin('vite'), 'build', '-c', 'vite.cdn.config.ts');

const STEPS = {
  clean: () => rmSync(join(root, 'dist'), { recursive: true, force: true }),
  schema: node('scripts/gen-schema.mjs'),
  types: () => {
    run(bin('tsc'), '-p', 'tsconfig.build.json')();
    // The hand-written template types of frameworks the repository does not depend on
    // (tsc emits no .d.ts for a .d.ts input).
    for (const file of readdirSync(join(root, 'src/jsx')).filter((f) => f.endsWith('.d.ts')))
      cpSync(join(root, 'src/jsx', file), join(root, 'dist/jsx', file));
  },
  npm: run(bin('vite'), 'build'),
  server: node('scripts/build-server.mjs', '--types'),
  cdn: () => cdnPass({ MLO_CDN_PASS: 'elements' }),
  loaders: () => {
    cdnPass({ MLO_CDN_PASS: 'loader' });
    cdnPass({ MLO_CDN_PASS: 'classic' });
  },
  bundle: () => cdnPass({ MLO_CDN_PASS: 'bundle' }),
  css: node('scripts/emit-partner-css.mjs'),
  manifest: run(bin('cem'), 'analyze'),
  sizes: node('scripts/check-sizes.mjs'),
  integrity: node('scripts/integrity.mjs'),
};

const PLANS = {
  all: Object.keys(STEPS),
  cdn: ['cdn', 'loaders', 'bundle', 'css'],
};

const plan = PLANS[process.argv[2] ?? 'all'];
if (!plan) {
  console.error(`usage: node scripts/build.mjs [${Object.keys(PLANS).join('|')}]`);
  process.exit(2);
}
const started = performance.now();
for (const name of plan) {
  const start = performance.now();
  console.log(`\n── build: ${name}`);
  try {
    await STEPS[name]();
  } catch (error) {
    console.error(`\nbuild: step "${name}" failed: ${error.message}`);
    process.exit(1);
  }
  console.log(`── build: ${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
console.log(
  `\nbuild: ${plan.length} steps in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

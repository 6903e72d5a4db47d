#!/usr/bin/env node
// Subresource Integrity for the script-tag build, run by `npm run build`: writes
// dist/cdn/integrity.json, the sha384 of every file a page may fetch (the entry, each lazy chunk,
// the one-file IIFE), keyed by its path under dist/cdn/. An `integrity` attribute on the entry's
// <script> covers the entry only; the chunks it imports later are covered by an import map's
// `integrity` section built from this file (README, Security). Hashes change with every build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const files = (at) =>
  readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(at, entry.name))
      : entry.name.endsWith('.js')
        ? [join(at, entry.name)]
        : [],
  );
const integrity = Object.fromEntries(
  files(dir)
    .map((file) => [
      relative(dir, file).split('\\').join('/'),
      `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`,
    ])
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`dist/cdn/integrity.json: sha384 of ${Object.keys(integrity).length} files`);

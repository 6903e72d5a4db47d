#!/usr/bin/env node
// Generates dist/feed.schema.json from the feed format's Valibot schema (scripts/feed-schema.ts).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const out = await build({
  entryPoints: ['scripts/schema-export.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { feedJsonSchema } = await import(url);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/feed.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log('wrote dist/feed.schema.json');

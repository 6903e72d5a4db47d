// The archive index of 120 items of the synthetic newsroom (bench/search/corpus.ts), in small
// shards, for the browser tests of <mlo-search index>: built from source when the test server
// first serves it (tests/server/faults.mjs), so it is never out of date. Run directly, it
// writes the files to a folder to look at: node scripts/build-archive-fixture.mjs [dir]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArchiveModules } from '../tests/node/archive-bundle.mjs';

export const FIXTURE_ITEMS = 120;
export const FIXTURE_OPTIONS = { shardBytes: 8000, docBytes: 8000 };

export async function buildFixture() {
  const m = await loadArchiveModules();
  return m.buildArchive(m.makeCorpus(FIXTURE_ITEMS).items, FIXTURE_OPTIONS).files;
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2] ?? 'archive-fixture';
  const files = await buildFixture();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`${readdirSync(dir).length} files in ${dir}`);
}

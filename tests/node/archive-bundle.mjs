// The archive index's two halves from source, bundled once for the Node tests and the bench:
// the builder (packages/server) and the widget's loader and search (src/search), with the
// in-memory SearchIndex and the synthetic newsroom (bench/search/corpus.ts) to compare with.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const outfile = `${root}node_modules/.cache/mlo-archive/archive.mjs`;

const entry = `
export { buildArchive } from './packages/server/src/index-build.ts';
export { writeIndex, collectItems } from './packages/server/src/index-command.ts';
export { ArchiveSearch } from './src/search/archive.ts';
export { SearchIndex } from './src/search/index.ts';
export { preferLanguage } from './src/feed/select.ts';
export { makeCorpus } from './bench/search/corpus.ts';
`;

/** Bundles (each call rebuilds: a stale bundle must not pass a test) and imports it. */
export async function loadArchiveModules() {
  mkdirSync(`${root}node_modules/.cache/mlo-archive`, { recursive: true });
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    tsconfig: `${root}tsconfig.json`,
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** A loader over built files in memory, counting requests (what the widget's fetch would do). */
export function memoryLoader(files, base = 'https://archive.test/idx/') {
  const requested = [];
  const load = async (url) => {
    requested.push(url);
    const name = url.startsWith(base) ? url.slice(base.length) : url;
    const text = files.get(name);
    if (text === undefined) throw new Error(`404 ${url}`);
    return JSON.parse(text);
  };
  return { load, requested, url: `${base}index.json` };
}

/** Results for `query` once every file it needs has arrived. */
export async function settle(archive, changed, query, lang, types, limit) {
  for (let round = 0; round < 20; round++) {
    const results = archive.results(query, lang, types, limit);
    if (results || archive.error) return results;
    await changed();
  }
  throw new Error(`no results for ${query} after 20 rounds`);
}

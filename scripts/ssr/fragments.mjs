// Server-rendered fragments for the browser test (tests/e2e/ssr.test.mjs) and the demo page
// (scripts/ssr/demo-page.mjs): built from source with scripts/build-server.mjs into a cache
// folder, then rendered by the same `renderFeed` the command uses.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const ELEMENT_NAMES = [
  'mlo-news-list',
  'mlo-article',
  'mlo-quote',
  'mlo-visit-card',
  'mlo-contact-card',
  'mlo-search',
];
export const LANGS = ['en', 'sr-Latn', 'sr-Cyrl'];

/** The server API built from source (packages/server/src), fresh. */
export async function serverApi() {
  const out = `${root}node_modules/.cache/mlo-server`;
  execFileSync(process.execPath, [`${root}scripts/build-server.mjs`, '--outdir', out], {
    stdio: 'inherit',
  });
  return import(`${out}/index.js`);
}

export const demoFeed = () => JSON.parse(readFileSync(`${root}demo/data/newsroom.json`, 'utf8'));

/** Options per element for a page that shows each once. */
export const OPTIONS = {
  // With the filter bar (hidden until the script, in its room) and the follow line (#30).
  'mlo-news-list': { limit: 4, jsonLd: true, attributes: { filters: 'type year', follow: '' } },
  'mlo-article': { jsonLd: true },
  'mlo-quote': {},
  'mlo-visit-card': {},
  'mlo-contact-card': {},
  // With a search page: a form that works before the script, and must upgrade in place.
  'mlo-search': { attributes: { action: '/find' } },
};

#!/usr/bin/env node
// Sizes of the script-tag build (dist/cdn/), brotli (quality 11, what CDNs serve) and gzip (-9),
// per file and per page: what a page fetches before its first widget is ready, computed from the
// real chunk graph (dist/cdn/manifest.json, scripts/cdn-graph.mjs), each file compressed on its
// own as a server sends it. `npm run size` prints the tables; scripts/check-sizes.mjs prints them,
// enforces the budgets and writes the README table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CDN_DIR, elementKey, readManifest, staticFiles } from './cdn-graph.mjs';
import { readElements } from './elements.mjs';

export { CDN_DIR };
export const MODULE_LOADER = 'mlo-newsroom.js';
export const CLASSIC_LOADER = 'mlo-newsroom.classic.js';
export const IIFE_ENTRY = 'mlo-newsroom.iife.js';

/** Raw, gzip and brotli bytes of some code. */
export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Every .js file under dist/cdn/ (sourcemaps left out), as paths relative to it. */
export function cdnFiles(dir = CDN_DIR) {
  return readdirSync(dir, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b));
}

/**
 * The pages the budgets speak of: the loader, then what a page with one element (each) and with
 * all of them fetches before the first widget is ready. Lazy chunks (`import()` inside an element:
 * the search engine, the sanitizer, the RSS/Atom reader) are left out: they load on first use.
 */
export function pages(dir = CDN_DIR) {
  const manifest = readManifest(dir);
  const elements = readElements();
  const sizes = new Map(
    cdnFiles(dir).map((file) => [file, measure(readFileSync(join(dir, file)))]),
  );
  const page = (name, keys) => {
    const files = [
      MODULE_LOADER,
      ...staticFiles(
        manifest,
        keys.filter((key) => manifest[key]),
      ),
    ];
    const row = { name, files, raw: 0, gzip: 0, brotli: 0 };
    for (const file of files) {
      const size = sizes.get(file);
      if (!size) throw new Error(`dist/cdn/${file} missing`);
      for (const key of ['raw', 'gzip', 'brotli']) row[key] += size[key];
    }
    return row;
  };
  return {
    files: [...sizes].map(([name, size]) => ({ name, ...size })),
    loader: {
      name: `loader (${MODULE_LOADER})`,
      files: [MODULE_LOADER],
      ...sizes.get(MODULE_LOADER),
    },
    each: elements.map((el) => page(`page with one <${el.tag}>`, [elementKey(el)])),
    all: page(`page with all ${elements.length} elements`, elements.map(elementKey)),
    engines: engineRows(page, elements),
    languages: [
      page(`page with one <mlo-news-list>, ${SERBIAN_PAGE}`, [
        elementKey(elements.find((el) => el.tag === 'mlo-news-list')),
        SERBIAN,
      ]),
      page(`page with all ${elements.length} elements, ${SERBIAN_PAGE}`, [
        ...elements.map(elementKey),
        SERBIAN,
      ]),
    ],
  };
}

/** The Serbian language pack: a page whose widgets speak Serbian fetches it before they render. */
export const SERBIAN = 'src/i18n/serbian.ts';
const SERBIAN_PAGE = 'in Serbian (+ the language pack)';

/** The article's two sanitizers, lazy chunks: which one a page fetches depends on the engine. */
export const SANITIZERS = {
  'with the Sanitizer API': 'src/internal/sanitizer-native.ts',
  'without it (DOMPurify)': 'src/internal/sanitizer-chunk.ts',
};

/**
 * What a page fetches until its widgets are ready when an article has an HTML body, per engine
 * kind: with the HTML Sanitizer API (Chromium, Firefox) the browser's path, without it (WebKit)
 * DOMPurify's chunk; for one article and for all the elements.
 */
function engineRows(page, elements) {
  const article = elements.find((el) => el.tag === 'mlo-article');
  return Object.entries(SANITIZERS).flatMap(([kind, chunk]) => [
    page(`<mlo-article>, HTML body, ${kind}`, [elementKey(article), chunk]),
    page(`all ${elements.length}, HTML body, ${kind}`, [...elements.map(elementKey), chunk]),
  ]);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** A table as text; `budgets` maps a row name to a brotli byte limit shown next to it. */
export function formatTable(rows, budgets = new Map(), first = 'file') {
  const withBudgets = budgets.size > 0;
  const header = [first, 'raw', 'gzip', 'brotli', ...(withBudgets ? ['budget (brotli)'] : [])];
  const lines = rows.map((row) => {
    const budget = budgets.get(row.name);
    const cells = [row.name, kB(row.raw), kB(row.gzip), kB(row.brotli)];
    if (withBudgets)
      cells.push(budget ? `${kB(budget)} ${row.brotli <= budget ? 'ok' : 'OVER'}` : '');
    return cells;
  });
  const widths = header.map((_, i) =>
    Math.max(header[i].length, ...lines.map((line) => line[i].length)),
  );
  const format = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join(
    '\n',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files, loader, each, all, engines } = pages();
  console.log('dist/cdn sizes (kB = 1000 bytes; brotli quality 11, gzip -9)\n');
  console.log(formatTable(files));
  console.log('\nwhat a page fetches before its first widget is ready\n');
  console.log(formatTable([loader, ...each, all], new Map(), 'page'));
  console.log('\nwith an article HTML body, per engine kind (until every widget is ready)\n');
  console.log(formatTable(engines, new Map(), 'page'));
}

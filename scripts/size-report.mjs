#!/usr/bin/env node
// Sizes of the script-tag build (dist/cdn/), brotli (quality 11, what CDNs serve) and gzip (-9).
// `npm run size` prints the table; scripts/check-sizes.mjs prints it and enforces the budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseSync } from 'vite';

export const CDN_DIR = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
export const MODULE_ENTRY = 'mlo-newsroom.js';
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
 * The files a browser must fetch before `entry` runs: the entry and, transitively, what it
 * imports statically. `import()`ed chunks (DOMPurify, search) are left out: they load on demand.
 * Read from the built code with a real parser, so it is exactly what the browser will do.
 */
export function staticClosure(entry, dir = CDN_DIR) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const { module } = parseSync(file, code);
    for (const staticImport of module.staticImports)
      visit(posix.join(posix.dirname(file), staticImport.moduleRequest.value));
    for (const staticExport of module.staticExports) {
      for (const entry of staticExport.entries) {
        if (entry.moduleRequest) visit(posix.join(posix.dirname(file), entry.moduleRequest.value));
      }
    }
  };
  visit(entry);
  return [...seen];
}

/** Rows for the table: every file, then the module entry with its static imports. */
export function report(dir = CDN_DIR) {
  const read = (file) => readFileSync(join(dir, file));
  const rows = cdnFiles(dir).map((file) => ({ name: file, ...measure(read(file)) }));
  const closure = staticClosure(MODULE_ENTRY, dir);
  // The sum of the files compressed one by one, as a server sends them.
  const initial = {
    name: `${MODULE_ENTRY} + static imports (${closure.length} file${closure.length === 1 ? '' : 's'})`,
    raw: 0,
    gzip: 0,
    brotli: 0,
  };
  for (const file of closure) {
    const size = measure(read(file));
    for (const key of ['raw', 'gzip', 'brotli']) initial[key] += size[key];
  }
  return { rows, initial, closure };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The table as text; `budgets` maps a row name to a brotli byte limit shown next to it. */
export function formatTable(rows, budgets = new Map()) {
  const withBudgets = budgets.size > 0;
  const header = ['file', 'raw', 'gzip', 'brotli', ...(withBudgets ? ['budget (brotli)'] : [])];
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
  const { rows, initial } = report();
  console.log('dist/cdn sizes (kB = 1000 bytes; brotli quality 11, gzip -9)\n');
  console.log(formatTable([...rows, initial]));
}

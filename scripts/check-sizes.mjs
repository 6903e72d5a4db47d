#!/usr/bin/env node
// Size budgets of the script-tag build, run by `npm run build`: prints the table and exits 1
// when a budget is exceeded. Sizes are deterministic (same input, same bytes), so this is a
// plain node check, not a browser test. kB = 1000 bytes (the stricter reading of "KB").
import { IIFE_ENTRY, MODULE_ENTRY, formatTable, report } from './size-report.mjs';

const BUDGETS = {
  // What a partner page fetches up front: Lit and every widget but the lazy search engine and
  // HTML sanitizer.
  initial: 20_000,
  // The classic-script file carries everything, the lazy parts included.
  iife: 35_000,
};

const { rows, initial, closure } = report();
const iife = rows.find((row) => row.name === IIFE_ENTRY);
if (!iife || !closure.includes(MODULE_ENTRY)) {
  console.error(`check-sizes: dist/cdn/${MODULE_ENTRY} or ${IIFE_ENTRY} missing; run the CDN build first.`);
  process.exit(1);
}

const budgets = new Map([[initial.name, BUDGETS.initial], [iife.name, BUDGETS.iife]]);
console.log('\ndist/cdn sizes (kB = 1000 bytes; brotli quality 11, gzip -9)\n');
console.log(formatTable([...rows, initial], budgets));

const over = [...budgets].filter(([name, limit]) => [...rows, initial].find((row) => row.name === name).brotli > limit);
if (over.length > 0) {
  console.error(`\nSize budget exceeded: ${over.map(([name]) => name).join('; ')}`);
  process.exit(1);
}
console.log('\nSize budgets: ok');

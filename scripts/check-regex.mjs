#!/usr/bin/env node
/**
 * The ReDoS gate, run by `npm test`: every regular expression in src/ and packages/server/src/
 * (the shipped code) is checked by `recheck`
 * (a ReDoS analyser: automaton-based, with fuzzing where that cannot decide), and a pattern whose
 * matching time can grow faster than linearly with its input fails the run with the file, the
 * line, the complexity and an attack string. Feed text reaches most of these patterns, and one
 * cubic pattern froze a partner's page for seconds (#12).
 *
 * Found with the TypeScript parser: regex literals, and `new RegExp(…)` / `RegExp(…)` with a
 * literal pattern. A `RegExp` built from anything else cannot be checked here and fails unless the
 * line before says `// redos-checked: <why it is safe>`. Hand-written scanners (loops) are not
 * analysed; their growth is measured in `npm run bench` (section "growth").
 *
 * Before checking src/, the gate checks patterns it must call vulnerable (the ones #12 removed):
 * an analyser that stopped finding them would otherwise pass everything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const KNOWN_BAD = [
  ['^["“”„«»]\\s*([\\s\\S]*?)\\s*["“”„«»]$', ''],
  ['^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$', 'g'],
  ['[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+', 'gu'],
];
const PARAMS = { timeout: 20_000 };

function check(source, flags) {
  // recheck has no `v` flag (yet); the pattern means the same under `u` for what it analyses.
  return checkSync(source, flags.replace('v', 'u'), PARAMS);
}

for (const [source, flags] of KNOWN_BAD) {
  const result = check(source, flags);
  if (result.status !== 'vulnerable') {
    console.error(
      `check-regex: the analyser no longer finds /${source}/${flags} vulnerable (${result.status}); the gate cannot be trusted.`,
    );
    process.exit(1);
  }
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const found = [];
const problems = [];
for (const file of ['src', 'packages/server/src'].flatMap((dir) => files(join(root, dir)))) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const where = (node) =>
    `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf('/');
      found.push({
        where: where(node),
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
      });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ where: where(node), source: pattern.text, flags: flags?.text ?? '' });
      } else {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
        const before = text.split('\n')[line - 1] ?? '';
        if (!/\/\/ redos-checked: \S/.test(before)) {
          problems.push(
            `${where(node)}: a RegExp built at run time cannot be checked; add "// redos-checked: <why>" on the line before, or use a literal`,
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const counts = { safe: 0, vulnerable: 0, unknown: 0 };
for (const { where, source, flags } of found) {
  const result = check(source, flags);
  counts[result.status] = (counts[result.status] ?? 0) + 1;
  if (result.status === 'vulnerable') {
    problems.push(
      `${where}: /${source}/${flags} is ${result.complexity?.summary ?? 'super-linear'}; attack: ${JSON.stringify(result.attack?.pattern ?? '')}`,
    );
  } else if (result.status === 'unknown') {
    problems.push(
      `${where}: /${source}/${flags} could not be analysed (${result.error?.kind ?? 'unknown'}); simplify it or use a loop`,
    );
  }
}

console.log(
  `check-regex: ${found.length} regular expressions in src/ and packages/server/src/: ${counts.safe} safe, ${counts.vulnerable} vulnerable, ${counts.unknown} unknown`,
);
if (problems.length) {
  console.error(problems.map((p) => `  ${p}`).join('\n'));
  process.exit(1);
}

// The docs say what the code does (#25): CONTRIBUTING's command table names every npm script
// of package.json, so a new script cannot arrive undocumented.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { root } from './helpers.mjs';

const scripts = Object.keys(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts);
const contributing = readFileSync(`${root}CONTRIBUTING.md`, 'utf8');
const commands = contributing.slice(
  contributing.indexOf('## Commands'),
  contributing.indexOf('\n## ', contributing.indexOf('## Commands') + 1),
);

describe("CONTRIBUTING's command table", () => {
  it('names every npm script', () => {
    // A row's first cell: `npm start`, `npm test`, `npm run NAME …` (one or more per row).
    const named = new Set(
      commands
        .split('\n')
        .filter((line) => line.startsWith('| `npm'))
        .flatMap((line) => [...line.split(' | ')[0].matchAll(/`npm (?:run )?([\w:-]+)/g)])
        .map((match) => match[1]),
    );
    // Lifecycle hooks (prestart, prestorybook) run with their script: named in its row.
    const missing = scripts.filter((name) =>
      name.startsWith('pre') && scripts.includes(name.slice(3))
        ? !commands.includes(`\`${name}\``)
        : !named.has(name),
    );
    assert.deepEqual(
      missing,
      [],
      `npm scripts missing from CONTRIBUTING.md: ${missing.join(', ')}`,
    );
  });
});

// `_mlo.keep` through the command: any list costs about what transliteration does (#23).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mlo-keep-'));
const PROSE = 'Vojna kancelarija za vezu NATO u Beogradu, džemper i ljiljan. ';

/** A Serbian Latin feed of one item with a body of `size` characters and the two lists. */
function feed(size, feedKeep, itemKeep) {
  const path = join(dir, `feed-${size}-${feedKeep.length}-${itemKeep.length}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Vesti',
      language: 'sr-Latn',
      _mlo: { keep: feedKeep },
      items: [
        {
          id: '1',
          title: 'Naslov',
          content_text: PROSE.repeat(Math.ceil(size / PROSE.length)).slice(0, size),
          _mlo: { keep: itemKeep },
        },
      ],
    }),
  );
  return path;
}

describe('mlo-newsroom and _mlo.keep', () => {
  it('renders 300 kB in Cyrillic with 500 × "a" and 500 more entries in seconds, not minutes', () => {
    // Before: one pass and one range per entry and occurrence, 5.6 s for 60 kB, a full heap at 1 MB.
    const words = Array.from({ length: 500 }, (_, i) => `${PROSE.slice(i % 40, (i % 40) + 3)}${i}`);
    const path = feed(300_000, Array(500).fill('a'), words);
    const start = performance.now();
    const run = cli('render', path, '--element', 'mlo-article', '--lang', 'sr-Cyrl', '--item', '1');
    const took = performance.now() - start;
    assert.equal(run.code, 0, run.stderr);
    // Every "a" kept in Latin, the rest in Cyrillic.
    assert.match(run.stdout, /Војнa кaнцелaријa зa везу НАТО у Беогрaду/);
    assert.ok(took < 15_000, `${Math.round(took)} ms`);
  });

  it("reads at most 500 entries per list (1,000 for an item with the feed's), and says so", () => {
    const many = (prefix) => Array.from({ length: 600 }, (_, i) => `${prefix}${i}`);
    const run = cli('validate', feed(10, many('w'), many('v')));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /\$\._mlo\.keep: has 600 entries; the first 500 are read/);
    assert.match(run.stdout, /\$\.items\[0\]\._mlo\.keep: has 600 entries; the first 500 are read/);
  });
});

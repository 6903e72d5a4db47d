// Each token default is written once, in the styles (#25): scripts/tokens.mjs writes it into the
// JSDoc and docs/theming.md, and `npm run lint` fails when either disagrees with the styles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { collectTokens, expected, styleTokens, tokenUses } from '../../scripts/tokens.mjs';
import { root } from './helpers.mjs';

const actual = (path) => readFileSync(`${root}${path}`, 'utf8');
const styles = styleTokens();

/** `expected()` against the files as they are, but with `path`'s text edited by `edit`. */
const against = (path, edit) =>
  expected(styles, (file) => (file === path ? edit(actual(file)) : actual(file)));

describe('design tokens', () => {
  it('reads every var(--mlo-*) of a CSS text with its fallback, nested ones included', () => {
    assert.deepEqual(
      tokenUses('gap: var(--mlo-a-gap, var(--mlo-space-m, 1rem)); x: var(--mlo-b)'),
      [
        { name: '--mlo-a-gap', fallback: 'var(--mlo-space-m, 1rem)' },
        { name: '--mlo-space-m', fallback: '1rem' },
        { name: '--mlo-b', fallback: '' },
      ],
    );
  });

  it('finds the shared tokens in src/internal/styles.ts and each element’s own in its styles', () => {
    const byName = new Map(styles.tokens.map((token) => [token.name, token]));
    assert.equal(byName.get('--mlo-radius')?.default, '0.5rem');
    assert.equal(byName.get('--mlo-radius')?.shared, true);
    assert.equal(byName.get('--mlo-quote-font-size')?.default, 'var(--mlo-font-size-l, 1.25em)');
    assert.equal(byName.get('--mlo-quote-font-size')?.file, 'src/components/quote/quote.styles.ts');
    assert.deepEqual(styles.problems, []);
  });

  it('finds the JSDoc and docs/theming.md in step with the styles', () => {
    const { files, problems } = expected(styles);
    assert.deepEqual(problems, []);
    for (const [path, text] of Object.entries(files)) assert.equal(text, actual(path), path);
  });

  it('rewrites a JSDoc default or a docs row that disagrees with the styles', () => {
    for (const [path, from, to] of [
      ['src/internal/feed-element.ts', '[--mlo-radius=0.5rem]', '[--mlo-radius=4px]'],
      ['docs/theming.md', '| `0.5rem` |', '| `4px` |'],
    ]) {
      const edit = (text) => text.replace(from, to);
      assert.notEqual(edit(actual(path)), actual(path));
      const { files } = against(path, edit);
      // `--check` fails (the file is not what it should be); `npm run tokens` writes it back.
      assert.notEqual(files[path], edit(actual(path)), path);
      assert.equal(files[path], actual(path), path);
    }
  });

  it('fails a token without a @cssprop, and a @cssprop of no token', () => {
    const file = 'src/components/article/article.ts';
    const { problems } = against(file, (text) =>
      text.replace('[--mlo-article-measure=70ch]', '[--mlo-article-width=70ch]'),
    );
    assert.deepEqual(problems, [
      '--mlo-article-measure (src/components/article/article.styles.ts) has no @cssprop: describe it on its element class',
      `--mlo-article-width (@cssprop in ${file}) is in no styles`,
    ]);
  });

  it('fails a token written with two defaults, or read without one', () => {
    const { problems } = collectTokens(
      ['var(--mlo-space-m, 1rem)'],
      [
        { file: 'a.styles.ts', text: 'gap: var(--mlo-space-m, 2rem); x: var(--mlo-a-x, 1px)' },
        { file: 'b.styles.ts', text: 'y: var(--mlo-a-x, 2px); z: var(--mlo-b-z)' },
      ],
    );
    assert.deepEqual(problems, [
      '--mlo-space-m has two defaults: 1rem (src/internal/styles.ts), 2rem (a.styles.ts)',
      '--mlo-a-x has two defaults: 1px (a.styles.ts), 2px (b.styles.ts)',
      '--mlo-b-z is read without a default in b.styles.ts',
    ]);
  });
});

#!/usr/bin/env node
/**
 * The design tokens (`--mlo-*`). A token's default is written once, in the styles: the shared ones
 * as `token('NAME', default)` in src/internal/styles.ts, an element's own as the fallback of its
 * `var(--mlo-NOUN-THING, default)` in the element's styles. What it is for, and its syntax, are
 * written once too, in the `@cssprop` of the class (MloFeedElement for the shared ones). From
 * those two, this script writes the rest:
 *
 *   npm run tokens                     the default in every `@cssprop [--mlo-x=default]`, and the
 *                                      two token tables of docs/theming.md (between markers)
 *   node scripts/tokens.mjs --check    (in `npm run lint`) fails when any of them disagree, when a
 *                                      token has no `@cssprop`, or two different defaults
 *
 * custom-elements.json is built from the JSDoc; custom-elements-manifest.config.mjs checks it
 * against `styleTokens()` as well. The styles are read as the browser reads them: bundled by
 * esbuild and evaluated here, interpolations resolved.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readRoot = (path) => readFileSync(join(root, path), 'utf8');
const components = (suffix) =>
  readdirSync(join(root, 'src/components'), { recursive: true })
    .filter((file) => file.endsWith(suffix))
    .map((file) => `src/components/${file}`)
    .sort();

/** Every `var(--mlo-NAME[, fallback])` in a CSS text, nested ones included. */
export function tokenUses(cssText) {
  const uses = [];
  for (const match of cssText.matchAll(/var\(\s*(--mlo-[a-z0-9-]+)\s*(,?)/g)) {
    let end = match.index + match[0].length;
    const start = end;
    for (let depth = 1; depth > 0 && end < cssText.length; end++) {
      if (cssText[end] === '(') depth++;
      else if (cssText[end] === ')') depth--;
    }
    uses.push({ name: match[1], fallback: match[2] ? cssText.slice(start, end - 1).trim() : '' });
  }
  return uses;
}

/** The shipped CSS, per source file: each styles module's exports and the partner stylesheet. */
function shippedCss() {
  const files = ['src/internal/styles.ts', ...components('.styles.ts')];
  const entry = [
    ...files.map((file, i) => `export * as m${i} from './${file}';`),
    `export { partnerCss } from './src/cdn-styles/partner-css.ts';`,
  ].join('\n');
  const { outputFiles } = buildSync({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
  });
  const out = join(root, 'node_modules/.cache/mlo-tokens/styles.cjs');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, outputFiles[0].text);
  const bundle = createRequire(import.meta.url)(out);
  const text = (value) =>
    Array.isArray(value) ? value.map(text).join('\n') : typeof value === 'string' ? value : '';
  const css = files.map((file, i) => ({
    file,
    text: Object.values(bundle[`m${i}`])
      .map((value) => (value?.cssText !== undefined ? value.cssText : text(value)))
      .join('\n'),
  }));
  css.push({ file: 'src/cdn-styles/partner-css.ts', text: bundle.partnerCss() });
  return { css, shared: Object.values(bundle.m0.tokens).map(String) };
}

/**
 * Every token with its one default: `shared` (in the order of `tokens`), then each element's own, with
 * the styles file it is used in; `problems` when a token is written with two defaults or none.
 */
export function styleTokens() {
  const { css, shared } = shippedCss();
  return collectTokens(shared, css);
}

/** `styleTokens()` from the shared tokens' text and the CSS of each file. */
export function collectTokens(shared, css) {
  const tokens = new Map();
  const problems = [];
  for (const { name, fallback } of shared.flatMap(tokenUses))
    tokens.set(name, { name, default: fallback, shared: true, file: 'src/internal/styles.ts' });
  for (const { file, text } of css) {
    for (const { name, fallback } of tokenUses(text)) {
      const known = tokens.get(name);
      if (!fallback) problems.push(`${name} is read without a default in ${file}`);
      else if (!known) tokens.set(name, { name, default: fallback, shared: false, file });
      else if (known.default !== fallback)
        problems.push(
          `${name} has two defaults: ${known.default} (${known.file}), ${fallback} (${file})`,
        );
    }
  }
  return { tokens: [...tokens.values()], problems: [...new Set(problems)] };
}

const { elements } = JSON.parse(readRoot('src/elements.json'));

const CSSPROP =
  /@cssprop(?:\s+\{([^}]*)\})?\s+\[(--mlo-[a-z0-9-]+)(?:=([^\]]*))?\]\s*(?:-\s+)?([\s\S]*)/;

/** The `@cssprop`s of the element classes and their base, in the order of src/elements.json. */
export function jsDocTokens(read = readRoot) {
  const files = [
    'src/internal/feed-element.ts',
    ...elements.map(({ folder }) => `src/components/${folder}/${folder}.ts`),
  ];
  return files.flatMap((file) =>
    [...read(file).matchAll(/\/\*\*([\s\S]*?)\*\//g)].flatMap(([, body]) =>
      body
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n')
        .split(/\n(?=@)|\n\s*\n/)
        .map((tag) => CSSPROP.exec(tag.trim()))
        .filter(Boolean)
        .map(([, syntax, name, value, text]) => ({
          file,
          name,
          syntax,
          default: value?.trim() ?? '',
          description: text.replace(/\s+/g, ' ').trim(),
        })),
    ),
  );
}

/** A docs table; an element's own tokens say whose they are. */
const table = (rows, tagOf) => {
  const cells = (t) => [`\`${t.name}\``, tagOf ? `\`<${tagOf(t.file)}>\`` : '', t.description];
  const head = ['Token', tagOf ? 'Element' : '', 'Used for', 'Default'].filter(Boolean);
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((t) => `| ${[...cells(t).filter(Boolean), `\`${t.default}\``].join(' | ')} |`),
  ].join('\n');
};

/**
 * What the files should say, from the styles' tokens and the files as `read` returns them;
 * `problems` for what cannot be written (a token without a `@cssprop`, two defaults).
 */
export function expected({ tokens, problems } = styleTokens(), read = readRoot) {
  const tagOf = (file) => elements.find(({ folder }) => file.includes(`/${folder}/`))?.tag;
  problems = [...problems];
  const described = jsDocTokens(read);
  const byName = new Map(tokens.map((token) => [token.name, token]));
  const docOf = new Map(described.map((doc) => [doc.name, doc]));
  for (const token of tokens)
    if (!docOf.has(token.name))
      problems.push(
        `${token.name} (${token.file}) has no @cssprop: describe it on ${token.shared ? 'MloFeedElement (src/internal/feed-element.ts)' : 'its element class'}`,
      );
  for (const doc of described)
    if (!byName.has(doc.name))
      problems.push(`${doc.name} (@cssprop in ${doc.file}) is in no styles`);
  const files = {};
  for (const file of new Set(described.map((doc) => doc.file))) {
    files[file] = read(file).replace(
      /(@cssprop(?:\s+\{[^}]*\})?\s+\[)(--mlo-[a-z0-9-]+)(?:=[^\]]*)?\]/g,
      (whole, head, name) =>
        byName.has(name) ? `${head}${name}=${byName.get(name).default}]` : whole,
    );
  }
  const rows = (shared) =>
    described
      .filter((doc) => byName.get(doc.name)?.shared === shared)
      .map((doc) => ({ ...doc, default: byName.get(doc.name).default }));
  let docs = read('docs/theming.md');
  for (const [marker, shared] of [
    ['shared', true],
    ['component', false],
  ]) {
    const start = `<!-- tokens:${marker}:start (written by \`npm run tokens\`) -->`;
    const end = `<!-- tokens:${marker}:end -->`;
    const at = docs.indexOf(start);
    const until = docs.indexOf(end);
    if (at < 0 || until < at) problems.push(`docs/theming.md lacks the markers ${start} … ${end}`);
    else
      docs = `${docs.slice(0, at + start.length)}\n${table(rows(shared), shared ? undefined : tagOf)}\n${docs.slice(until)}`;
  }
  files['docs/theming.md'] = docs;
  return { files, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const { files, problems } = expected();
  for (const [path, text] of Object.entries(files)) {
    if (readRoot(path) === text) continue;
    if (check)
      problems.push(`${path} disagrees with the styles' token defaults: run \`npm run tokens\``);
    else {
      writeFileSync(join(root, path), text);
      console.log(`wrote ${path}`);
    }
  }
  if (problems.length > 0) {
    console.error(`tokens:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  if (check) console.log('tokens: every default as the styles write it');
}

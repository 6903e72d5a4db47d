#!/usr/bin/env node
/**
 * The one list of elements (src/elements.json) and the files made from it.
 *
 *   npm run elements          writes src/define.ts, src/react.ts, the element exports of
 *                             src/index.ts (between its `elements:` markers) and package.json's
 *                             `exports` and `sideEffects`
 *   node scripts/elements.mjs --check
 *                             the same in memory; exits 1 naming every file that disagrees, and
 *                             every listed element whose folder is incomplete or folder that is
 *                             not listed (run by `npm run lint`, so by `npm test` and CI)
 *
 * The script-tag loader (vite.cdn.config.ts), the size budgets (scripts/check-sizes.mjs) and the
 * hostile suite read the list through `readElements()`. A new element: `npm run new-element NAME`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ELEMENTS_FILE = join(root, 'src/elements.json');

/**
 * @typedef {{ tag: string, folder: string, className: string, events: 'feed' | 'select' | 'search', doc: string }} ElementInfo
 * @returns {ElementInfo[]}
 */
export function readElements() {
  return JSON.parse(readFileSync(ELEMENTS_FILE, 'utf8')).elements;
}

/** The registration module of an element, relative to src/ (without extension). */
export const registration = (el) => `components/${el.folder}/${el.tag}`;

const GENERATED =
  '// Generated from src/elements.json by `npm run elements`: edit the list, not this.';

function defineTs(elements) {
  return `/**
 * Registers every mlo-newsroom element. The one side effect for npm users.
 */
${GENERATED}
${elements.map((el) => `import './${registration(el)}.js';`).join('\n')}
`;
}

const EVENT_GROUPS = { feed: 'feedEvents', select: 'selectEvents', search: 'searchEvents' };

function reactTs(elements) {
  const imports = [...elements]
    .sort((a, b) => a.folder.localeCompare(b.folder))
    .map(
      (el) =>
        `import { ${el.className} as ${el.className.slice(3)}Element } from './${registration(el)}.js';`,
    );
  const wrappers = elements.map(
    (el) => `/** \`<${el.tag}>\`: ${el.doc} */
export const ${el.className} = createComponent({
  tagName: '${el.tag}',
  elementClass: ${el.className.slice(3)}Element,
  react: React,
  events: ${EVENT_GROUPS[el.events]},
});`,
  );
  return `/**
 * React wrappers (\`mlo-newsroom/react\`), made with \`@lit/react\`: props that are element
 * properties are set as properties (so \`feed={{ ... }}\` passes an object, not a string), and our
 * events become \`onMlo…\` props. Importing this module registers the elements it wraps.
 *
 * \`\`\`tsx
 * import { MloNewsList } from 'mlo-newsroom/react';
 * <MloNewsList feed={feed} limit={5} onMloSelect={(e) => { e.preventDefault(); navigate(e.item.url); }} />
 * \`\`\`
 *
 * React 19 sets properties on custom elements itself, but gives no typed \`onMlo…\` props, and
 * React 17/18 do neither; the wrappers cover all three.
 */
${GENERATED}
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The element classes under other names: the wrappers take the class names, as the one
// import a React app uses (\`import { MloNewsList } from 'mlo-newsroom/react'\`).
${imports.join('\n')}
import type { MloErrorEvent, MloLoadEvent, MloSearchEvent, MloSelectEvent } from './events.js';

/** The events every data-driven widget dispatches. */
const feedEvents = {
  onMloLoad: 'mlo-load' as EventName<MloLoadEvent>,
  onMloError: 'mlo-error' as EventName<MloErrorEvent>,
};
/** Widgets a visitor chooses items in (cancelable, so an app can route itself). */
const selectEvents = { ...feedEvents, onMloSelect: 'mlo-select' as EventName<MloSelectEvent> };
/** The search box: also reports each search that ran. */
const searchEvents = { ...selectEvents, onMloSearch: 'mlo-search' as EventName<MloSearchEvent> };

${wrappers.join('\n\n')}
`;
}

const START = '// elements:start (generated from src/elements.json by `npm run elements`)';
const END = '// elements:end';

function indexTs(current, elements) {
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  if (from < 0 || to < from) throw new Error(`src/index.ts: markers "${START}" / "${END}" missing`);
  const lines = elements.map(
    (el) => `export { ${el.className} } from './components/${el.folder}/${el.folder}.js';`,
  );
  return `${current.slice(0, from)}${START}\n${lines.join('\n')}\n${current.slice(to)}`;
}

function packageJson(current, elements) {
  const pkg = JSON.parse(current);
  const exports = {};
  const perElement = /^\.\/mlo-[a-z-]+\.js$/;
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (perElement.test(key)) continue;
    exports[key] = value;
    if (key === './define.js') {
      for (const el of elements)
        exports[`./${el.tag}.js`] = {
          types: `./dist/${registration(el)}.d.ts`,
          default: `./dist/${registration(el)}.js`,
        };
    }
  }
  pkg.exports = exports;
  // Globs, so the list needs no line per element; the main entry and classes stay tree-shakable.
  pkg.sideEffects = [
    './dist/define.js',
    './dist/components/*/mlo-*.js',
    './dist/react.js',
    './dist/cdn/*',
    // The server entry installs Lit SSR's DOM shim and defines the elements for rendering.
    './dist/server/*',
    './src/define.ts',
    './src/components/*/mlo-*.ts',
    './src/react.ts',
    './src/cdn.ts',
    './src/cdn-classic.ts',
    './src/cdn-bundle.ts',
    './src/server/*',
  ];
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Problems with the folders: a listed element must have its class and registration file. */
export function folderProblems(elements) {
  const problems = [];
  const listed = new Set(elements.map((el) => el.folder));
  for (const el of elements) {
    if (el.tag !== `mlo-${el.folder}`)
      problems.push(`${el.tag}: folder must be "${el.tag.slice(4)}"`);
    for (const file of [`${el.folder}.ts`, `${el.tag}.ts`])
      if (!existsSync(join(root, 'src/components', el.folder, file)))
        problems.push(`${el.tag}: src/components/${el.folder}/${file} is missing`);
  }
  for (const dir of readdirSync(join(root, 'src/components'), { withFileTypes: true }))
    if (
      dir.isDirectory() &&
      !listed.has(dir.name) &&
      existsSync(join(root, 'src/components', dir.name, `mlo-${dir.name}.ts`))
    )
      problems.push(`src/components/${dir.name}/mlo-${dir.name}.ts is not in src/elements.json`);
  return problems;
}

/** Every generated file: path → wanted text (formatted as `npm run format` would). */
export async function generated(elements = readElements()) {
  const read = (path) => readFileSync(join(root, path), 'utf8');
  const files = {
    'src/define.ts': defineTs(elements),
    'src/react.ts': reactTs(elements),
    'src/index.ts': indexTs(read('src/index.ts'), elements),
    'package.json': packageJson(read('package.json'), elements),
  };
  for (const [path, text] of Object.entries(files)) {
    const filepath = join(root, path);
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    files[path] = await prettier.format(text, { ...options, filepath });
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const elements = readElements();
  const problems = folderProblems(elements);
  for (const [path, text] of Object.entries(await generated(elements))) {
    const current = readFileSync(join(root, path), 'utf8');
    if (current === text) continue;
    if (check) problems.push(`${path} disagrees with src/elements.json: run \`npm run elements\``);
    else {
      writeFileSync(join(root, path), text);
      console.log(`wrote ${path}`);
    }
  }
  if (problems.length > 0) {
    console.error(`elements: ${problems.join('\n  ')}`);
    process.exit(1);
  }
  if (check) console.log(`elements: ${elements.length} elements, generated files up to date`);
}

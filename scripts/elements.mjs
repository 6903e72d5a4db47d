#!/usr/bin/env node
/**
 * The one list of elements (src/elements.json) and the files made from it.
 *
 *   npm run elements          writes src/define.ts, src/react.ts, the per-element React
 *                             wrappers src/react/mlo-*.ts, the element exports of
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

// The event types and the typed event map, as each element's entry point has them.
export type { MloErrorEvent, MloLoadEvent, MloSearchEvent, MloSelectEvent } from './events.js';
`;
}

const EVENT_GROUPS = { feed: 'feedEvents', select: 'selectEvents', search: 'searchEvents' };

/** The React wrapper of one element (`mlo-newsroom/react/<tag>.js`): registers that element only. */
function reactWrapperTs(el) {
  const alias = `${el.className.slice(3)}Element`;
  return `'use client';
/**
 * \`<${el.tag}>\` for React: ${el.doc} Registers this element only.
 *
 * \`\`\`tsx
 * import { ${el.className} } from 'mlo-newsroom/react/${el.tag}.js';
 * \`\`\`
 */
${GENERATED}
import { ${el.className} as ${alias} } from '../${registration(el)}.js';
import { ${EVENT_GROUPS[el.events]}, wrap } from './wrap.js';

export const ${el.className} = wrap('${el.tag}', ${alias}, ${EVENT_GROUPS[el.events]});
`;
}

function reactTs(elements) {
  const exports = elements.map((el) => `export { ${el.className} } from './react/${el.tag}.js';`);
  return `'use client';
/**
 * Every React wrapper (\`mlo-newsroom/react\`); importing it registers all six elements. A page
 * that uses one widget imports its own wrapper, \`mlo-newsroom/react/mlo-news-list.js\`, and
 * downloads no other element (src/react/wrap.ts says what a wrapper does).
 *
 * \`\`\`tsx
 * import { MloNewsList } from 'mlo-newsroom/react/mlo-news-list.js';
 * <MloNewsList feed={feed} limit={5} onMloSelect={(e) => { e.preventDefault(); navigate(e.item.url); }} />
 * \`\`\`
 *
 * React 19 sets properties on custom elements itself, but gives no typed \`onMlo…\` props, and
 * React 17/18 do neither; the wrappers cover all three.
 */
${GENERATED}
${exports.join('\n')}
`;
}

/** The tags the command's `render` knows, without loading Lit's SSR (packages/server). */
function serverNamesTs(elements) {
  return `/**
 * The elements \`render\` knows, by tag name. Apart from elements.ts, which loads Lit's SSR and
 * jsdom, so that \`validate\`, \`convert\` and \`index\` start without them; elements.ts checks that
 * its classes are exactly these.
 */
${GENERATED}
export const ELEMENT_NAMES = [
${elements.map((el) => `  '${el.tag}',`).join('\n')}
] as const;

export type ElementName = (typeof ELEMENT_NAMES)[number];

export const isElementName = (name: string | undefined): name is ElementName =>
  (ELEMENT_NAMES as readonly (string | undefined)[]).includes(name);
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
  const perElement = /^\.\/(?:react\/)?mlo-[a-z-]+\.js$/;
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
    if (key === './react') {
      for (const el of elements)
        exports[`./react/${el.tag}.js`] = {
          types: `./dist/react/${el.tag}.d.ts`,
          default: `./dist/react/${el.tag}.js`,
        };
    }
  }
  pkg.exports = exports;
  // Globs, so the list needs no line per element; the main entry and classes stay tree-shakable.
  pkg.sideEffects = [
    './dist/define.js',
    './dist/components/*/mlo-*.js',
    './dist/react.js',
    './dist/react/mlo-*.js',
    './dist/cdn/*',
    './src/define.ts',
    './src/components/*/mlo-*.ts',
    './src/react.ts',
    './src/react/mlo-*.ts',
    './src/cdn.ts',
    './src/cdn-classic.ts',
    './src/cdn-bundle.ts',
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
  const tags = new Set(elements.map((el) => el.tag));
  for (const file of readdirSync(join(root, 'src/react')))
    if (/^mlo-.*\.ts$/.test(file) && !tags.has(file.slice(0, -3)))
      problems.push(`src/react/${file} wraps an element not in src/elements.json: delete it`);
  return problems;
}

/** Every generated file: path → wanted text (formatted as `npm run format` would). */
export async function generated(elements = readElements()) {
  const read = (path) => readFileSync(join(root, path), 'utf8');
  const files = {
    'src/define.ts': defineTs(elements),
    'src/react.ts': reactTs(elements),
    ...Object.fromEntries(elements.map((el) => [`src/react/${el.tag}.ts`, reactWrapperTs(el)])),
    'src/index.ts': indexTs(read('src/index.ts'), elements),
    'package.json': packageJson(read('package.json'), elements),
    'packages/server/src/element-names.ts': serverNamesTs(elements),
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
    const current = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '';
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

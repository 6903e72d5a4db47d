#!/usr/bin/env node
/**
 * `npm run test:examples` (after `npm run build`): the example apps in examples/, one per
 * framework, as a developer copies them from docs/frameworks/.
 *
 * 1. Every code block in docs/frameworks/*.md marked `<!-- file: examples/… -->` is that file,
 *    byte for byte (the docs show the code this test builds).
 * 2. `npm pack` both packages; each example is copied to a temp dir, its `mlo-newsroom` (and
 *    `mlo-newsroom-server`) dependency pointed at the tarball, and installed from the registry
 *    (`npm install`, several at once).
 * 3. Per example: its `typecheck` script (strict TypeScript: tsc, vue-tsc, svelte-check), its
 *    `build`, then the built output served on 127.0.0.1 and opened in headless Chromium: every
 *    `<mlo-news-list>` on the page reaches `state="ready"` showing as many items as its `limit`,
 *    and the page logs no error or warning.
 * 4. In the React example's install: the event types come with each entry point (a consumer that
 *    imports one element compiles `e.items`), and the React wrappers keep `'use client'`.
 *
 *   node scripts/examples-test.mjs [name…]   only these examples (react, next, vue, svelte, …)
 *
 * Exits 1 on any failure; prints each step's time. MLO_KEEP_EXAMPLES=1 keeps the temp dir.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { collectProblems } from './browsers.mjs';
import { launch } from '../tests/e2e/browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** Each example: where its build lands, and how many news lists each of its pages shows. */
const EXAMPLES = {
  react: {
    out: 'dist',
    pages: { '/': 2 },
    // The per-element wrapper brings its element only: no other tag in the built scripts.
    absent: /mlo-(?:article|search|quote|visit-card|contact-card)\b/,
  },
  next: {
    out: 'out',
    pages: { '/': 2, '/rendered': 1 },
    // Turbopack (Next's default) and webpack.
    builds: ['build', 'build:webpack'],
    // The wrappers' server HTML carries the primitive props as attributes.
    html: { 'index.html': /<mlo-news-list src="\/news.json" limit="3" lang="en">/ },
  },
  vue: { out: 'dist', pages: { '/': 1 } },
  svelte: { out: 'dist', pages: { '/': 1 } },
  angular: { out: 'dist/browser', pages: { '/': 1 } },
  // Types only: Preact and Solid JSX, compiled.
  'jsx-types': { out: undefined, pages: {} },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${message}`);
  if (!ok) failures.push(message);
};
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const npm = (args, cwd, env = {}) =>
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });

// ---------------------------------------------------------------------------------------------
// 1. the docs show the files
// ---------------------------------------------------------------------------------------------
console.log('docs/frameworks: code blocks against the example files');
const docsDir = join(root, 'docs/frameworks');
for (const page of readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join(docsDir, page), 'utf8');
  const blocks = [...text.matchAll(/<!-- file: (\S+) -->\n```[\w-]*\n([\s\S]*?)```\n/g)];
  for (const [, path, code] of blocks) {
    const file = join(root, path);
    check(
      existsSync(file) && readFileSync(file, 'utf8') === code,
      `${page} shows ${path} as it is`,
    );
  }
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(EXAMPLES);
const unknown = names.filter((n) => !(n in EXAMPLES) || !existsSync(join(root, 'examples', n)));
if (unknown.length) {
  console.error(
    `No example ${unknown.join(', ')} (examples/: ${Object.keys(EXAMPLES).join(', ')})`,
  );
  process.exit(2);
}
if (!existsSync(join(root, 'dist/react/mlo-news-list.js'))) {
  console.error('dist/ is missing or old: run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 2. pack, copy, install
// ---------------------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'mlo-examples-'));
const started = performance.now();
let browser;
try {
  let start = performance.now();
  const pack = async (dir) =>
    join(
      work,
      JSON.parse((await npm(['pack', '--json', '--pack-destination', work], dir)).stdout)[0]
        .filename,
    );
  const tarballs = {
    'mlo-newsroom': await pack(root),
    'mlo-newsroom-server': await pack(join(root, 'packages/server')),
  };
  console.log(`\nnpm pack → ${Object.values(tarballs).join(', ')} (${seconds(start)})`);

  const skip = new Set(['node_modules', 'dist', 'out', '.next', '.angular', '.svelte-kit']);
  const dirs = {};
  for (const name of names) {
    dirs[name] = join(work, name);
    cpSync(join(root, 'examples', name), dirs[name], {
      recursive: true,
      filter: (src) => !src.split(sep).some((part) => skip.has(part)),
    });
    const pkgPath = join(dirs[name], 'package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    for (const [name, tarball] of Object.entries(tarballs))
      if (pkg.dependencies[name]) pkg.dependencies[name] = `file:${tarball}`;
    writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  start = performance.now();
  console.log(`npm install in ${names.join(', ')} (three at a time)`);
  const queue = [...names];
  const install = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const t = performance.now();
      try {
        await npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], dirs[name]);
        check(true, `${name}: installed (${seconds(t)})`);
      } catch (error) {
        check(false, `${name}: npm install failed\n${error.stderr || error.message}`);
      }
    }
  };
  await Promise.all([install(), install(), install()]);
  console.log(`  installs: ${seconds(start)}`);

  // -------------------------------------------------------------------------------------------
  // 3. type-check, build, open
  // -------------------------------------------------------------------------------------------
  browser = await launch('chromium');
  for (const name of names) {
    const dir = dirs[name];
    const { out, pages, builds = ['build'], html = {}, absent } = EXAMPLES[name];
    console.log(`\n${name}`);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const script of ['typecheck', ...builds]) {
      if (!pkg.scripts?.[script]) continue;
      start = performance.now();
      try {
        // NODE_ENV as a developer's shell has it (unset), whatever this runner was given.
        await npm(['run', script, '--silent'], dir, { NODE_ENV: '', NEXT_TELEMETRY_DISABLED: '1' });
        check(true, `${name}: npm run ${script} (${seconds(start)})`);
      } catch (error) {
        check(false, `${name}: npm run ${script}\n${error.stdout}\n${error.stderr}`);
        break;
      }
      if (script === 'typecheck' || !out) continue;
      if (absent) {
        const scripts = builtScripts(join(dir, out));
        const found = scripts.filter((file) => absent.test(readFileSync(file, 'utf8')));
        const kB =
          scripts.reduce((sum, file) => sum + brotliCompressSync(readFileSync(file)).length, 0) /
          1000;
        check(
          found.length === 0,
          `${name}: the built scripts (${kB.toFixed(1)} kB brotli) have no ${absent} ${found.join(', ')}`,
        );
      }
      for (const [file, pattern] of Object.entries(html)) {
        const text = readFileSync(join(dir, out, file), 'utf8');
        check(pattern.test(text), `${name} (${script}): ${file} has ${pattern}`);
      }
      for (const [path, lists] of Object.entries(pages))
        await openPage(`${name} (${script})`, join(dir, out), path, lists);
    }
  }

  // -------------------------------------------------------------------------------------------
  // 4. entry points, from the React example's install
  // -------------------------------------------------------------------------------------------
  if (dirs.react && existsSync(join(dirs.react, 'node_modules/typescript'))) {
    console.log('\nentry points (in the React example)');
    await entryPoints(dirs.react);
  }
} finally {
  await browser?.close();
  if (process.env.MLO_KEEP_EXAMPLES) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\nexamples: ${seconds(started)} in all`);
if (failures.length) {
  console.error(`\n${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

/** Every .js file under `dir`. */
function builtScripts(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => join(dir, String(file)));
}

/** Serves `dir` on 127.0.0.1 and checks the widgets on `path`. */
async function openPage(name, dir, path, lists) {
  const server = await serve(dir);
  const page = await browser.newPage();
  const problems = collectProblems(page);
  try {
    const { port } = server.address();
    await page.goto(`http://127.0.0.1:${port}${path}`);
    const results = await page
      .waitForFunction(
        (count) => {
          const all = [...document.querySelectorAll('mlo-news-list')];
          if (all.length < count) return false;
          const states = all.map((el) => ({
            state: el.getAttribute('state'),
            limit: Number(el.getAttribute('limit')),
            items: el.shadowRoot?.querySelectorAll('article[part~="item"]').length ?? 0,
          }));
          return states.every((s) => s.state !== null && s.state !== 'loading') && states;
        },
        lists,
        { timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue());
    check(
      results.length === lists &&
        results.every((r) => r.state === 'ready' && r.limit > 0 && r.items === r.limit),
      `${name} ${path}: ${lists} news lists ready with their limit of items ${JSON.stringify(results)}`,
    );
  } catch (error) {
    check(false, `${name} ${path}: the widgets never settled (${error.message.split('\n')[0]})`);
  } finally {
    check(problems.length === 0, `${name} ${path}: no errors or warnings ${problems.join(' | ')}`);
    await page.close();
    server.close();
  }
}

/** A static server for a built app: `/x` is x, x.html or x/index.html; else index.html. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const candidates = [path, `${path}.html`, join(path, 'index.html'), '/index.html'].map((p) =>
      resolve(dir, `.${p}`),
    );
    const file = candidates.find(
      (f) => f.startsWith(dir) && existsSync(f) && extname(f) !== '' && !f.endsWith(sep),
    );
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** Each entry point brings its event types; the React wrappers keep their directive. */
async function entryPoints(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/mlo-newsroom/package.json'), 'utf8'));
  const entries = Object.keys(pkg.exports).filter((k) => /^\.\/(mlo-[a-z-]+|define)\.js$/.test(k));
  const compilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2023', 'dom', 'dom.iterable'],
    types: [],
  };
  const tsc = join(dir, 'node_modules/typescript/bin/tsc');
  // Each entry alone in its own program, two at a time.
  const queue = [...entries];
  const one = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const name = entry.slice(2, -3);
      const sub = join(dir, `entry-${name}`);
      mkdirSync(sub);
      writeFileSync(
        join(sub, 'consumer.ts'),
        `import 'mlo-newsroom/${entry.slice(2)}';
document.addEventListener('mlo-load', (e) => e.items.length);
document.addEventListener('mlo-select', (e) => e.item.url);
document.addEventListener('mlo-search', (e) => e.query);
`,
      );
      writeFileSync(
        join(sub, 'tsconfig.json'),
        JSON.stringify({ compilerOptions, files: ['consumer.ts'] }),
      );
      try {
        await run(process.execPath, [tsc, '-p', join(sub, 'tsconfig.json')]);
        check(true, `mlo-newsroom/${entry.slice(2)} alone types e.items, e.item, e.query`);
      } catch (error) {
        check(false, `mlo-newsroom/${entry.slice(2)} alone:\n${error.stdout}`);
      }
    }
  };
  await Promise.all([one(), one()]);
  const react = join(dir, 'node_modules/mlo-newsroom/dist/react');
  const wrappers = ['../react.js', ...readdirSync(react).filter((f) => f.endsWith('.js'))];
  const bare = wrappers.filter(
    (file) => !readFileSync(join(react, file), 'utf8').startsWith('"use client";'),
  );
  check(bare.length === 0, `the React wrappers start with 'use client' ${bare.join(', ')}`);
}

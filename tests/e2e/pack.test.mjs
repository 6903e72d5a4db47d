/**
 * `npm run test:pack` (after `npm run build`): the two packages as a partner installs them,
 * `mlo-newsroom` (the widgets, this folder) and `mlo-newsroom-server` (packages/server).
 *
 * 1. package.json agrees with src/: every registration file has its `./mlo-<name>.js` export,
 *    its React wrapper and a `sideEffects` entry.
 * 2. `npm pack` both into a temp dir. The widgets' tarball alone in an empty project installs at
 *    most MAX_WIDGET_PACKAGES packages, none of them the server's. A fresh temp project installs
 *    both tarballs (their dependencies come from the registry, or npm's cache) and React.
 * 3. Node resolves every export, and each `types` file exists; TypeScript compiles a consumer
 *    against the installed types (bundler and nodenext resolution).
 * 4. esbuild bundles tests/pack/page.js there (imports `mlo-newsroom`, `/define.js`, `/react`,
 *    `/feed.schema.json`); headless Chromium opens it and we check: the main entry registered
 *    nothing, every element is defined, the React wrapper's `.feed` rendered items in the shadow
 *    root and its `onMloLoad` fired.
 * 3b. The `mlo-newsroom` command from the installed server tarball's `bin`: validate (exit 0, 1,
 *    2), convert and render; `npx <server tarball> validate` in an empty folder.
 * 5. The script-tag files from the tarball's dist/cdn/: module loader, classic loader and the
 *    one-file IIFE: widgets render, the loaders fetch the elements and the sanitizer (DOMPurify)
 *    from chunks/ next to themselves, the IIFE fetches nothing, no Lit dev-mode warning.
 *
 * The steps run in order as the file loads (each needs the one before); each check they make is
 * then one test. MLO_KEEP_PACK_TEST=1 keeps the temp dir for a look.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { readElements } from '../../scripts/elements.mjs';
import { launch } from './browsers.mjs';
import { root, sendFile, serve } from './helpers.mjs';

/** What the widgets may pull in: Lit (6 packages with its own), DOMPurify, @lit/react (and its
 * @types/react peer, which npm installs). */
const MAX_WIDGET_PACKAGES = 12;
/** The server's own dependencies: a widgets-only install must not have them. */
const SERVER_ONLY = ['jsdom', '@lit-labs/ssr', '@xmldom/xmldom'];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Every check, in order: `[ok, what]`; each becomes a test at the end. */
const checks = [];
const check = (ok, message) => checks.push([ok, message]);
const npm = (args, cwd) =>
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

// ---------------------------------------------------------------------------------------------
// 1. package.json against the source tree
// ---------------------------------------------------------------------------------------------
// The one list (src/elements.json); `npm run lint` checks the folders and generated files agree.
const elements = readElements().map((el) => ({ dir: el.folder, tag: el.tag }));

console.log(`package.json (${elements.length} elements: ${elements.map((e) => e.tag).join(', ')})`);
const reactSource = readFileSync(join(root, 'src/react.ts'), 'utf8');
for (const { dir, tag } of elements) {
  const entry = pkg.exports?.[`./${tag}.js`];
  const want = {
    types: `./dist/components/${dir}/${tag}.d.ts`,
    default: `./dist/components/${dir}/${tag}.js`,
  };
  check(
    entry?.types === want.types && entry?.default === want.default,
    `exports["./${tag}.js"] is ${JSON.stringify(want)}`,
  );
  check(
    reactSource.includes(`from './react/${tag}.js'`) &&
      readFileSync(join(root, `src/react/${tag}.ts`), 'utf8').includes(`wrap('${tag}'`),
    `src/react/${tag}.ts wraps <${tag}>, and src/react.ts exports it`,
  );
  check(
    pkg.exports?.[`./react/${tag}.js`]?.types === `./dist/react/${tag}.d.ts`,
    `exports["./react/${tag}.js"] has types`,
  );
}
check(pkg.exports?.['.']?.types === './dist/index.d.ts', 'exports["."] has types');
check(pkg.exports?.['./react']?.types === './dist/react.d.ts', 'exports["./react"] has types');
check(
  pkg.exports?.['./define.js']?.types === './dist/define.d.ts',
  'exports["./define.js"] has types',
);
check(
  pkg.customElements === 'dist/custom-elements.json',
  'customElements names dist/custom-elements.json',
);
check(
  pkg.sideEffects.includes('./dist/components/*/mlo-*.js'),
  'sideEffects keeps the registration files',
);
check(
  !pkg.sideEffects.some((p) => /index|\*\*/.test(p)),
  'sideEffects leaves the main entry tree-shakable',
);

const missingBuild = [
  'dist/index.js',
  'dist/react.js',
  'dist/custom-elements.json',
  'dist/feed.schema.json',
].filter((file) => !existsSync(join(root, file)));
if (missingBuild.length > 0)
  throw new Error(`Missing ${missingBuild.join(', ')}: run \`npm run build\` first.`);

// ---------------------------------------------------------------------------------------------
// 2. pack and install into a fresh project
// ---------------------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'mlo-pack-test-'));
const project = join(work, 'project');
let browser;
let server;
try {
  console.log(`\nnpm pack → ${work}`);
  const pack = (dir) => {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], dir));
    console.log(
      `  ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1000).toFixed(1)} kB packed`,
    );
    const files = packed.files.map((f) => f.path);
    check(
      !files.some((f) => /^(src|tests|packages)\//.test(f)),
      `${packed.name}'s tarball ships no src/, tests/ or packages/`,
    );
    return { tarball: join(work, packed.filename), files };
  };
  const { tarball, files: shipped } = pack(root);
  const serverPack = pack(join(root, 'packages/server'));
  check(
    ['dist/index.js', 'dist/cli.js', 'bin/mlo-newsroom.js'].every((f) =>
      serverPack.files.includes(f),
    ),
    "mlo-newsroom-server's tarball ships its command and API (dist/index.js, dist/cli.js, bin/)",
  );
  check(
    !shipped.some((f) => f.startsWith('bin/') || f.startsWith('dist/server/')),
    "the widgets' tarball ships no command or server code",
  );
  const stale = shipped.filter(
    (f) =>
      f.startsWith('dist/') &&
      f.endsWith('.d.ts') &&
      !existsSync(join(root, 'src', f.slice(5).replace(/\.d\.ts$/, '.ts'))) &&
      // Hand-written declarations (src/jsx/*.d.ts) are copied as they are.
      !existsSync(join(root, 'src', f.slice(5))),
  );
  check(
    stale.length === 0,
    `every declaration in the tarball has its source (dist/ built clean)${stale.length ? `: ${stale.join(', ')}` : ''}`,
  );

  // React and its types at the versions this repo uses, so npm's cache usually has them.
  const version = (name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const extra = ['react', 'react-dom', '@types/react', '@types/react-dom'].filter((name) =>
    existsSync(join(root, 'node_modules', name, 'package.json')),
  );
  const emptyProject = (dir) => {
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'mlo-pack-test', private: true, type: 'module' }, null, 2)}\n`,
    );
    return dir;
  };
  const quiet = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

  console.log("npm install the widgets' tarball alone");
  const alone = emptyProject(join(work, 'widgets-alone'));
  npm(['install', tarball, ...quiet], alone);
  const packages = installedPackages(join(alone, 'node_modules'));
  check(
    packages.length <= MAX_WIDGET_PACKAGES,
    `the widgets alone install ${packages.length} packages (at most ${MAX_WIDGET_PACKAGES}): ${packages.join(', ')}`,
  );
  check(
    !SERVER_ONLY.some((name) => packages.includes(name)),
    `the widgets alone install none of ${SERVER_ONLY.join(', ')}`,
  );

  emptyProject(project);
  console.log(`npm install both tarballs and ${extra.join(', ')} (--prefer-offline)`);
  npm(
    [
      'install',
      tarball,
      serverPack.tarball,
      ...extra.map((name) => `${name}@${version(name)}`),
      ...quiet,
    ],
    project,
  );
  const installed = join(project, 'node_modules/mlo-newsroom');
  const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const installedServer = join(project, 'node_modules/mlo-newsroom-server');
  const serverPkg = JSON.parse(readFileSync(join(installedServer, 'package.json'), 'utf8'));
  for (const [name, deps] of [
    ['mlo-newsroom', installedPkg.dependencies],
    ['mlo-newsroom-server', serverPkg.dependencies],
  ]) {
    for (const dep of Object.keys(deps ?? {})) {
      check(
        existsSync(join(project, 'node_modules', dep, 'package.json')),
        `dependency ${dep} installed from ${name}'s dependencies`,
      );
    }
  }
  check(
    serverPkg.peerDependencies?.['mlo-newsroom'] === installedPkg.version,
    `mlo-newsroom-server asks for mlo-newsroom ${installedPkg.version}, the same version`,
  );

  // -------------------------------------------------------------------------------------------
  // 3. resolution and types
  // -------------------------------------------------------------------------------------------
  console.log('\nexports, as Node resolves them from the consumer project');
  const require = createRequire(join(project, 'index.js'));
  for (const [subpath, target] of Object.entries(installedPkg.exports)) {
    const specifier = subpath === '.' ? 'mlo-newsroom' : `mlo-newsroom/${subpath.slice(2)}`;
    // Types only (`mlo-newsroom/jsx/react`): nothing for Node to load.
    if (typeof target === 'object' && !('default' in target)) {
      check(existsSync(join(installed, target.types)), `${specifier} has its types only`);
      continue;
    }
    let resolved;
    try {
      resolved = require.resolve(specifier);
    } catch {
      resolved = undefined;
    }
    check(resolved !== undefined && existsSync(resolved), `${specifier} resolves`);
    if (typeof target === 'object') {
      check(
        existsSync(join(installed, target.types)),
        `${specifier} has its types (${target.types})`,
      );
    }
  }
  let serverEntry;
  try {
    serverEntry = require.resolve('mlo-newsroom-server');
  } catch {
    serverEntry = undefined;
  }
  check(serverEntry?.startsWith(installedServer) === true, 'mlo-newsroom-server resolves');
  check(
    existsSync(join(installedServer, serverPkg.exports['.'].types)),
    `mlo-newsroom-server has its types (${serverPkg.exports['.'].types})`,
  );
  const schemaPath = require.resolve('mlo-newsroom/feed.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  check(
    typeof schema === 'object' && ('$schema' in schema || 'type' in schema),
    'feed.schema.json is a JSON Schema',
  );
  const manifest = JSON.parse(
    readFileSync(require.resolve('mlo-newsroom/custom-elements.json'), 'utf8'),
  );
  const declaredTags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter(Boolean);
  const definedTags = manifest.modules
    .flatMap((m) => m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .map((e) => e.name);
  for (const { tag } of elements) {
    check(
      declaredTags.includes(tag) && definedTags.includes(tag),
      `custom-elements.json declares and registers <${tag}>`,
    );
  }
  const manifestPaths = manifest.modules.map((m) => m.path);
  check(
    manifestPaths.every((p) => existsSync(join(installed, p))),
    'custom-elements.json names files that ship',
  );

  console.log('\nthe mlo-newsroom command, from the installed server tarball');
  const command = (...args) => {
    try {
      return {
        code: 0,
        out: execFileSync(join(project, 'node_modules/.bin/mlo-newsroom'), args, {
          cwd: project,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      };
    } catch (error) {
      return { code: error.status, out: String(error.stdout ?? '') };
    }
  };
  const demoFeed = join(root, 'demo/data/newsroom.json');
  const valid = command('validate', demoFeed, '--json');
  check(
    valid.code === 0 && JSON.parse(valid.out).items?.shown === 14,
    `npx mlo-newsroom validate: exit ${valid.code}, 14 items shown`,
  );
  const skips = command('validate', join(root, 'tests/fixtures/feeds/skips.json'));
  check(
    skips.code === 1 && /Skipped items/.test(skips.out),
    `validate of a feed with skipped items: exit ${skips.code}`,
  );
  const bomb = command('validate', join(root, 'tests/fixtures/feeds/billion-laughs.xml'));
  check(bomb.code === 2, `validate of an unreadable feed: exit ${bomb.code}`);
  const converted = command('convert', join(root, 'tests/fixtures/feeds/wordpress.xml'));
  check(
    converted.code === 0 &&
      JSON.parse(converted.out).version === 'https://jsonfeed.org/version/1.1',
    'npx mlo-newsroom convert: RSS to JSON Feed 1.1',
  );
  const rendered = command(
    'render',
    demoFeed,
    '--element',
    'mlo-article',
    '--lang',
    'sr-Cyrl',
    '--json-ld',
  );
  check(
    rendered.code === 0 &&
      /<mlo-article\s+lang="sr-Cyrl"/.test(rendered.out) &&
      rendered.out.includes('shadowrootmode="open"') &&
      rendered.out.includes('<script type="application/ld+json">'),
    'npx mlo-newsroom render: declarative shadow DOM and JSON-LD',
  );
  // As the README tells a partner to run it: npx fetches the package and runs its one command.
  const npxDir = emptyProject(join(work, 'npx'));
  let npx;
  try {
    const out = npm(
      ['exec', '--yes', ...quiet, '--package', serverPack.tarball, '--', 'mlo-newsroom'].concat([
        'validate',
        demoFeed,
        '--json',
      ]),
      npxDir,
    );
    npx = { code: 0, shown: JSON.parse(out).items?.shown };
  } catch (error) {
    npx = { code: error.status, shown: undefined };
  }
  check(
    npx.code === 0 && npx.shown === 14,
    `npx <mlo-newsroom-server tarball> validate in an empty folder: exit ${npx.code}, ${npx.shown} items shown`,
  );

  console.log('\nTypeScript in the consumer project');
  const consumer = [
    `import { MloNewsList as NewsListElement, MloLoadEvent, normalizeFeed, type FeedItem } from 'mlo-newsroom';`,
    `import 'mlo-newsroom/define.js';`,
    ...elements.map(({ tag }) => `import 'mlo-newsroom/${tag}.js';`),
    `import { MloNewsList } from 'mlo-newsroom/react';`,
    `import { createElement } from 'react';`,
    `const list: NewsListElement = document.createElement('mlo-news-list');`,
    `list.limit = 3;`,
    ...elements.map(
      ({ tag }, i) =>
        `const el${i}: HTMLElementTagNameMap['${tag}'] = document.createElement('${tag}'); void el${i};`,
    ),
    `const items: FeedItem[] = normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', items: [] }).feed.items;`,
    `export const node = createElement(MloNewsList, { feed: {}, limit: 3, onMloLoad: (e: MloLoadEvent) => e.items.length + items.length });`,
    `list.addEventListener('mlo-select', (e) => e.item.id);`,
    `import { validate, renderFeed, type ValidationReport } from 'mlo-newsroom-server';`,
    `export const report: Promise<ValidationReport> = validate('feed.json', { strict: true });`,
    `export const html: string = renderFeed({}, { element: 'mlo-quote', lang: 'sr-Cyrl' });`,
    '',
  ].join('\n');
  writeFileSync(join(project, 'consumer.ts'), consumer);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const moduleResolution of ['bundler', 'nodenext']) {
    // skipLibCheck off: our .d.ts files are what is under test.
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext',
      moduleResolution,
      types: [],
    };
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['consumer.ts'] }),
    );
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
        cwd: project,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      check(true, `tsc (moduleResolution ${moduleResolution}) compiles a consumer of every entry`);
    } catch (error) {
      check(false, `tsc (moduleResolution ${moduleResolution}):\n${error.stdout || error.message}`);
    }
  }

  // -------------------------------------------------------------------------------------------
  // 4. in the browser
  // -------------------------------------------------------------------------------------------
  console.log('\nthe page in headless Chromium');
  copyFileSync(join(root, 'tests/pack/page.js'), join(project, 'page.js'));
  const out = join(project, 'out');
  await build({
    absWorkingDir: project,
    entryPoints: ['page.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: out,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="en"><title>pack test</title><link rel="icon" href="data:,"><div id="root"></div><script type="module" src="./page.js"></script>\n',
  );
  writeFileSync(join(out, 'cdn-page.html'), cdnPageHtml());
  // The page's folder, and the tarball's script-tag files under /cdn/.
  server = await serve((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const [dir, rest] = path.startsWith('/cdn/')
      ? [join(installed, 'dist/cdn'), path.slice(4)]
      : [out, path];
    if (!sendFile(res, dir, rest)) res.writeHead(404).end();
  });
  browser = await launch('chromium');
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  await page.goto(`${server.origin}/index.html`);
  await page
    .waitForFunction(() => window.packTest?.loadEvent !== undefined, null, { timeout: 10_000 })
    .catch(() => {});
  const titles = await page
    .waitForFunction(
      () => {
        const items =
          document.querySelector('#react-list')?.shadowRoot?.querySelectorAll('[part~="item"]') ??
          [];
        return (
          items.length > 0 && [...items].map((item) => item.textContent.replace(/\s+/g, ' ').trim())
        );
      },
      null,
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => []);
  const results = await page.evaluate(() => window.packTest);

  check(
    pageErrors.length === 0 && results?.errors.length === 0,
    `no page errors${pageErrors.length ? `: ${pageErrors.join(' | ')}` : ''}`,
  );
  check(
    results?.registeredByIndex?.length === 0,
    `import('mlo-newsroom') registers nothing (${results?.registeredByIndex})`,
  );
  // The main entry's runtime names, chosen one by one in src/index.ts (#25): a name added or
  // dropped there must be added or dropped here too, and in CHANGELOG.md.
  const publicNames = [
    ...readElements().map((el) => el.className),
    ...['MloFeedElement', 'MloErrorEvent', 'MloLoadEvent', 'MloSearchEvent', 'MloSelectEvent'],
    'MloUpdateEvent',
    ...['ITEM_TYPES', 'FeedError', 'isFeedError', 'loadFeed', 'requestFeed', 'clearFeedCache'],
    ...['normalizeFeed', 'normalizeFeedInSlices', 'selectItems', 'sniffFeed', 'readXmlFeed'],
    ...['xmlToJsonFeed', 'LANGS', 'matchLang', 'toScript'],
  ].sort();
  const exported = [...(results?.indexExports ?? [])].sort();
  check(
    JSON.stringify(exported) === JSON.stringify(publicNames),
    `import('mlo-newsroom') exports exactly the ${publicNames.length} chosen names${
      JSON.stringify(exported) === JSON.stringify(publicNames)
        ? ''
        : `: extra ${exported.filter((n) => !publicNames.includes(n))}, missing ${publicNames.filter((n) => !exported.includes(n))}`
    }`,
  );
  check(results?.schemaId > 0, 'mlo-newsroom/feed.schema.json bundles');
  for (const { tag } of elements)
    check(
      results?.definedByDefine?.[tag] === true,
      `customElements.get('${tag}') after import('mlo-newsroom/define.js')`,
    );
  for (const { tag } of elements)
    check(
      results?.definedByReact?.[tag] === true,
      `customElements.get('${tag}') after import('mlo-newsroom/react')`,
    );
  check(
    results?.sameClass === true,
    'the registered <mlo-news-list> is the class the main entry exports',
  );
  check(
    results?.loadEvent?.items === 2 && results.loadEvent.isMloLoadEvent,
    'the React wrapper maps onMloLoad (2 items, an MloLoadEvent)',
  );
  check(
    titles.length === 2 && titles[0].includes('First item from the packed package'),
    `the React <MloNewsList feed={…}> rendered 2 items in its shadow root (${titles.length})`,
  );

  // -------------------------------------------------------------------------------------------
  // 5. the script-tag files, as a CDN serves them from the package (dist/cdn/)
  // -------------------------------------------------------------------------------------------
  console.log('\nthe script-tag build (dist/cdn/ from the tarball) in headless Chromium');
  for (const [name, script] of [
    ['module', '<script type="module" src="./cdn/mlo-newsroom.js"></script>'],
    ['classic loader', '<script src="./cdn/mlo-newsroom.classic.js"></script>'],
    ['one file (IIFE)', '<script src="./cdn/mlo-newsroom.iife.js"></script>'],
  ]) {
    const requests = [];
    const messages = [];
    const cdnPage = await browser.newPage();
    cdnPage.on('request', (request) => requests.push(new URL(request.url()).pathname));
    cdnPage.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
    cdnPage.on(
      'console',
      (message) => ['error', 'warning'].includes(message.type()) && messages.push(message.text()),
    );
    cdnPage.on(
      'response',
      (response) =>
        response.status() >= 400 && messages.push(`HTTP ${response.status()} ${response.url()}`),
    );
    await cdnPage.goto(`${server.origin}/cdn-page.html?script=${encodeURIComponent(script)}`);
    const state = await cdnPage
      .waitForFunction(
        () => {
          const list =
            document.querySelector('mlo-news-list')?.shadowRoot?.querySelectorAll('[part~="item"]')
              .length ?? 0;
          const body = document
            .querySelector('mlo-article')
            ?.shadowRoot?.querySelector('[part~="body"]');
          return list > 0 && body?.querySelector('strong') && { list, body: body.innerHTML };
        },
        null,
        { timeout: 10_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    const chunkRequests = requests.filter((path) => path.startsWith('/cdn/chunks/'));
    check(state?.list === 2, `${name}: <mlo-news-list> rendered its inline feed`);
    check(
      state !== undefined && !/<script|onerror/i.test(state.body),
      `${name}: <mlo-article> shows the sanitized HTML body`,
    );
    check(
      name.includes('IIFE')
        ? chunkRequests.length === 0
        : chunkRequests.some((path) => /\/sanitizer-[\w-]+\.js$/.test(path)),
      name.includes('IIFE')
        ? `${name}: one file, no chunk requests`
        : `${name}: the elements' chunks and the sanitizer (with DOMPurify) came from chunks/ next to the loader (${chunkRequests.join(', ') || 'none'})`,
    );
    // Lit's dev build warns on load ("Lit is in dev mode"); the CDN files are production builds.
    check(
      messages.length === 0,
      `${name}: no errors or warnings${messages.length ? `: ${messages.join(' | ')}` : ''}`,
    );
    await cdnPage.close();
  }
} catch (error) {
  check(false, error.stack ?? String(error));
} finally {
  await browser?.close();
  server?.close();
  if (process.env.MLO_KEEP_PACK_TEST) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

describe('the packed tarballs', () => {
  for (const [ok, message] of checks) it(message, () => assert.ok(ok));
});

/**
 * A partner page for the script-tag build: the `script` query parameter is the tag that loads
 * the library (module or classic); the data is inline, the article body is HTML to sanitize.
 */
function cdnPageHtml() {
  return `<!doctype html>
<html lang="en">
<title>script tag test</title>
<link rel="icon" href="data:,">
<mlo-news-list limit="5"><script type="application/json">${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Script tag newsroom',
    items: [
      { id: 'one', title: 'First', date_published: '2024-05-02', content_text: 'One.' },
      { id: 'two', title: 'Second', date_published: '2024-05-01', content_text: 'Two.' },
    ],
  })}</script></mlo-news-list>
<mlo-article item="html"><script type="application/json">${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Script tag newsroom',
    items: [
      {
        id: 'html',
        title: 'An HTML body',
        date_published: '2024-05-03',
        content_html:
          '<p>Kept: <strong>bold</strong>.</p><script>window.pwned = 1</scr' +
          'ipt><p onclick="window.pwned = 1">Dropped handler.</p>',
      },
    ],
  }).replaceAll('</', '<\\/')}</script></mlo-article>
<script>
  // The loader tag from the query, as a partner would paste it.
  document.write(new URLSearchParams(location.search).get('script'));
</script>
</html>
`;
}

/** Every package under a node_modules folder, nested ones included: ['lit', '@lit/react', …]. */
function installedPackages(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@')
        ? readdirSync(join(dir, name)).map((inner) => `${name}/${inner}`)
        : [name],
    )
    .flatMap((name) => [name, ...installedPackages(join(dir, name, 'node_modules'))]);
}

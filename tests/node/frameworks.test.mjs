// What a framework's server (Next.js) meets when it imports `mlo-newsroom-server` (issue #26):
// the globals it leaves, Lit's dev-mode warnings, and a second copy of the module or a browser
// registration module in the same process.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { built, demoFeedPath, root } from './helpers.mjs';

/** Runs an ES module body in a fresh Node process (with extra Node flags): { code, stdout, stderr }. */
function node(body, flags = []) {
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', body], {
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const renderDemo = (dir) => `
  const api = await import(${JSON.stringify(`${dir}/index.js`)});
  const feed = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(demoFeedPath)}, 'utf8'));
  const html = api.renderFeed(feed, { element: 'mlo-news-list', limit: 3 });`;

describe('mlo-newsroom-server in a framework', () => {
  it('leaves no window, document or location on globalThis, before or after a render', () => {
    const run = node(`
      const before = new Set(Reflect.ownKeys(globalThis));
      ${renderDemo(built)}
      const added = Reflect.ownKeys(globalThis).filter((k) => !before.has(k)).map(String);
      console.log(JSON.stringify({ added, ok: html.includes('<mlo-news-list') }));`);
    assert.equal(run.code, 0, run.stderr);
    const { added, ok } = JSON.parse(run.stdout);
    assert.ok(ok);
    for (const name of ['window', 'document', 'location', 'HTMLElement', 'requestAnimationFrame'])
      assert.ok(!added.includes(name), `${name} left on globalThis (${added.join(', ')})`);
  });

  it("prints no Lit dev-mode warning but Lit's own dev-mode notice", () => {
    const run = node(renderDemo(built), ['--conditions=development']);
    assert.equal(run.code, 0, run.stderr);
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter(Boolean);
    assert.deepEqual(
      lines.filter((line) => !line.startsWith('Lit is in dev mode')),
      [],
      'e.g. "Overriding ReactiveElement.createProperty() is deprecated"',
    );
  });

  it('renders beside a browser registration module and a second copy of itself', async () => {
    const registration = `${built}-registration`;
    const copy = `${built}-copy`;
    try {
      await build({
        entryPoints: [`${root}src/components/news-list/mlo-news-list.ts`],
        outdir: registration,
        bundle: true,
        format: 'esm',
        platform: 'node',
        packages: 'external',
        tsconfig: `${root}tsconfig.json`,
        logLevel: 'warning',
      });
      cpSync(built, copy, { recursive: true });
      const run = node(`
        await import(${JSON.stringify(`${registration}/mlo-news-list.js`)});
        ${renderDemo(built)}
        const first = html;
        {
          ${renderDemo(copy)}
          console.log(JSON.stringify({ same: html === first, items: (html.match(/part="item/g) ?? []).length }));
        }`);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), { same: true, items: 3 });
      // No "already defined by another copy" advice: the registration defined nothing here.
      assert.equal(run.stderr, '');
    } finally {
      rmSync(registration, { recursive: true, force: true });
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('React wrappers render primitive props as attributes on the server, one element each', async () => {
    const out = `${built}-react`;
    try {
      await build({
        entryPoints: [`${root}src/react/mlo-news-list.ts`, `${root}src/react/mlo-article.ts`],
        outdir: out,
        bundle: true,
        format: 'esm',
        platform: 'node',
        packages: 'external',
        tsconfig: `${root}tsconfig.json`,
        logLevel: 'error',
      });
      const run = node(`
        import { createElement } from 'react';
        import { renderToString } from 'react-dom/server';
        const { MloNewsList } = await import(${JSON.stringify(`${out}/mlo-news-list.js`)});
        console.log(renderToString(createElement(MloNewsList, {
          src: '/data/news.json', limit: 2, lang: 'sr-Cyrl', headingLevel: 4, className: 'news',
          feed: { items: [] }, onMloLoad: () => {}, timeout: undefined,
        })));`);
      const bundled = readFileSync(`${out}/mlo-news-list.js`, 'utf8');
      assert.match(bundled, /defineElement\("mlo-news-list"/);
      assert.doesNotMatch(
        bundled,
        /defineElement\("mlo-(?!news-list)/,
        'registers no other element',
      );
      assert.equal(run.code, 0, run.stderr);
      assert.equal(
        run.stdout.trim(),
        '<mlo-news-list src="/data/news.json" limit="2" lang="sr-Cyrl" heading-level="4" class="news"></mlo-news-list>',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

// Builds mlo-newsroom-server (packages/server: the `mlo-newsroom` command and the server API)
// to packages/server/dist/ with esbuild. The widgets' source it renders with (src/components,
// src/feed, ...) is bundled in from this repository, as the server needs its own classes and
// internals no public entry offers; packages stay external (lit, dompurify, @lit-labs/ssr,
// jsdom, @xmldom/xmldom are the server package's dependencies).
//   --outdir DIR  builds elsewhere (the Node tests build to a cache folder from source)
//   --types       also writes the declarations (tsc, packages/server/tsconfig.build.json)
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const server = join(root, 'packages/server');
const { values } = parseArgs({
  options: { outdir: { type: 'string' }, types: { type: 'boolean' } },
});
const outdir = values.outdir ?? join(server, 'dist');
// The package's dist/ starts clean (old chunks would ship); a cache folder is written over in
// place, as test:node and test:ssr may build into the same one at once.
if (!values.outdir) rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: join(server, 'src/index.ts'), cli: join(server, 'src/cli.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
if (values.types) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(server, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  );
}

// Builds the Node side (src/server: the `mlo-newsroom` command and `mlo-newsroom/server`) to
// dist/server/ with esbuild; its types come from tsc with the rest of dist. Packages stay
// external (lit, @lit-labs/ssr, jsdom, @xmldom/xmldom, dompurify are dependencies).
// `--outdir DIR` builds elsewhere (the Node tests build to a cache folder from source).
import { build } from 'esbuild';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
await build({
  entryPoints: { index: 'src/server/index.ts', cli: 'src/server/cli.ts' },
  outdir: values.outdir ?? 'dist/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

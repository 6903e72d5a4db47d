import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string) => resolve(here, 'src', path);

/**
 * `npm start`: the partner-like demo page (demo/) with the sample newsroom, on localhost only.
 * `npm run build`: the npm package in dist/ (ES modules, Lit and DOMPurify left as dependencies).
 */
export default defineConfig({
  root: resolve(here, 'demo'),
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [here] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { index: src('index.ts'), define: src('define.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^dompurify$/, /^valibot$/, /^react(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: src(''), entryFileNames: '[name].js' },
    },
  },
});

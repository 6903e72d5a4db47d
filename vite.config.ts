import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string) => resolve(here, 'src', path);

/**
 * Every registration file, `src/components/<name>/mlo-<name>.ts`, is its own entry (the
 * package's `./mlo-<name>.js` exports). Found on disk so a new element cannot be forgotten
 * here; its `exports` entry in package.json is checked by `npm run test:pack`.
 */
const registrations = Object.fromEntries(
  readdirSync(src('components'), { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) =>
      readdirSync(src(`components/${dir.name}`))
        .filter((file) => /^mlo-[a-z-]+\.ts$/.test(file))
        .map((file) => [
          `components/${dir.name}/${file.slice(0, -3)}`,
          src(`components/${dir.name}/${file}`),
        ]),
    ),
);

/** The per-element React wrappers, `src/react/mlo-<name>.ts` (`./react/mlo-<name>.js`). */
const reactWrappers = Object.fromEntries(
  readdirSync(src('react'))
    .filter((file) => /^mlo-[a-z-]+\.ts$/.test(file))
    .map((file) => [`react/${file.slice(0, -3)}`, src(`react/${file}`)]),
);

/**
 * The demo embeds the widgets as a partner does: through the built script tag. `npm start`
 * builds dist/cdn first (prestart), and this serves it at /cdn/ next to the demo pages.
 */
const cdn = resolve(here, 'dist/cdn');
const serveCdn = {
  name: 'mlo-serve-cdn',
  configureServer(server: {
    middlewares: {
      use(
        path: string,
        fn: (
          req: { url?: string },
          res: import('node:http').ServerResponse,
          next: () => void,
        ) => void,
      ): void;
    };
  }) {
    server.middlewares.use('/cdn', (req, res, next) => {
      const file = resolve(cdn, `.${decodeURIComponent((req.url ?? '/').split('?')[0])}`);
      if (!file.startsWith(cdn) || !existsSync(file) || !statSync(file).isFile()) return next();
      res.setHeader(
        'Content-Type',
        file.endsWith('.map')
          ? 'application/json'
          : file.endsWith('.css')
            ? 'text/css'
            : 'text/javascript; charset=utf-8',
      );
      res.end(readFileSync(file));
    });
  },
};

/**
 * `npm start`: the partner-like demo page (demo/) with the sample newsroom, on localhost only.
 * `npm run build`: the npm package in dist/ (ES modules, one file per source module so a
 * partner's bundler tree-shakes per element; the script-tag build is vite.cdn.config.ts).
 */
export default defineConfig({
  root: resolve(here, 'demo'),
  plugins: [serveCdn],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [here] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(here, 'dist'),
    // tsc has written the declarations and gen-schema the JSON Schema into dist/ already.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        index: src('index.ts'),
        define: src('define.ts'),
        react: src('react.ts'),
        ...registrations,
        ...reactWrappers,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Dependencies stay imports: the partner's bundler dedupes Lit with their own copy, and
      // DOMPurify stays a lazy import() of the sanitizer. React is the optional peer of ./react.
      external: [/^lit(\/|$)/, /^@lit\//, /^dompurify$/, /^react(\/|$)/],
      // With one output file per module, the React wrappers keep their `'use client'` (Next.js
      // needs it; scripts/examples-test.mjs checks it): the warning is about bundling them.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return;
        handler(level, log);
      },
      output: { preserveModules: true, preserveModulesRoot: src(''), entryFileNames: '[name].js' },
    },
  },
});

// ESLint flat config. `npm run lint` runs it with --max-warnings 0, and `npm test` runs
// `npm run lint` first, so a warning fails CI just as an error does.
//
// - TypeScript under src/, packages/*/src/, tests/, stories/, demo/, bench/ and .storybook/ is linted with type
//   information (typescript-eslint's recommendedTypeChecked through the project service).
// - Lit templates: eslint-plugin-lit (binding and template mistakes) and eslint-plugin-lit-a11y
//   (accessibility inside html``). Custom elements: eslint-plugin-wc.
// - Node scripts (*.mjs, *.js) get the JavaScript rules and Node's globals.
// - Formatting belongs to Prettier (`npm run format`); eslint-config-prettier turns off every
//   rule that would argue with it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      'storybook-static/',
      'node_modules/',
      'scratch/',
      'tests/fixtures/',
      // Each example app is checked by its own toolchain (npm run test:examples).
      'examples/',
      '.wtr-*',
      '**/*.d.ts',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    // Nothing imports a package package.json does not declare (a transitive one can vanish with
    // any update). src/ and packages/*/src/ ship, so they may use their own package.json's
    // dependencies only; the rest may use devDependencies.
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: true, optionalDependencies: false, peerDependencies: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: ['src/**/*.stories.ts'],
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: false, optionalDependencies: false, peerDependencies: true },
      ],
    },
  },
  {
    // The pack test's page runs in a fresh project that installed the packed tarball.
    files: ['tests/pack/**'],
    rules: { 'import-x/no-extraneous-dependencies': 'off' },
  },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts whose functions are sent to a browser page (page.evaluate) use both.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'tests/**/*.js', 'tests/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.config.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      // Unused names are tsc's job (noUnusedLocals/Parameters); a leading _ marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Lit's `@property()` fields and feed records are read through `any`-free guards, but the
      // test helpers poke at internals: keep these as errors in src/ only (below).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // An AbortSignal's reason and a caught value are passed on as they came.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'packages/*/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      // Feed content never reaches unsafeHTML (the sanitizer builds DOM nodes instead).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Feed content goes through the sanitizer into DOM nodes, never unsafeHTML.',
            },
            {
              name: 'lit/decorators.js',
              importNames: ['property', 'state'],
              message:
                'Import them from src/internal/decorators.ts (options safe from a polluted page).',
            },
          ],
        },
      ],
      // Lit calls `@event=${this.handler}` listeners with the element as `this`
      // (https://lit.dev/docs/components/events/#adding-event-listeners-in-the-element-template).
      '@typescript-eslint/unbound-method': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
    },
  },
  {
    // The layers (docs/architecture.md): feed/, i18n/ and search/ render nothing and know no
    // element, so they run in a worker and in Node (the mlo-newsroom command) as they are.
    files: ['src/feed/**/*.ts', 'src/i18n/**/*.ts', 'src/search/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'This layer renders nothing.' },
            {
              group: ['**/components/**', '**/internal/**'],
              message: 'This layer knows no element: move what both need down into it.',
            },
          ],
        },
      ],
    },
  },
  {
    // util/: small helpers every layer may use (yielding, timer clamps, tag stripping). They
    // import nothing of the project's, so any layer can depend on them.
    files: ['src/util/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'util/ renders nothing.' },
            { group: ['../*'], message: 'util/ imports nothing of the other layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['stories/**/*.ts', 'tests/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Stand-ins for async APIs (fetch, loaders) are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // Tests save and restore globals such as window.matchMedia and setTimeout.
      '@typescript-eslint/unbound-method': 'off',
      // The XSS suite plants the very calls a payload would make (string timers, alert).
      '@typescript-eslint/no-implied-eval': 'off',
      // ... and looks for control characters in what the widgets produce.
      'no-control-regex': 'off',
      // @open-wc/semantic-dom-diff merges a Promise-returning signature into chai's `equal`, so
      // every `expect(a).to.equal(b)` would read as a floating promise. The promises that matter
      // in tests (axe checks, fixtures, events, timers) are named here instead.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExpressionStatement > CallExpression[callee.property.name=/^(accessible|isAccessible|isNotAccessible)$/]',
          message: 'An axe check is a promise: await it, or it checks nothing.',
        },
        {
          selector:
            'ExpressionStatement > CallExpression[callee.name=/^(expectAccessible|fixture|oneEvent|aTimeout|nextFrame|waitUntil|elementUpdated|sendKeys|sendMouse|setViewport|emulateMedia)$/]',
          message: 'This helper returns a promise: await it.',
        },
      ],
    },
  },
  prettier,
);

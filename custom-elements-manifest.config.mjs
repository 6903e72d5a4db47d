/**
 * custom-elements.json (`npm run manifest`, part of `npm run build`; Storybook's controls and
 * autodocs read it too). The API contract is each element class's JSDoc: `@summary @tag @slot
 * @csspart @cssprop @event`, and the doc comment of each `@property`.
 *
 * We analyze the TypeScript source (the JSDoc and the decorators are there, not in dist/) but
 * record the paths a consumer imports: the package ships dist/, not src/.
 */
export default {
  globs: [
    'src/components/**/*.ts',
    // The base class: src, feed, timeout, state and reload() are inherited by every widget.
    'src/internal/feed-element.ts',
  ],
  // Styles and view helpers declare no elements; leaving them out keeps the manifest small.
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json already names the manifest; the analyzer would rewrite (and reformat) it.
  packagejson: false,
  plugins: [defineElementCalls(), elementModulesOnly(), distPaths()],
};

/**
 * Our elements register with `defineElement('mlo-x', MloX)` (src/internal/define-element.ts),
 * which the analyzer does not know; without this the manifest has no
 * `custom-element-definition` exports saying which module registers which tag.
 */
function defineElementCalls() {
  return {
    name: 'mlo-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((decl) =>
          decl.importClause?.namedBindings?.elements?.some((el) => el.name.text === ctor.text),
        );
      const module = imported
        ? new URL(imported.moduleSpecifier.text, `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: ctor.text, module },
        },
      ];
    },
  };
}

/** `src/components/x/x.ts` → `dist/components/x/x.js`, wherever the manifest names a module. */
function distPaths() {
  const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string')
          value[key] = toDist(child);
        else visit(child);
      }
    }
  };
  return {
    name: 'mlo-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Keeps the modules that declare or register an element, and the base classes they extend.
 * A component's helper modules (views, controllers) export functions for its own use; listed
 * here they would read as public API.
 */
function elementModulesOnly() {
  return {
    name: 'mlo-element-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const isElementModule = (mod) =>
        mod.declarations?.some((decl) => decl.customElement) ||
        mod.exports?.some((exp) => exp.kind === 'custom-element-definition');
      const bases = new Set(
        modules
          .filter(isElementModule)
          .flatMap((mod) => mod.declarations ?? [])
          .map((decl) => decl.superclass?.module?.replace(/^\//, ''))
          .filter(Boolean),
      );
      customElementsManifest.modules = modules.filter(
        (mod) => isElementModule(mod) || bases.has(mod.path),
      );
    },
  };
}

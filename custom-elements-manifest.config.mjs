/**
 * custom-elements.json (`npm run manifest`, part of `npm run build`; Storybook's controls and
 * autodocs read it too). The API contract is each element class's JSDoc: `@summary @tag @slot
 * @csspart @cssprop @event`, and the doc comment of each `@property`. The design tokens every
 * widget shares are `@cssprop`s of their base class, MloFeedElement, which each element inherits.
 *
 * We analyze the TypeScript source (the JSDoc and the decorators are there, not in dist/) but
 * record the paths a consumer imports: the package ships dist/, not src/.
 */
import { styleTokens } from './scripts/tokens.mjs';

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
  plugins: [
    defineElementCalls(),
    statusAndSince(),
    cssPropertySyntax(),
    tokensInStep(),
    elementModulesOnly(),
    distPaths(),
  ],
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

/**
 * Each element class's `@status` (stable, experimental or deprecated) and `@since` (the version
 * it arrived in), as Shoelace writes them, copied to its declaration in the manifest as
 * `status` and `since`. An element without both fails the build: the promise a partner reads
 * must be made on purpose.
 */
function statusAndSince() {
  const found = new Map();
  const STATUS = new Set(['stable', 'experimental', 'deprecated']);
  return {
    name: 'mlo-status-and-since',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tags = Object.fromEntries(
        ts.getJSDocTags(node).map((tag) => [tag.tagName.text, String(tag.comment ?? '').trim()]),
      );
      found.set(`${moduleDoc.path}#${node.name.text}`, { status: tags.status, since: tags.since });
    },
    packageLinkPhase({ customElementsManifest }) {
      const problems = [];
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          const { status, since } = found.get(`${mod.path}#${decl.name}`) ?? {};
          if (!STATUS.has(status) || !/^\d+\.\d+\.\d+$/.test(since ?? ''))
            problems.push(`${decl.name} (${mod.path}): @status ${status}, @since ${since}`);
          Object.assign(decl, { status, since });
        }
      }
      if (problems.length)
        throw new Error(
          `Every element class needs @status stable|experimental|deprecated and @since x.y.z:\n  ${problems.join('\n  ')}`,
        );
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

/**
 * `@cssprop {<color>} [--mlo-accent=…] - …`: the analyzer files the braces as the property's
 * `type`; the manifest schema calls a custom property's value grammar `syntax` (as CSS
 * `@property` does). Storybook's token controls read it: `<color>` gets a colour picker.
 */
function cssPropertySyntax() {
  return {
    name: 'mlo-css-property-syntax',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const prop of decl.cssProperties ?? []) {
            if (prop.type?.text) prop.syntax = prop.type.text;
            delete prop.type;
          }
        }
      }
    },
  };
}

/**
 * Each token's default is written once, in the styles (scripts/tokens.mjs): `npm run tokens`
 * writes it into the JSDoc this manifest is made from, and `npm run lint` checks that. This
 * checks the manifest itself: every token of the styles documented, with the styles' default,
 * and none that the styles do not read. A disagreement fails `npm run manifest`.
 */
function tokensInStep() {
  return {
    name: 'mlo-tokens-in-step',
    packageLinkPhase({ customElementsManifest }) {
      const { tokens, problems } = styleTokens();
      const defaults = new Map(tokens.map((token) => [token.name, token.default]));
      const documented = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .flatMap((decl) => (decl.cssProperties ?? []).map((prop) => ({ ...prop, of: decl.name })));
      for (const prop of documented) {
        if (!defaults.has(prop.name)) problems.push(`${prop.name} (${prop.of}) is in no styles`);
        else if (prop.default !== defaults.get(prop.name))
          problems.push(
            `${prop.name} (${prop.of}): ${prop.default} in the manifest, ${defaults.get(prop.name)} in the styles`,
          );
      }
      const names = new Set(documented.map((prop) => prop.name));
      for (const name of defaults.keys())
        if (!names.has(name)) problems.push(`${name} has no @cssprop`);
      if (problems.length > 0)
        throw new Error(`Tokens out of step (npm run tokens):\n  ${problems.join('\n  ')}`);
    },
  };
}

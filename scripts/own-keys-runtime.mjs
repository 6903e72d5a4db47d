/**
 * Makes the bundler's namespace helper read only the object's own keys, for the script-tag build.
 *
 * Rolldown's runtime builds a module namespace object (an inlined `import()`, `import * as x`
 * used as a value) in `__exportAll` with `for (var name in all) defineProperty(target, name,
 * { get: all[name] })`. `for…in` also walks enumerable properties a host page left on
 * `Object.prototype` (what a URL-parameter prototype pollution leaves behind): with
 * `Object.prototype.foo = 'bar'` set before our script, the helper threw `Getter must be a
 * function: bar` and no widget loaded. `Object.keys` is what the helper means. The build fails if
 * the helper is there in a shape this does not recognise, so a bundler update cannot quietly bring
 * the fault back; the hostile suite also loads both built files on a polluted page.
 */
const HELPER =
  /__exportAll = \((\w+)(?:, \w+)?\) => \{\s*let \w+ = \{\};\s*for \(var (\w+) in (\w+)\)/;

export default function ownKeysRuntime() {
  return {
    name: 'mlo-own-keys-runtime',
    renderChunk(code) {
      if (!code.includes('__exportAll = (')) return null;
      const match = HELPER.exec(code);
      if (!match || match[1] !== match[3]) {
        this.error(
          'mlo-own-keys-runtime: the bundler namespace helper changed shape; check it for `for…in`.',
        );
      }
      const [whole, , name, all] = match;
      const fixed = whole.replace(
        `for (var ${name} in ${all})`,
        `for (var ${name} of Object.keys(${all}))`,
      );
      return {
        code: code.slice(0, match.index) + fixed + code.slice(match.index + whole.length),
        map: null,
      };
    },
  };
}

/**
 * Typed handles on the mocha globals web-test-runner installs (the project has no `@types/mocha`).
 * The same shape as `tests/internal/mocha.ts`; kept here so these tests stand on their own.
 */
type Body = () => void | Promise<unknown>;
interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

const mocha = globalThis as unknown as MochaGlobals;
export const describe: MochaGlobals['describe'] = (...args) => mocha.describe(...args);
export const it: MochaGlobals['it'] = (...args) => mocha.it(...args);
export const beforeEach: MochaGlobals['beforeEach'] = (...args) => mocha.beforeEach(...args);
export const afterEach: MochaGlobals['afterEach'] = (...args) => mocha.afterEach(...args);

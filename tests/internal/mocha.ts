/** Mocha's globals, re-exported (the project has @types/mocha now). */
export const { describe, it, before, after, beforeEach, afterEach } = globalThis;
export type TestContext = Mocha.Context;

/**
 * Registration that survives a second copy of the library on the page: a partner who loads
 * both the script-tag build and an npm bundle (or two versions) gets the first copy's elements
 * and one console warning, never an exception that stops the rest of their page's script.
 */

/** How a `defineElement` call ended; tests and the entry points may log it. */
export type DefineResult = 'defined' | 'already-defined' | 'conflict' | 'unavailable';

/** Shared by every copy of the library on the page, so only one of them warns. */
const WARNED = Symbol.for('mlo-newsroom.warned');

/** Tags that hit another copy's definition since the last warning; flushed in one microtask. */
const pending = new Set<string>();
let warned = false;

/**
 * Registers `ctor` as `tag` unless the tag is taken.
 * - free tag: define it;
 * - the same constructor already there: nothing;
 * - another constructor there (another copy of the library, or a name clash): keep the
 *   first and warn once per page, listing every tag that clashed;
 * - no `customElements` (very old browsers, workers), or on a server: nothing. Lit's Node build
 *   gives the server a registry of its own (not a `CustomElementRegistry`, which Node lacks),
 *   but the server renders with its own classes (packages/server/src/elements.ts): a React wrapper or a
 *   registration module imported in a server render (Next.js) must not take their names.
 * Invalid tag names still throw: that is our bug, not the partner's page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): DefineResult {
  const registry = globalThis.customElements;
  if (registry === undefined || !onPage(registry)) return 'unavailable';

  const existing = registry.get(tag);
  if (existing === ctor) return 'already-defined';
  if (existing !== undefined) return conflict(tag);

  try {
    registry.define(tag, ctor);
    return 'defined';
  } catch (error) {
    // Another copy defined the tag in between (for example from inside a constructor or an
    // `observedAttributes` getter), or this constructor is already registered under another name.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
    return registry.get(tag) === ctor ? 'already-defined' : conflict(tag);
  }
}

function conflict(tag: string): 'conflict' {
  pending.add(tag);
  if (pending.size === 1) queueMicrotask(flushWarning);
  return 'conflict';
}

function flushWarning(): void {
  const tags = [...pending].map((t) => `<${t}>`).join(', ');
  pending.clear();
  const shared = globalThis as typeof globalThis & { [WARNED]?: boolean };
  if (warned || shared[WARNED]) return;
  warned = true;
  shared[WARNED] = true;
  console.warn(
    `mlo-newsroom: ${tags} already defined by another copy of mlo-newsroom or another ` +
      'library; the first definition was kept. Load the library once (either the script tag ' +
      'or the npm build).',
  );
}

/** A browser's registry (or jsdom's), not the one Lit's Node build makes for server rendering. */
const onPage = (registry: CustomElementRegistry): boolean =>
  typeof CustomElementRegistry === 'function' && registry instanceof CustomElementRegistry;

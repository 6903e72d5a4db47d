/**
 * The tags in Svelte 5's template checker (svelte-check), with typed props and `onmlo-…` event
 * attributes (Svelte 5 sets properties on custom elements when they have one):
 *
 * ```ts
 * // src/app.d.ts (or any .d.ts the app includes)
 * import type {} from 'mlo-newsroom/jsx/svelte';
 * ```
 *
 * Hand-written (the repository does not depend on Svelte); scripts/examples-test.mjs checks
 * the Svelte example with it.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { MloElementClasses, MloElementProps, MloEventProps, MloTag } from '../jsx.js';

export type MloSvelteProps<T extends MloTag> = Omit<
  HTMLAttributes<MloElementClasses[T]>,
  keyof MloElementProps[T]
> &
  MloElementProps[T] &
  MloEventProps<T>;

/** Every tag, from the one list (a new element needs no line here). */
export type MloSvelteElements = { [T in MloTag]: MloSvelteProps<T> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends MloSvelteElements {}
}

/**
 * The tags in Preact's JSX, with typed props and `onmlo-…` events (Preact sets properties on
 * custom elements and listens to `onmlo-load` as `mlo-load`):
 *
 * ```ts
 * import type {} from 'mlo-newsroom/jsx/preact';
 * ```
 *
 * Preact 11 (whose `HTMLAttributes` is a top-level export). Hand-written: the repository does
 * not depend on Preact; scripts/examples-test.mjs compiles examples/jsx-types against it.
 */
import type { HTMLAttributes } from 'preact';
import type { MloElementClasses, MloElementProps, MloEventProps, MloTag } from '../jsx.js';

export type MloPreactProps<T extends MloTag> = Omit<
  HTMLAttributes<MloElementClasses[T]>,
  keyof MloElementProps[T]
> &
  MloElementProps[T] &
  MloEventProps<T>;

/** Every tag, from the one list (a new element needs no line here). */
export type MloPreactElements = { [T in MloTag]: MloPreactProps<T> };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends MloPreactElements {}
  }
}

/**
 * The tags in Solid's JSX (solid-js 1.x), with typed props and `on:mlo-…` events (Solid sets
 * properties on custom elements; `on:` adds a native listener):
 *
 * ```ts
 * import type {} from 'mlo-newsroom/jsx/solid';
 * <mlo-news-list src="/news.json" limit={5} on:mlo-select={(e) => console.log(e.item.url)} />
 * ```
 *
 * Hand-written (the repository does not depend on Solid); scripts/examples-test.mjs compiles
 * it against solid-js 1.
 */
import type { JSX } from 'solid-js';
import type { MloElementClasses, MloElementEvents, MloElementProps, MloTag } from '../jsx.js';

export type MloSolidProps<T extends MloTag> = Omit<
  JSX.HTMLAttributes<MloElementClasses[T]>,
  keyof MloElementProps[T]
> &
  MloElementProps[T] & {
    [E in keyof MloElementEvents[T] & string as `on:${E}`]?: (
      event: MloElementEvents[T][E],
    ) => void;
  };

/** Every tag, from the one list (a new element needs no line here). */
export type MloSolidElements = { [T in MloTag]: MloSolidProps<T> };

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends MloSolidElements {}
  }
}

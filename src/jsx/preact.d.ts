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

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'mlo-news-list': MloPreactProps<'mlo-news-list'>;
      'mlo-article': MloPreactProps<'mlo-article'>;
      'mlo-search': MloPreactProps<'mlo-search'>;
      'mlo-quote': MloPreactProps<'mlo-quote'>;
      'mlo-visit-card': MloPreactProps<'mlo-visit-card'>;
      'mlo-contact-card': MloPreactProps<'mlo-contact-card'>;
    }
  }
}

/**
 * The tags in Preact's JSX, with typed props and `onmlo-…` events (Preact sets properties on
 * custom elements and listens to `onmlo-load` as `mlo-load`):
 *
 * ```ts
 * import type {} from 'mlo-newsroom/jsx/preact';
 * ```
 *
 * Hand-written (the repository does not depend on Preact); scripts/examples-test.mjs compiles
 * it against the latest Preact.
 */
import type { JSX } from 'preact';
import type { MloElementClasses, MloElementProps, MloEventProps, MloTag } from '../jsx.js';

export type MloPreactProps<T extends MloTag> = Omit<
  JSX.HTMLAttributes<MloElementClasses[T]>,
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

/**
 * `<mlo-news-list>` and the other tags in React 19's JSX, with typed props and `onmlo-…` event
 * props (React 19 sets properties and listens to custom events on custom elements itself):
 *
 * ```ts
 * import type {} from 'mlo-newsroom/jsx/react'; // once, in any file the app compiles
 * <mlo-news-list src="/news.json" limit={5} onmlo-select={(e) => console.log(e.item.url)} />
 * ```
 *
 * The wrappers (`mlo-newsroom/react/…`) need none of this, and work in React 17 and 18 too.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MloElementClasses, MloElementProps, MloEventProps, MloTag } from '../jsx.js';

/** React's own props for the element, then ours (`lang` and the rest of HTML's are React's). */
export type MloReactProps<T extends MloTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<MloElementClasses[T]>, MloElementClasses[T]>,
  keyof MloElementProps[T]
> &
  MloElementProps[T] &
  MloEventProps<T>;

/** Every tag, from the one list (a new element needs no line here). */
export type MloReactElements = { [T in MloTag]: MloReactProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX is a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into React's
    interface IntrinsicElements extends MloReactElements {}
  }
}

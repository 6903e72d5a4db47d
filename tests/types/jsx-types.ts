/**
 * Compile-time checks of the template types (src/jsx.ts, src/jsx/react.ts), run by `tsc --noEmit`
 * (`npm run typecheck`): a wrong line here fails the type check, an `@ts-expect-error` that no
 * longer errors fails it too. The example apps check them again from the packed package.
 */
import type { JSX } from 'react';
import '../../src/define.js';
import type { MloElementClasses, MloElementProps, MloTag } from '../../src/jsx.js';
import type {} from '../../src/jsx/react.js';

type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const expectTrue = <T extends true>(value: T) => value;

// Every registered tag has its props, and no other tag does.
type Registered = Extract<keyof HTMLElementTagNameMap, `mlo-${string}`>;
expectTrue<Equal<MloTag, Registered>>(true);
// The classes are the registered ones.
expectTrue<Equal<MloElementClasses['mlo-news-list'], HTMLElementTagNameMap['mlo-news-list']>>(true);
// Every camelCase prop is a member of its class (a renamed property fails here).
type Stray<T extends MloTag> = Exclude<
  keyof MloElementProps[T],
  keyof MloElementClasses[T] | `${string}-${string}`
>;
expectTrue<Equal<{ [T in MloTag]: Stray<T> }[MloTag], never>>(true);

// React 19 JSX: typed props, numeric strings, typed `onmlo-…` events.
export const list: JSX.IntrinsicElements['mlo-news-list'] = {
  src: '/news.json',
  limit: '2',
  'heading-level': 3,
  layout: 'grid',
  className: 'news',
  'onmlo-select': (e) => e.item.url,
  'onmlo-load': (e) => e.items.length,
};
export const search: JSX.IntrinsicElements['mlo-search'] = {
  'onmlo-search': (e) => e.query.length + e.count,
};
// @ts-expect-error -- not a number
export const badLimit: JSX.IntrinsicElements['mlo-news-list'] = { limit: 'many' };
// @ts-expect-error -- not a layout of the list
export const badLayout: JSX.IntrinsicElements['mlo-news-list'] = { layout: 'card' };
// @ts-expect-error -- the article fires no mlo-select
export const badEvent: JSX.IntrinsicElements['mlo-article'] = { 'onmlo-select': () => {} };

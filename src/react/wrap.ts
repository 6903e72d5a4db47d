'use client';
/**
 * One React wrapper per element, made with `@lit/react` (props that are element properties are
 * set as properties, so `feed={{ ... }}` passes an object; our events become `onMlo…` props),
 * plus what `@lit/react` leaves out on a server: there it renders the bare tag, so a Next.js
 * page's HTML had `<mlo-news-list></mlo-news-list>` and the partner stylesheet's reserved room
 * (which reads `limit`) and the `lang` were lost. On a server the wrappers render the primitive
 * props (strings, numbers, `true`) as the element's attributes; objects, functions and events
 * wait for the browser. The browser render sets them as properties over the same tag (the
 * wrapper marks it `suppressHydrationWarning`, and the element reflects `src`, `limit`, …).
 *
 * `'use client'`: a React Server Component cannot hold refs or effects; Next.js renders these
 * on its server as client components and hydrates them in the browser.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ReactiveElement } from 'lit';
import type {
  MloErrorEvent,
  MloLoadEvent,
  MloSearchEvent,
  MloSelectEvent,
  MloUpdateEvent,
} from '../events.js';

/** The events every data-driven widget dispatches. */
export const feedEvents = {
  onMloLoad: 'mlo-load' as EventName<MloLoadEvent>,
  onMloError: 'mlo-error' as EventName<MloErrorEvent>,
  onMloUpdate: 'mlo-update' as EventName<MloUpdateEvent>,
};
/** Widgets a visitor chooses items in (cancelable, so an app can route itself). */
export const selectEvents = {
  ...feedEvents,
  onMloSelect: 'mlo-select' as EventName<MloSelectEvent>,
};
/** The search box: also reports each search that ran. */
export const searchEvents = {
  ...selectEvents,
  onMloSearch: 'mlo-search' as EventName<MloSearchEvent>,
};

/** Props React handles itself on the tag. */
const REACT_OWN = new Set(['children', 'className', 'style', 'suppressHydrationWarning']);

/** The attribute a primitive prop is written as on the server, or `undefined` to leave it out. */
function attributeFor(
  elementClass: Pick<typeof ReactiveElement, 'elementProperties'>,
  events: Record<string, string>,
  name: string,
  value: unknown,
): string | undefined {
  if (name in events || !['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (value === false) return undefined;
  const options = elementClass.elementProperties.get(name);
  if (options) {
    if (options.attribute === false || options.state) return undefined;
    return typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
  }
  // Global attributes (`lang`, `dir`, `id`, `title`, `hidden`), and `data-*` / `aria-*` as given.
  return /^(?:lang|dir|id|title|hidden|slot|data-[\w-]+|aria-[\w-]+)$/.test(name)
    ? name
    : undefined;
}

/**
 * A React component for `tagName`. `@lit/react` in the browser; on a server (no `document`),
 * the tag with its primitive props as attributes (see the module comment).
 */
export function wrap<I extends HTMLElement, V extends Record<string, EventName>>(
  tagName: string,
  elementClass: (new () => I) & Pick<typeof ReactiveElement, 'elementProperties'>,
  events: V,
) {
  const Browser = createComponent({ tagName, elementClass, react: React, events });
  const Server = (props: Record<string, unknown>) => {
    const attributes: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
      if (REACT_OWN.has(name)) attributes[name] = value;
      else {
        const attribute = attributeFor(elementClass, events, name, value);
        if (attribute !== undefined) attributes[attribute] = value === true ? '' : String(value);
      }
    }
    return React.createElement(tagName, attributes);
  };
  Server.displayName = Browser.displayName;
  // The two agree on the tag, and the browser's suppresses the attribute differences.
  return (typeof document === 'undefined' ? Server : Browser) as unknown as typeof Browser;
}

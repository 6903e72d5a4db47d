/**
 * React wrappers (`mlo-newsroom/react`), made with `@lit/react`: props that are element
 * properties are set as properties (so `feed={{ ... }}` passes an object, not a string), and our
 * events become `onMlo…` props. Importing this module registers the elements it wraps.
 *
 * ```tsx
 * import { MloNewsList } from 'mlo-newsroom/react';
 * <MloNewsList feed={feed} limit={5} onMloSelect={(e) => { e.preventDefault(); navigate(e.item.url); }} />
 * ```
 *
 * React 19 sets properties on custom elements itself, but gives no typed `onMlo…` props, and
 * React 17/18 do neither; the wrappers cover all three.
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The element classes under other names: the wrappers take the class names, as the one
// import a React app uses (`import { MloNewsList } from 'mlo-newsroom/react'`).
import { MloArticle as ArticleElement } from './components/article/mlo-article.js';
import { MloContactCard as ContactCardElement } from './components/contact-card/mlo-contact-card.js';
import { MloNewsList as NewsListElement } from './components/news-list/mlo-news-list.js';
import { MloQuote as QuoteElement } from './components/quote/mlo-quote.js';
import { MloSearch as SearchElement } from './components/search/mlo-search.js';
import { MloVisitCard as VisitCardElement } from './components/visit-card/mlo-visit-card.js';
import type { MloErrorEvent, MloLoadEvent, MloSearchEvent, MloSelectEvent } from './events.js';

/** The events every data-driven widget dispatches. */
const feedEvents = {
  onMloLoad: 'mlo-load' as EventName<MloLoadEvent>,
  onMloError: 'mlo-error' as EventName<MloErrorEvent>,
};
/** Widgets a visitor chooses items in (cancelable, so an app can route itself). */
const selectEvents = { ...feedEvents, onMloSelect: 'mlo-select' as EventName<MloSelectEvent> };
/** The search box: also reports each search that ran. */
const searchEvents = { ...selectEvents, onMloSearch: 'mlo-search' as EventName<MloSearchEvent> };

/** `<mlo-news-list>`: the newsroom's latest items. */
export const MloNewsList = createComponent({
  tagName: 'mlo-news-list',
  elementClass: NewsListElement,
  react: React,
  events: selectEvents,
});

/** `<mlo-article>`: one item in full. */
export const MloArticle = createComponent({
  tagName: 'mlo-article',
  elementClass: ArticleElement,
  react: React,
  events: feedEvents,
});

/** `<mlo-search>`: search over the newsroom's items. */
export const MloSearch = createComponent({
  tagName: 'mlo-search',
  elementClass: SearchElement,
  react: React,
  events: searchEvents,
});

/** `<mlo-quote>`: one quote, or a rotation of them. */
export const MloQuote = createComponent({
  tagName: 'mlo-quote',
  elementClass: QuoteElement,
  react: React,
  events: selectEvents,
});

/** `<mlo-visit-card>`: one official visit. */
export const MloVisitCard = createComponent({
  tagName: 'mlo-visit-card',
  elementClass: VisitCardElement,
  react: React,
  events: selectEvents,
});

/** `<mlo-contact-card>`: the office's contact points. */
export const MloContactCard = createComponent({
  tagName: 'mlo-contact-card',
  elementClass: ContactCardElement,
  react: React,
  events: feedEvents,
});

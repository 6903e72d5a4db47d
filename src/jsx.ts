/**
 * The elements' template types for any framework (`mlo-newsroom/jsx`): what each tag takes as
 * attributes or properties, and which events it fires. The framework files beside it
 * (`mlo-newsroom/jsx/react`, `/preact`, `/solid`, `/svelte`) put them into that framework's
 * JSX or template checker; docs/frameworks/ shows how to turn each on.
 *
 * Numbers may be given as strings (`limit="2"`): the elements read both.
 */
import type { MloArticle } from './components/article/article.js';
import type { MloContactCard } from './components/contact-card/contact-card.js';
import type { MloNewsList } from './components/news-list/news-list.js';
import type { MloQuote } from './components/quote/quote.js';
import type { MloSearch } from './components/search/search.js';
import type { MloVisitCard } from './components/visit-card/visit-card.js';
import type { FeedItem } from './feed/types.js';
import type {
  MloErrorEvent,
  MloLoadEvent,
  MloSearchEvent,
  MloSelectEvent,
  MloUpdateEvent,
} from './events.js';

/** A number attribute: a number, or a numeric string as a template writes it. */
export type MloNumber = number | `${number}`;

/** What every data-driven element takes. */
export interface MloFeedProps {
  /** URL of the JSON Feed (or RSS / Atom). */
  src?: string;
  /** The feed as an object; wins over `src`. A property: `.feed` in Lit, `:feed` in Vue. */
  feed?: unknown;
  /** Milliseconds before a request gives up. */
  timeout?: MloNumber;
  /** The widget's language: `en`, `sr-Latn` or `sr-Cyrl` (else the page's). */
  lang?: string;
}

interface Heading {
  /** The heading level of item titles (1 to 6), as a property. */
  headingLevel?: MloNumber;
  /** The same as an attribute. */
  'heading-level'?: MloNumber;
}

/** Each tag's attributes and properties. */
export interface MloElementProps {
  'mlo-news-list': MloFeedProps &
    Heading & {
      limit?: MloNumber;
      type?: string;
      tag?: string;
      year?: MloNumber;
      layout?: 'list' | 'grid' | 'compact';
      filterIds?: ReadonlySet<string>;
      /** The filter bar's facets, space-separated: `type tag year`. */
      filters?: string;
      follow?: boolean;
      /** Ignores `_mlo.pinned`; as an attribute, `no-pins`. */
      noPins?: boolean;
      'no-pins'?: boolean;
    };
  'mlo-article': MloFeedProps & Heading & { item?: string | FeedItem | null };
  'mlo-search': MloFeedProps & {
    value?: string;
    type?: string;
    limit?: MloNumber;
    placeholder?: string;
    target?: string;
  };
  'mlo-quote': MloFeedProps & {
    item?: string;
    pick?: 'latest' | 'random';
    rotate?: boolean;
    interval?: MloNumber;
  };
  'mlo-visit-card': MloFeedProps & Heading & { item?: string; layout?: 'card' | 'compact' };
  'mlo-contact-card': MloFeedProps & Heading & { contact?: string };
}

export type MloTag = keyof MloElementProps;

/** Each tag's class (as `HTMLElementTagNameMap` has it once the element is imported). */
export interface MloElementClasses {
  'mlo-news-list': MloNewsList;
  'mlo-article': MloArticle;
  'mlo-search': MloSearch;
  'mlo-quote': MloQuote;
  'mlo-visit-card': MloVisitCard;
  'mlo-contact-card': MloContactCard;
}

interface FeedEvents {
  'mlo-load': MloLoadEvent;
  'mlo-error': MloErrorEvent;
  'mlo-update': MloUpdateEvent;
}
interface SelectEvents extends FeedEvents {
  'mlo-select': MloSelectEvent;
}
interface SearchEvents extends SelectEvents {
  'mlo-search': MloSearchEvent;
}

/** The events each tag fires (src/elements.json's `events`). */
export interface MloElementEvents {
  'mlo-news-list': SelectEvents;
  'mlo-article': FeedEvents;
  'mlo-search': SearchEvents;
  'mlo-quote': SelectEvents;
  'mlo-visit-card': SelectEvents;
  'mlo-contact-card': FeedEvents;
}

/**
 * The events as `on…` props, as React 19, Preact and Svelte 5 name a custom element's event:
 * `onmlo-load={(e) => e.items}` listens to `mlo-load`.
 */
export type MloEventProps<T extends MloTag> = {
  [E in keyof MloElementEvents[T] & string as `on${E}`]?: (event: MloElementEvents[T][E]) => void;
};

/**
 * The events every widget dispatches. Each is a small class with readonly fields (no `detail`
 * to unpack), and each bubbles and is composed so a partner can listen on `document`.
 * Listen with the typed map: `el.addEventListener('mlo-load', (e) => e.items)`.
 */
import type { FeedErrorReason } from './feed/errors.js';
import type { FeedItem } from './feed/types.js';

export type { FeedErrorReason };

/** Feed data arrived and was rendered (also after a background refresh). */
export class MloLoadEvent extends Event {
  constructor(
    /** The items as normalized, in feed order. */
    readonly items: FeedItem[],
    /** How many items the feed had that were dropped as malformed. */
    readonly skipped: number = 0,
    /** One developer-facing line per dropped item. */
    readonly problems: string[] = [],
    /** The feed URL when loaded from `src`; `undefined` for inline or property data. */
    readonly source?: string,
  ) {
    super('mlo-load', { bubbles: true, composed: true });
  }
}

/** The feed could not be loaded or read. */
export class MloErrorEvent extends Event {
  constructor(
    /** A stable reason code to branch on. */
    readonly reason: FeedErrorReason,
    /** Developer-facing detail; not meant for visitors and not localized. */
    readonly message: string,
    /** The HTTP status when the server answered. */
    readonly status?: number,
    /** True when the element keeps showing older good data. */
    readonly stale: boolean = false,
  ) {
    super('mlo-error', { bubbles: true, composed: true });
  }
}

/**
 * A visitor chose an item. Cancelable: `preventDefault()` stops the built-in navigation so an
 * app can route itself.
 */
export class MloSelectEvent extends Event {
  constructor(
    readonly item: FeedItem,
    /** The click or key event that caused the selection. */
    readonly originalEvent?: Event,
  ) {
    super('mlo-select', { bubbles: true, composed: true, cancelable: true });
  }
}

/** A search ran (debounced): the query as typed and how many results it found. */
export class MloSearchEvent extends Event {
  constructor(
    readonly query: string,
    readonly count: number,
  ) {
    super('mlo-search', { bubbles: true, composed: true });
  }
}

/**
 * A live refresh (`refresh`) brought news: the ids of the items it added, changed and removed.
 * Dispatched after the render; new items in a news list wait behind its "Show N new items".
 */
export class MloUpdateEvent extends Event {
  constructor(
    readonly added: readonly string[],
    readonly changed: readonly string[],
    readonly removed: readonly string[],
  ) {
    super('mlo-update', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlo-load': MloLoadEvent;
    'mlo-error': MloErrorEvent;
    'mlo-select': MloSelectEvent;
    'mlo-search': MloSearchEvent;
    'mlo-update': MloUpdateEvent;
  }
}

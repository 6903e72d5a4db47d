/**
 * What a widget has of its feed, whatever brought it (`src`, `.feed`, inline JSON, a live
 * refresh): the last good data, the last failure, the `state` attribute, and the `mlo-load`,
 * `mlo-error` and `mlo-update` events, which wait for the render that shows them. The base of
 * FeedController (feed-controller.ts), which decides where the data comes from.
 */
import type { ReactiveControllerHost } from 'lit';
import { FeedError } from '../feed/errors.js';
import type { ItemDiff } from '../feed/diff.js';
import type { Feed, FeedItem, NormalizedFeed } from '../feed/types.js';
import { MloErrorEvent, MloLoadEvent, MloUpdateEvent } from '../events.js';
import { warnOnce } from './feed-warnings.js';

export type FeedState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
  timeout?: number;
  refresh?: number;
}

export interface FeedControllerOptions {
  /** Whether the loaded feed has anything for this widget to show; decides `ready` or `empty`. */
  hasContent?: (feed: Feed) => boolean;
  /**
   * Whether the widget announces the feed's loading, error and stale states for its group of
   * widgets on the same URL (internal/feed-group.ts). Default true; `mlo-search` speaks when used.
   */
  speaks?: boolean;
  /** A live refresh changed items; called before the render that shows them (news list: hold new ones). */
  onUpdate?: (diff: ItemDiff) => void;
  /**
   * A refresh applies at once: the widget keeps its own place (search's index). Otherwise a
   * widget without `onUpdate` (one item on show) waits until it is out of view (LiveFollow).
   */
  inPlace?: boolean;
  /** The id of the item keyboard focus is in: a refresh that drops it keeps it in place. */
  focusedId?: () => string | undefined;
}

/** One empty list, so that a memo keyed on the items sees the same one every time. */
const NO_ITEMS: readonly FeedItem[] = Object.freeze([]);

export abstract class FeedResult {
  /** The lifecycle, reflected to the host's read-only `state` attribute. */
  state: FeedState = 'loading';
  /** The last good data, kept through later failures. */
  data?: NormalizedFeed;
  /** The last failure, while `state` is `error` or `stale`. */
  error?: FeedError;

  /** Events wait for the render that shows their data, so a listener sees the new DOM. */
  protected pending: Event[] = [];

  constructor(
    readonly host: FeedHost,
    protected readonly options: FeedControllerOptions = {},
  ) {}

  /** The feed on show (the last good one); `undefined` before any data. */
  get feed(): Feed | undefined {
    return this.data?.feed;
  }

  /** The feed's items; none before any data. */
  get items(): readonly FeedItem[] {
    return this.data?.feed.items ?? NO_ITEMS;
  }

  /** How many of the feed's items could not be read (see `NormalizedFeed.skipped`). */
  get skipped(): number {
    return this.data?.skipped ?? 0;
  }

  hostUpdated(): void {
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** Settles at once (small or broken local data) and renders it. */
  protected settleNow(settle: () => void): Promise<void> {
    settle();
    this.host.requestUpdate();
    return Promise.resolve();
  }

  protected succeed(result: NormalizedFeed, source: string | undefined): void {
    warnOnce(result, source);
    this.data = result;
    this.error = undefined;
    this.state = this.contentState();
    this.reflect();
    this.pending.push(new MloLoadEvent(result.feed.items, result.skipped, result.problems, source));
  }

  /**
   * A live refresh's news: only what changed is new (`diff`, see feed/diff.ts), so items that
   * stayed keep their objects and their DOM is left alone; nothing changed renders nothing.
   */
  protected applyDiff(next: NormalizedFeed, diff: ItemDiff): void {
    const changed = diff.added.length + diff.changed.length + diff.removed.length > 0;
    if (!changed && this.state !== 'stale') return;
    this.options.onUpdate?.(diff);
    this.data = { ...next, feed: { ...next.feed, items: diff.items } };
    this.error = undefined;
    this.state = this.contentState();
    this.reflect();
    if (changed) this.pending.push(new MloUpdateEvent(diff.added, diff.changed, diff.removed));
    this.host.requestUpdate();
  }

  /** A refresh found the feed unchanged: a `stale` notice from an earlier failure goes. */
  protected recovered(): void {
    if (this.state !== 'stale') return;
    this.error = undefined;
    this.state = this.contentState();
    this.reflect();
    this.host.requestUpdate();
  }

  protected fail(error: unknown): void {
    this.error =
      error instanceof FeedError
        ? error
        : new FeedError('schema', String(error), undefined, { cause: error });
    this.state = this.data ? 'stale' : 'error';
    this.reflect();
    const { reason, status, message } = this.error;
    this.pending.push(new MloErrorEvent(reason, message, status, this.state === 'stale'));
  }

  protected contentState(): FeedState {
    if (!this.data) return 'loading';
    const has = this.options.hasContent ?? ((feed: Feed) => feed.items.length > 0);
    return has(this.data.feed) ? 'ready' : 'empty';
  }

  /** Keeps `state` true to the data (filters may change what a widget has to show). */
  protected reflect(): void {
    if (this.data && (this.state === 'ready' || this.state === 'empty'))
      this.state = this.contentState();
    if (this.host.getAttribute('state') !== this.state) this.host.setAttribute('state', this.state);
  }
}

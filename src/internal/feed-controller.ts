/**
 * The data lifecycle every data-driven widget shares: where the feed comes from (the `.feed`
 * property, an inline `<script type="application/json">` child, or `src`), loading it through the
 * page-wide request cache, the `state` attribute, and the `mlo-load` / `mlo-error` events.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestFeed } from '../feed/cache.js';
import { FeedError } from '../feed/errors.js';
import { normalizeFeed, normalizeFeedInSlices } from '../feed/normalize.js';
import type { Feed, FeedItem, NormalizedFeed } from '../feed/types.js';
import type { ItemDiff } from '../feed/diff.js';
import { MloErrorEvent, MloLoadEvent, MloUpdateEvent } from '../events.js';
import { LiveFollow } from './live-follow.js';
import { warnOnce } from './feed-warnings.js';
import { yieldToPage } from '../util/yield.js';
import { nearViewport } from './near-viewport.js';
import { FeedGroup, type GroupMember } from './feed-group.js';
import { numberFrom } from './numbers.js';

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

const INLINE = ':scope > script[type="application/json"]';
/**
 * Up to this many items, `.feed` and inline data are checked at once and show in the same update
 * (about 10 ms at most); a bigger feed is checked in slices (`normalizeFeedInSlices`) so a
 * framework handing over 10,000 items does not block the page for 100 ms.
 */
const AT_ONCE = 1_000;

function itemCount(data: unknown): number {
  try {
    const items = (data as { items?: unknown } | null)?.items;
    return Array.isArray(items) ? items.length : 0;
  } catch {
    return 0; // a throwing getter: normalizeFeed reports it as a schema error
  }
}

/** One empty list, so that a memo keyed on the items sees the same one every time. */
const NO_ITEMS: readonly FeedItem[] = Object.freeze([]);

export class FeedController implements ReactiveController, GroupMember {
  /** The lifecycle, reflected to the host's read-only `state` attribute. */
  state: FeedState = 'loading';
  /** The last good data, kept through later failures. */
  data?: NormalizedFeed;
  /** The last failure, while `state` is `error` or `stale`. */
  error?: FeedError;

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
  /** A request is in flight (also while showing older data). */
  get busy(): boolean {
    return this.fetching || this.local !== undefined;
  }

  private abort?: AbortController;
  /** A request for `src` is in flight. */
  private fetching = false;
  /** A big `.feed` or inline feed being checked in slices (see `AT_ONCE`). */
  private local?: { abort: AbortController; done: Promise<void> };
  /** Events wait for the render that shows their data, so a listener sees the new DOM. */
  private pending: Event[] = [];
  private seen: { src?: string | null; feed?: unknown; inline?: string | null } = {};
  private observer?: MutationObserver;
  /** The other widgets on the page that show the same `src`. */
  private readonly group = new FeedGroup(this);
  /** The live refresh of `src` (`refresh` seconds), shared by every widget on the URL. */
  private readonly live = new LiveFollow({
    onFeed: (feed) => this.refreshed(feed),
    onError: (error) => {
      if (!this.data || this.fetching) return;
      this.fail(error);
      this.host.requestUpdate();
    },
  });

  constructor(
    readonly host: FeedHost,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
  }

  get speaks(): boolean {
    return this.options.speaks !== false;
  }

  /**
   * Whether this widget announces the feed's states and offers its Retry: it is the first of
   * the widgets on the page that show the same `src` (or the only one).
   */
  get leads(): boolean {
    return this.group.leads;
  }

  /** Fetches `src` again for every widget on the page that shows it (one shared request). */
  reloadAll(): Promise<void> {
    return this.group.reloadAll();
  }

  regroup(): void {
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // A framework may add the inline JSON after the element: watch the light DOM.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.seen = {};
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.group.leave();
    this.live.set(undefined, 0);
    this.live.unpark();
    this.abort?.abort();
    this.local?.abort.abort();
    this.local = undefined;
    this.fetching = false;
  }

  hostUpdate(): void {
    const inline = this.host.querySelector(INLINE)?.textContent ?? null;
    const { src, feed } = this.host;
    if (src !== this.seen.src || feed !== this.seen.feed || inline !== this.seen.inline) {
      this.seen = { src, feed, inline };
      // Data handed over directly is the widget's own: no group.
      this.group.join(feed === undefined || feed === null ? (src ?? undefined) : undefined);
      void this.load(false);
    }
    // Data handed over directly is not refreshed: the framework that set it owns it.
    this.live.set(feed === undefined || feed === null ? src : undefined, this.host.refresh);
    this.reflect();
  }

  hostUpdated(): void {
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** While a big `.feed` or inline feed is checked in slices: resolves when that is done. */
  get checking(): Promise<void> | undefined {
    return this.local?.done;
  }

  /** Fetches `src` again, bypassing the page's memory cache. */
  reload(): Promise<void> {
    return this.load(true);
  }

  private async load(reload: boolean): Promise<void> {
    this.abort?.abort();
    this.local?.abort.abort();
    const { src, feed, inline } = this.seen;
    const base = document.baseURI;
    if (feed !== undefined && feed !== null) return this.settleLocal(() => feed, base);
    if (inline !== null && inline !== undefined && inline.trim()) {
      void this.settleLocal(() => parseInline(inline), base);
      if (!src) return;
    }
    if (!src) {
      // Nothing to show yet (a framework may set `.feed` later): empty, quietly.
      if (!inline?.trim() && !this.data) this.state = 'empty';
      this.host.requestUpdate();
      return;
    }
    const abort = (this.abort = new AbortController());
    this.fetching = true;
    this.host.requestUpdate();
    try {
      const result = await requestFeed(src, {
        signal: abort.signal,
        reload,
        timeoutMs: numberFrom(this.host.timeout),
      });
      if (abort.signal.aborted) return;
      // Rendering is a task of its own, after the checking; the first items of a widget far
      // below the fold wait until it comes near or the page is idle (see nearViewport).
      await yieldToPage();
      if (!this.data && !abort.signal.aborted) await nearViewport(this.host);
      if (abort.signal.aborted) return;
      // Fresh data wins over a big inline feed still being checked.
      this.local?.abort.abort();
      this.succeed(result, src);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(error);
    } finally {
      if (this.abort === abort) this.fetching = false;
      this.host.requestUpdate();
    }
  }

  /** `.feed` or inline data: checked at once when small, else in slices (see `checking`). */
  private settleLocal(read: () => unknown, baseUrl: string): Promise<void> {
    let data: unknown;
    try {
      data = read();
      if (itemCount(data) <= AT_ONCE)
        return this.settleNow(() => this.succeed(normalizeFeed(data, { baseUrl }), undefined));
    } catch (error) {
      return this.settleNow(() => this.fail(error));
    }
    // Nothing to show yet: the skeleton while the items are checked (older data stays up).
    if (!this.data) this.state = 'loading';
    const abort = new AbortController();
    const done = normalizeFeedInSlices(data, { baseUrl, signal: abort.signal })
      .then(
        (result) => void (abort.signal.aborted || this.succeed(result, undefined)),
        (error: unknown) => void (abort.signal.aborted || this.fail(error)),
      )
      .finally(() => {
        if (this.local?.abort !== abort) return;
        this.local = undefined;
        this.host.requestUpdate();
      });
    this.local = { abort, done };
    this.host.requestUpdate();
    return done;
  }

  /** Settles at once (small or broken local data) and renders it. */
  private settleNow(settle: () => void): Promise<void> {
    settle();
    this.host.requestUpdate();
    return Promise.resolve();
  }

  private succeed(result: NormalizedFeed, source: string | undefined): void {
    warnOnce(result, source);
    this.data = result;
    this.error = undefined;
    this.state = this.contentState();
    this.reflect();
    this.pending.push(new MloLoadEvent(result.feed.items, result.skipped, result.problems, source));
  }

  /**
   * A poll's answer: `undefined` when the feed has not changed (then nothing renders again, but
   * a `stale` notice from an earlier failure goes). Otherwise only what changed is new: items
   * that stayed keep their objects, so their DOM is left alone.
   */
  private refreshed(next: NormalizedFeed | undefined): void {
    if (this.fetching || this.local) return;
    if (!this.data) {
      // The first load failed: the feed that came back is simply the first data.
      if (next && this.state === 'error')
        void this.settleNow(() => this.succeed(next, this.seen.src!));
      return;
    }
    if (!next) {
      if (this.state !== 'stale') return;
      this.error = undefined;
      this.state = this.contentState();
      this.reflect();
      this.host.requestUpdate();
      return;
    }
    const { onUpdate, inPlace } = this.options;
    if (!onUpdate && !inPlace) return this.live.whenUnseen(this.host, () => this.apply(next));
    this.apply(next);
  }

  private apply(next: NormalizedFeed): void {
    if (!this.data) return;
    const diff = this.live.diff!(this.data.feed.items, next.feed.items, this.options.focusedId?.());
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

  private fail(error: unknown): void {
    this.error =
      error instanceof FeedError
        ? error
        : new FeedError('schema', String(error), undefined, { cause: error });
    this.state = this.data ? 'stale' : 'error';
    this.reflect();
    const { reason, status, message } = this.error;
    this.pending.push(new MloErrorEvent(reason, message, status, this.state === 'stale'));
  }

  private contentState(): FeedState {
    if (!this.data) return 'loading';
    const has = this.options.hasContent ?? ((feed: Feed) => feed.items.length > 0);
    return has(this.data.feed) ? 'ready' : 'empty';
  }

  /** Keeps `state` true to the data (filters may change what a widget has to show). */
  private reflect(): void {
    if (this.data && (this.state === 'ready' || this.state === 'empty'))
      this.state = this.contentState();
    if (this.host.getAttribute('state') !== this.state) this.host.setAttribute('state', this.state);
  }
}

function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', 'The inline feed is not valid JSON', undefined, { cause: error });
  }
}

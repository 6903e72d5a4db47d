/**
 * The data lifecycle every data-driven widget shares: where the feed comes from (the `.feed`
 * property, an inline `<script type="application/json">` child, or `src`), loading it through the
 * page-wide request cache, and following its live refresh. What the widget then has (the data,
 * `state`, the events) is FeedResult's (feed-result.ts); local data is read in feed-local.ts.
 */
import type { ReactiveController } from 'lit';
import { requestFeed } from '../feed/cache.js';
import type { NormalizedFeed } from '../feed/types.js';
import { LiveFollow } from './live-follow.js';
import { yieldToPage } from '../util/yield.js';
import { nearViewport } from './near-viewport.js';
import { FeedGroup, type GroupMember } from './feed-group.js';
import { numberFrom } from './numbers.js';
import { checkLocal, INLINE, parseInline } from './feed-local.js';
import { FeedResult, type FeedControllerOptions, type FeedHost } from './feed-result.js';
import { feedOnItsWay, waitBriefly } from './feed-first.js';

export type { FeedControllerOptions, FeedHost, FeedState } from './feed-result.js';

export class FeedController extends FeedResult implements ReactiveController, GroupMember {
  /** A request is in flight (also while showing older data). */
  get busy(): boolean {
    return this.fetching || this.local !== undefined;
  }

  private abort?: AbortController;
  /** A request for `src` is in flight. */
  private fetching = false;
  /** A big `.feed` or inline feed being checked in slices (feed-local.ts). */
  private local?: { abort: AbortController; done: Promise<void> };
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

  constructor(host: FeedHost, options: FeedControllerOptions = {}) {
    super(host, options);
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
    void this.sync();
    const { src, feed } = this.host;
    // Data handed over directly is not refreshed: the framework that set it owns it.
    this.live.set(feed === undefined || feed === null ? src : undefined, this.host.refresh);
    this.reflect();
  }

  /**
   * Before the first render: a `src` feed already in memory or on its way is read now, and the
   * render waits a moment for it, so that it shows the items at once (feed-first.ts).
   */
  first(): Promise<void> {
    const { src, feed } = this.host;
    const local = (feed !== undefined && feed !== null) || this.host.querySelector(INLINE);
    const loading = src && !local && feedOnItsWay(src) ? this.sync() : undefined;
    return loading ? waitBriefly(loading) : Promise.resolve();
  }

  /** Loads again when the source changed: returns that load. */
  private sync(): Promise<void> | undefined {
    const inline = this.host.querySelector(INLINE)?.textContent ?? null;
    const { src, feed } = this.host;
    if (src === this.seen.src && feed === this.seen.feed && inline === this.seen.inline) return;
    this.seen = { src, feed, inline };
    // Data handed over directly is the widget's own: no group.
    this.group.join(feed === undefined || feed === null ? (src ?? undefined) : undefined);
    return this.load(false);
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
    const abort = new AbortController();
    const check = checkLocal(read, baseUrl, abort.signal);
    if ('now' in check) return this.settleNow(() => this.succeed(check.now, undefined));
    if ('error' in check) return this.settleNow(() => this.fail(check.error));
    // Nothing to show yet: the skeleton while the items are checked (older data stays up).
    if (!this.data) this.state = 'loading';
    const done = check.later
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
    if (!next) return this.recovered();
    const { onUpdate, inPlace } = this.options;
    if (!onUpdate && !inPlace) return this.live.whenUnseen(this.host, () => this.apply(next));
    this.apply(next);
  }

  private apply(next: NormalizedFeed): void {
    if (!this.data) return;
    const { focusedId } = this.options;
    this.applyDiff(next, this.live.diff!(this.data.feed.items, next.feed.items, focusedId?.()));
  }
}

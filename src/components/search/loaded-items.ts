/**
 * What `<mlo-search>` indexes. With `src`: everything the page has loaded of that feed, the first
 * file as a live refresh last brought it and the older files a news list read through `next_url`
 * (feed/loaded.ts), so a search finds what a reader could have scrolled to, and no longer finds
 * what the feed dropped. Nothing is fetched for it. With `.feed` or inline data: the widget's own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadedFiles, mergeItems, onFeedLoaded } from '../../feed/loaded.js';
import type { FeedItem } from '../../feed/types.js';
import { groupKey } from '../../internal/feed-group.js';
import { Memo } from '../../internal/memo.js';

type Host = ReactiveControllerHost & { src?: string | null; feed?: unknown };

export class LoadedItems implements ReactiveController {
  private key?: string;
  private stop?: () => void;
  private readonly memo = new Memo<readonly FeedItem[]>();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { src, feed } = this.host;
    const key = (feed === undefined || feed === null) && src ? groupKey(src) : undefined;
    if (key === this.key && (this.stop || !key)) return;
    this.hostDisconnected();
    this.key = key;
    if (key) this.stop = onFeedLoaded(key, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.key = undefined;
  }

  /** The items to index, given the widget's own (`undefined` while it has none yet). */
  get(own: readonly FeedItem[] | undefined): readonly FeedItem[] | undefined {
    if (!own || !this.key) return own;
    const { first, older } = loadedFiles(this.key);
    const latest = first?.feed.items ?? own;
    if (!older.length) return latest;
    return this.memo.get([latest, ...older], () =>
      mergeItems([latest, ...older.map((file) => file.feed.items)]),
    );
  }
}

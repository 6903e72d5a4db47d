/**
 * A widget's part in its feed's live refresh: watches the page's one poll of its URL while it is
 * on the page with a `refresh` (feed/poll.ts), and lets go when it leaves or its `src` changes.
 * The poll and the item diff are a lazy chunk: a page without `refresh` never downloads them.
 */
import type { diffItems } from '../feed/diff.js';
import type { Watcher } from '../feed/poll.js';
import { groupKey } from './feed-group.js';
import { positiveOr } from './numbers.js';

export class LiveFollow {
  private key?: string;
  private stop?: () => void;
  /** `diffItems`, once the poll's chunk has loaded (it has when a watcher hears anything). */
  diff?: typeof diffItems;

  constructor(private readonly watcher: Omit<Watcher, 'seconds'>) {}

  /** Follows `src` every `refresh` seconds; no `src` or no positive `refresh` stops. */
  set(src: string | null | undefined, refresh: unknown): void {
    const seconds = positiveOr(refresh, 0);
    const url = src && seconds ? groupKey(src) : undefined;
    const key = url && `${seconds} ${url}`;
    if (key === this.key) return;
    this.stop?.();
    this.stop = undefined;
    this.key = key;
    if (!url) return;
    void import('../feed/poll.js').then(({ watchFeed, diffItems }) => {
      this.diff = diffItems;
      if (this.key === key) this.stop = watchFeed(url, { ...this.watcher, seconds });
    });
  }
}

/**
 * A widget's part in its feed's live refresh: watches the page's one poll of its URL while it is
 * on the page with a `refresh` (feed/poll.ts), and lets go when it leaves or its `src` changes.
 */
import { watchFeed, type Watcher } from '../feed/poll.js';
import { groupKey } from './feed-group.js';
import { positiveOr } from './numbers.js';

export class LiveFollow {
  private key?: string;
  private stop?: () => void;

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
    if (url) this.stop = watchFeed(url, { ...this.watcher, seconds });
  }
}

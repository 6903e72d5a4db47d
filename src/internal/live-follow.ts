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
      if (this.key === key && !this.stop) this.stop = watchFeed(url, { ...this.watcher, seconds });
    });
  }

  private parked?: () => void;
  private unwatch?: () => void;

  /**
   * Runs `apply` (a refresh that changes what a single-item widget shows: the latest quote, the
   * newest article) once the widget is out of the viewport or the tab is hidden, so nothing the
   * reader is looking at changes size or moves under them; a later refresh replaces a parked one.
   */
  whenUnseen(host: Element, apply: () => void): void {
    this.parked = apply;
    if (this.unwatch) return;
    const run = () => {
      const parked = this.parked;
      this.unpark();
      parked?.();
    };
    const onHidden = () => document.hidden && run();
    // Its first answer says whether the widget is in view now; later ones, when that changes.
    const observer = new IntersectionObserver((entries) => {
      if (!entries[entries.length - 1]?.isIntersecting) run();
    });
    observer.observe(host);
    document.addEventListener('visibilitychange', onHidden);
    this.unwatch = () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', onHidden);
    };
  }

  /** Forgets a parked refresh (it ran, or the widget left). */
  unpark(): void {
    this.parked = undefined;
    this.unwatch?.();
    this.unwatch = undefined;
  }
}

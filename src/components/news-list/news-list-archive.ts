/**
 * The archive beyond the feed's first file: when a list has shown every item it has, Load more
 * fetches the file at `next_url` (through the page-wide request cache, so the same rules and one
 * request per URL, shared with other widgets), never before it is asked for. It ends at a file
 * without `next_url`, at a URL already read (a loop) or after MAX_FILES files. A failed file
 * keeps what is shown; the next Load more tries it again.
 */
import { requestFeed } from '../../feed/cache.js';
import { noteOlderFile } from '../../feed/loaded.js';
import type { FeedItem, NormalizedFeed } from '../../feed/types.js';
import { groupKey } from '../../internal/feed-group.js';

/** The most files one list reads, the first included. */
const MAX_FILES = 100;

export class Archive {
  /** The older files' items, in file order; an id already seen is dropped. */
  items: FeedItem[] = [];
  loading = false;
  failed = false;
  /** URLs read, the first file's included (a `next_url` among them is a loop). */
  private seen = new Set<string>();
  /** The last older file's `next_url`, once one has been read. */
  private last?: string | null;
  private abort?: AbortController;

  /** Forgets the older files (the list's `src` or data changed). */
  reset(): void {
    this.abort?.abort();
    this.items = [];
    this.seen.clear();
    this.last = undefined;
    this.loading = this.failed = false;
  }

  /** The next file to read, or `undefined` when the archive has ended. */
  next(src: string | undefined, first: NormalizedFeed | undefined): string | undefined {
    const url = this.last === undefined ? first?.feed.nextUrl : (this.last ?? undefined);
    if (!url || this.seen.has(url) || (src && groupKey(src) === url)) return undefined;
    return this.seen.size + 1 >= MAX_FILES ? undefined : url;
  }

  /** Reads the next file; resolves `true` when it brought it (even with no new items). */
  async more(
    src: string | undefined,
    first: NormalizedFeed | undefined,
    timeoutMs?: number,
  ): Promise<boolean> {
    const url = this.next(src, first);
    if (!url || this.loading) return false;
    const abort = (this.abort = new AbortController());
    this.loading = true;
    this.failed = false;
    try {
      const result = await requestFeed(url, { signal: abort.signal, timeoutMs });
      if (abort.signal.aborted) return false;
      this.seen.add(url);
      // A search on the same feed finds these items too (feed/loaded.ts).
      if (src) noteOlderFile(groupKey(src), url);
      this.last = result.feed.nextUrl ?? null;
      const ids = new Set([...(first?.feed.items ?? []), ...this.items].map((item) => item.id));
      const added = result.feed.items.filter((item) => !ids.has(item.id) && !!ids.add(item.id));
      this.items = [...this.items, ...added];
      return true;
    } catch {
      if (!abort.signal.aborted) this.failed = true;
      return false;
    } finally {
      if (this.abort === abort) this.loading = false;
    }
  }
}

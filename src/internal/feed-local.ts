/**
 * Data handed to a widget directly, as `.feed` or an inline `<script type="application/json">`
 * child: read and checked at once when small, in slices when big (FeedController settles it).
 */
import { FeedError } from '../feed/errors.js';
import { normalizeFeed, normalizeFeedInSlices } from '../feed/normalize.js';
import type { NormalizedFeed } from '../feed/types.js';

/** The inline feed, a child of the widget. */
export const INLINE = ':scope > script[type="application/json"]';

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

/** A local feed checked: at once (`now`), failed at once (`error`), or being checked (`later`). */
export type LocalCheck =
  { now: NormalizedFeed } | { error: unknown } | { later: Promise<NormalizedFeed> };

/** Reads and checks local data: at once when small or broken, else in slices until `signal`. */
export function checkLocal(read: () => unknown, baseUrl: string, signal: AbortSignal): LocalCheck {
  let data: unknown;
  try {
    data = read();
    if (itemCount(data) <= AT_ONCE) return { now: normalizeFeed(data, { baseUrl }) };
  } catch (error) {
    return { error };
  }
  return { later: normalizeFeedInSlices(data, { baseUrl, signal }) };
}

export function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', 'The inline feed is not valid JSON', undefined, { cause: error });
  }
}

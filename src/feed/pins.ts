/**
 * Pinned items (`_mlo.pinned`): `true`, or a date until which the item stays pinned. A news list
 * shows its pinned items first, in the order they already had among themselves (newest first),
 * then the rest. Only lists: a pinned statement does not stand in for the latest quote, visit or
 * article (`<mlo-quote>` and the others show what is newest). Plain functions, no DOM.
 */
import * as read from './read-fields.js';
import { quote, readDate } from './read-values.js';
import { timeOf } from './select.js';
import type { FeedItem } from './types.js';

/** `_mlo.pinned` as the model keeps it: `true`, or the ISO date (or date-time) it ends. */
export type Pinned = true | string;

/**
 * Reads `_mlo.pinned`: `true`, `false`, or a date; anything else is reported and ignored (the
 * item is shown, unpinned). A date can be a day (`2026-12-31`: pinned through that day, UTC)
 * or a moment (`2026-12-31T18:00:00+01:00`).
 */
export function readPinned(ext: read.Json, report: read.Report): Pinned | undefined {
  const value = read.field(ext, 'pinned');
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return true;
  const date = typeof value === 'string' && value.length <= 100 ? readDate(value) : undefined;
  if (date) return date;
  report('pinned', `${quote(value)} is neither true nor a date: the item is not pinned`);
  return undefined;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whether `item` is pinned at `now` (ms): `true`, or a date not yet past. */
export function isPinned(item: Pick<FeedItem, 'pinned'>, now: number): boolean {
  const { pinned } = item;
  if (pinned === undefined) return false;
  if (pinned === true) return true;
  const until = timeOf({ datePublished: pinned });
  if (until === undefined) return false;
  // A day alone lasts until its end.
  return now < (pinned.length === 10 ? until + DAY : until);
}

/**
 * The pinned items first, then the others, each group in its given order (a stable partition:
 * the list's newest-first order stays within each). The same array when nothing is pinned.
 */
export function pinnedFirst<T extends Pick<FeedItem, 'pinned'>>(items: T[], now: number): T[] {
  const pinned = items.filter((item) => isPinned(item, now));
  if (!pinned.length) return items;
  return [...pinned, ...items.filter((item) => !isPinned(item, now))];
}

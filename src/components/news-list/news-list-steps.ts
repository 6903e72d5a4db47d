import type { FeedItem } from '../../feed/types.js';
import { CHUNK } from './news-list-metrics.js';

/**
 * A long page renders in steps, so no task holds the main thread for long: the update that
 * brings the data (or a new page) renders the first `FIRST` items, then each following task adds
 * the next batch until the page is complete (the browser renders frames in between). A batch is
 * sized from the last step's cost so its update takes about `STEP_MS`; the frame's style and
 * layout for it stay small because off-screen chunks are skipped (content-visibility in
 * news-list.styles.ts). Items are grouped in `CHUNK`-sized templates; a chunk already in
 * the DOM is skipped (`guard`) by later steps, so each step costs its new items only.
 */
export const FIRST = 50;
const STEP_MS = 16;
const MAX_BATCH = 2000;

/** A new task, so the browser can paint and handle input between steps (it does, ~1 per frame). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** What an update renders: `count` of the first `wanted` items of `items`. */
export interface Rendering {
  items?: FeedItem[];
  count: number;
  wanted: number;
}

/**
 * The next update's share of a page of `wanted` items of `all`: at least the first FIRST (from
 * `from`, the first new item after Load more), plus whatever earlier steps reached for the
 * same list.
 */
export function planStep(last: Rendering, all: FeedItem[], wanted: number, from = 0): Rendering {
  const kept = last.items === all ? last.count : 0;
  return { items: all, count: Math.min(wanted, Math.max(kept, from + FIRST)), wanted };
}

/** Items per step after one that added `added` items in `ms`: sized to take about STEP_MS. */
export function batchAfter(ms: number, added: number): number {
  const perItem = Math.max(ms, 1) / added;
  return Math.min(MAX_BATCH, Math.max(CHUNK, Math.round(STEP_MS / perItem)));
}

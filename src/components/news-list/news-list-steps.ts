import type { ReactiveControllerHost } from 'lit';
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
const FIRST = 50;
const STEP_MS = 16;
const MAX_BATCH = 2000;

/** A new task, so the browser can paint and handle input between steps (it does, ~1 per frame). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

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
function planStep(last: Rendering, all: FeedItem[], wanted: number, from = 0): Rendering {
  const kept = last.items === all ? last.count : 0;
  return { items: all, count: Math.min(wanted, Math.max(kept, from + FIRST)), wanted };
}

/** Items per step after one that added `added` items in `ms`: sized to take about STEP_MS. */
function batchAfter(ms: number, added: number): number {
  const perItem = Math.max(ms, 1) / added;
  return Math.min(MAX_BATCH, Math.max(CHUNK, Math.round(STEP_MS / perItem)));
}

/** A list's rendering steps: what each update renders, and the next step while one is due. */
export class Steps {
  /**
   * What this update renders of the current page: `count` of the `wanted` first items of
   * `items` (see FIRST). Planned before the host's `render()`, which only reads it.
   */
  rendering: Rendering = { count: 0, wanted: 0 };
  /** The next rendering step, while the page is incomplete. */
  private nextStep?: Promise<void>;
  /** Items per step, adapted to how long the last step's update took. */
  private batch = FIRST;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Plans this update, then runs it (`update`), timed: nothing but the state's view while
   * loading, failed or empty (`all` undefined); else at least the first FIRST items of the page
   * (from `from`, the first new item after Load more), plus whatever earlier steps reached for
   * the same list. A page is the first `size` items of `all`.
   */
  update(all: FeedItem[] | undefined, size: number, from: number | undefined, update: () => void) {
    const { count } = this.rendering;
    this.plan(all, size, from);
    const start = performance.now();
    update();
    const added = this.rendering.count - count;
    if (added >= CHUNK) {
      this.batch = batchAfter(performance.now() - start, added);
    }
  }

  /** Plans what the next render shows (also the server's render, where `update()` does not run). */
  plan(all: FeedItem[] | undefined, size: number, from: number | undefined): void {
    this.rendering = all
      ? planStep(this.rendering, all, Math.min(all.length, size), from)
      : { count: 0, wanted: 0 };
  }

  /** After an update: the next step in a new task, while the page is incomplete. */
  updated(): void {
    const { count, wanted } = this.rendering;
    if (count < wanted && !this.nextStep) {
      this.nextStep = nextTask().then(() => {
        this.nextStep = undefined;
        this.rendering.count = Math.min(this.rendering.wanted, this.rendering.count + this.batch);
        this.host.requestUpdate();
      });
    }
  }

  /** `updateComplete` (`complete`) once every step is in. */
  async complete(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.nextStep) {
      await this.nextStep;
      done = (await complete()) && done;
    }
    return done;
  }
}

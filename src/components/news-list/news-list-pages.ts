/**
 * A news list's paging: how many pages it shows (Load more adds one, reading the archive's next
 * file past the last item in hand), the ids a live refresh added that wait behind "Show N new
 * items" (`held`), and the item keyboard focus goes to after either (the first new one).
 */
import type { ReactiveControllerHost } from 'lit';
import type { ItemDiff } from '../../feed/diff.js';
import type { FeedItem } from '../../feed/types.js';
import { focusItem } from './news-list-focus.js';

type Host = ReactiveControllerHost & { readonly items: FeedItem[] };

export class Pages {
  /** Pages shown, each of the list's page size. */
  count = 1;
  /** Ids a live refresh added that wait behind "Show N new items" (see `renderNew`). */
  held: ReadonlySet<string> = new Set();
  /** The item to focus after the next update. */
  focusIndex?: number;

  constructor(private readonly host: Host) {}

  /** Back to the first page (a filter changed). */
  first(): void {
    if (this.count === 1) return;
    this.count = 1;
    this.host.requestUpdate();
  }

  /** New items wait, except on a list that shows nothing yet (`showing` false): it shows them. */
  hold(diff: ItemDiff, showing: () => boolean): void {
    const held = new Set([...this.held, ...diff.added]);
    for (const id of diff.removed) held.delete(id);
    this.held = showing() ? held : new Set();
    this.host.requestUpdate();
  }

  /** Shows the waiting items and moves focus to the first of them. */
  showNew(size: number): void {
    const { held } = this;
    this.held = new Set();
    this.host.requestUpdate();
    const first = this.host.items.findIndex((item) => held.has(item.id));
    this.focusIndex = Math.max(0, first);
    // The new items may push the page past its size: grow it so none of them is cut off.
    this.count = Math.max(this.count, Math.ceil((this.focusIndex + 1) / size));
  }

  /** The next page; past the last item in hand, the next file of the archive (`older`) first. */
  async more(size: number, older: () => Promise<boolean>): Promise<void> {
    const before = this.host.items.length;
    if (size * this.count >= before) {
      this.host.requestUpdate();
      const read = await older();
      this.host.requestUpdate();
      if (!read) return;
    }
    this.focusIndex = Math.min(size * this.count, before);
    this.count = Math.ceil((this.focusIndex + size) / size);
    this.host.requestUpdate();
  }

  /** After an update: focus where `showNew` or `more` asked, once. */
  focus(root: ParentNode): void {
    if (this.focusIndex === undefined) return;
    focusItem(root, this.focusIndex);
    this.focusIndex = undefined;
  }
}

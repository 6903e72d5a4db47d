/** Keyboard focus among a news list's items (`part="item"`): where it is, and where it goes. */
import type { FeedItem } from '../../feed/types.js';

const itemsIn = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[part~="item"]')];

/** The id of the item keyboard focus is in (`active`), of the `shown` items, in order. */
export function focusedId(
  root: ParentNode,
  active: Element | null | undefined,
  shown: readonly FeedItem[] | undefined,
): string | undefined {
  if (!active) return undefined;
  return shown?.[itemsIn(root).findIndex((el) => el.contains(active))]?.id;
}

/** Focuses the item at `index`, if there is one. */
export function focusItem(root: ParentNode, index: number): void {
  itemsIn(root)[index]?.focus();
}

/** The ARIA feed pattern's keys: Page Down / Page Up move between items. */
export function moveByPage(event: KeyboardEvent, root: ParentNode, shadow: ShadowRoot): void {
  if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
  const items = itemsIn(root);
  const current = items.findIndex((el) => el.contains(shadow.activeElement));
  const next = items[current + (event.key === 'PageDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

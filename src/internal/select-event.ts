import type { FeedItem } from '../feed/types.js';
import { MloSelectEvent } from '../events.js';

/**
 * A plain click on an item's link: fires `mlo-select` from `host` and, when the host page
 * cancels it, keeps the browser from following the link. New-tab, download and other modified
 * clicks are left to the browser as usual.
 */
export function announceSelect(host: HTMLElement, event: MouseEvent, item: FeedItem): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const select = new MloSelectEvent(item, event);
  host.dispatchEvent(select);
  if (select.defaultPrevented) event.preventDefault();
}

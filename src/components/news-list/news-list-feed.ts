/**
 * The list itself: "Show N new items", the `role="feed"` container of the items rendered so far
 * (in CHUNK-sized groups, see news-list-steps.ts) or the line that the filters left nothing,
 * and the Load more row.
 */
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedItem } from '../../feed/types.js';
import { renderListItem, type ItemContext } from './news-list-item.js';
import { CHUNK } from './news-list-metrics.js';
import type { Rendering } from './news-list-steps.js';
import { renderMore, renderNew } from './news-list-views.js';
import type { Selected } from './news-list-select.js';

/** The handlers of the feed's controls. */
export interface FeedHandlers {
  onShowNew: () => void;
  onLoadMore: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/**
 * `older`: the archive has another file for Load more; `failed`: its last file could not be
 * read; `skipped`: items of the feed that could not be shown.
 */
export function renderFeed(
  { items: all = [], count, wanted }: Rendering,
  base: Omit<ItemContext, 'isPinned'>,
  { pinned, waiting }: Selected,
  older: boolean,
  skipped: number,
  failed: boolean,
  on: FeedHandlers,
) {
  const total = all.length;
  const { lang, m: messages, layout, headingLevel } = base;
  const isPinned = pinned.size ? (item: FeedItem) => pinned.has(item.id) : undefined;
  const context = { ...base, isPinned };
  const chunks = [];
  for (let start = 0; start < count; start += CHUNK) {
    const end = Math.min(start + CHUNK, count);
    // A full chunk off screen is skipped whole (content-visibility), so a frame's style and
    // layout work does not grow with every item of a long page.
    chunks.push(html`<div class=${end - start === CHUNK ? 'chunk full' : 'chunk'}>
        ${guard([all, start, end, layout, headingLevel, lang, messages], () =>
          repeat(
            all.slice(start, end),
            (item) => item.id,
            (item, i) => renderListItem(item, start + i, total, context),
          ),
        )}
      </div>`);
  }
  // The filter bar can leave nothing: a line says so where the feed was (an empty feed role is wrong).
  const none = html`<p part="notice" class="notice">${messages.filters.none}</p>`;
  return html`${renderNew(waiting, messages, on.onShowNew)}${
    total
      ? html`<div
        part="feed"
        class="feed"
        role="feed"
        aria-label=${messages.list.label}
        aria-busy=${count < wanted ? 'true' : 'false'}
        @keydown=${on.onKeydown}
      >
        ${chunks}
      </div>`
      : none
  }
      ${renderMore(wanted < total || older, skipped, messages, on.onLoadMore, failed)}`;
}

/** The news list's templates around its items: the loading skeleton and the Load more row. */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { renderLoadingLabel } from '../../internal/views.js';
import type { ItemContext } from './news-list-item.js';
import { SKELETON_MAX } from './news-list-metrics.js';

/**
 * Load more, and beside it the quiet "N items could not be shown" (and "older news could not be
 * loaded" after a failed archive file; Load more tries it again): all in the row the skeleton
 * reserves for the button, on one line, so none moves the page.
 */
export function renderMore(
  more: boolean,
  skipped: number,
  m: Messages,
  onLoadMore: () => void,
  failed = false,
) {
  if (!more && !skipped) return nothing;
  return html`<div class="more">
    ${
      more
        ? html`<button part="button load-more" class="button load-more" type="button" @click=${onLoadMore}>
          ${m.list.loadMore}
        </button>`
        : nothing
    }
    ${failed ? html`<p part="skipped" class="skipped">${m.list.moreFailed}</p>` : nothing}
    ${skipped ? html`<p part="skipped" class="skipped">${m.list.skipped(skipped)}</p>` : nothing}
  </div>`;
}

/**
 * "Show N new items", over the top of the list: out of the flow (news-list.styles.ts), so its
 * arrival moves nothing on the partner's page; first in the tab order of the list.
 */
export function renderNew(count: number, m: Messages, onShow: () => void) {
  if (!count) return nothing;
  return html`<div class="new-row">
    <button part="button new-items" class="button new-items" type="button" @click=${onShow}>
      ${m.list.showNew(count)}
    </button>
  </div>`;
}

/** Placeholders shaped like the real items, so nothing moves when the data lands. */
export function renderSkeleton(layout: ItemContext['layout'], pageSize: number, m: Messages) {
  const count = Math.min(pageSize, SKELETON_MAX);
  // A compact title is one line, so its skeleton is one bar: a second overflowed the line, and
  // WebKit's -webkit-box does not collapse the bars' margins, so there it outgrew its room.
  return html`${renderLoadingLabel(m)}
    <div part="feed" class="feed" aria-hidden="true">
      ${Array.from(
        { length: count },
        () => html`<div class="item">
        ${layout === 'compact' ? nothing : html`<div class="figure"><div class="image skeleton"></div></div>`}
        <div class="body">
          <div class="meta"><span class="skeleton line tiny"></span></div>
          <div class="title"><span class="skeleton line"></span>${layout === 'compact' ? nothing : html`<span class="skeleton line short"></span>`}</div>
          ${layout === 'compact' ? nothing : html`<div class="summary"><span class="skeleton line"></span><span class="skeleton line"></span></div>`}
        </div>
      </div>`,
      )}
    </div>
    <!-- A feed usually holds more than one page: keep the Load more button's room too. -->
    <div class="button load-more placeholder" aria-hidden="true"></div>`;
}

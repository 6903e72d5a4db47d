/**
 * "Follow: RSS · JSON Feed" under a news list (`follow`): the feed itself and the alternates it
 * names (src/feed/follow.ts), each a `rel="alternate"` link with its media type, every URL
 * through safe-url.ts. One line of fixed height (FOLLOW in news-list-metrics.ts), in the
 * skeleton too and kept even when the feed names no address, so nothing moves.
 */
import { html, nothing } from 'lit';
import { formatOf } from '../../feed/follow.js';
import type { FeedLink } from '../../feed/types.js';
import type { Messages } from '../../i18n/index.js';
import { safeUrl } from '../../internal/safe-url.js';

const NAMES = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' } as const;

export function renderFollow(links: readonly FeedLink[] | undefined, m: Messages) {
  if (!links) return nothing;
  const shown = links.flatMap((link) => {
    const href = safeUrl(link.url);
    const format = formatOf(link.type);
    return href
      ? [{ href, type: link.type, text: format ? NAMES[format] : (link.title ?? m.filters.feed) }]
      : [];
  });
  return html`<p part="follow" class="follow">
    ${
      shown.length
        ? html`<span class="follow-label">${m.filters.follow}</span>
          ${shown.map(
            (link, i) =>
              html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}<a part="link follow-link" href=${link.href} rel="alternate" type=${link.type}>${link.text}</a>`,
          )}`
        : nothing
    }
  </p>`;
}

/** The line's room while the feed loads. */
export const renderFollowSkeleton = (on: boolean) =>
  on ? html`<p class="follow" aria-hidden="true"></p>` : nothing;

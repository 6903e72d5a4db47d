/**
 * The article's Share button and its feedback: the share sheet, else the link copied ("Link
 * copied.", said by the widget's status region and shown beside the button), else, when the
 * clipboard is refused, the link in a read-only field, selected, to copy by hand.
 */
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FeedItem } from '../../feed/types.js';
import type { Messages } from '../../i18n/index.js';
import { safeUrl } from '../../internal/safe-url.js';
import { shareLink } from '../../internal/share.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The link to share: the item's own page, else the page the article is on (without a fragment). */
function shareUrl(item: FeedItem): string {
  const own = safeUrl(item.url);
  if (own && /^https?:\/\//i.test(own)) return own;
  return location.href.split('#')[0];
}

export class ShareControl implements ReactiveController {
  /** What the last click ended in, until the item changes; drives the note and the field. */
  private outcome?: { item: FeedItem; result: 'copied' | 'refused'; url: string };
  /** Bumped at each copy, so a second "Link copied." is said again. */
  count = 0;

  constructor(
    private readonly host: Host,
    private readonly onAnnounce: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The sentence for the status region, while it applies to the item on show. */
  said(item: FeedItem | undefined, m: Messages): string | undefined {
    if (!item || this.outcome?.item !== item) return undefined;
    return this.outcome.result === 'copied' ? m.share.copied : m.share.copyByHand;
  }

  /** `ui`: the widget's language, set where the article carries its item's own (WCAG 3.1.2). */
  render(item: FeedItem, m: Messages, ui?: string) {
    const done = this.outcome?.item === item ? this.outcome : undefined;
    return html`<div part="share" class="share" lang=${ifDefined(ui)}>
      <button part="button share-button" class="button" type="button" @click=${() => void this.share(item)}>
        ${m.share.share}
      </button>
      ${done?.result === 'copied' ? html`<span class="share-note" aria-hidden="true">${m.share.copied}</span>` : nothing}
      ${
        done?.result === 'refused'
          ? html`<input part="share-field" class="share-field" type="url" readonly .value=${done.url} aria-label=${m.share.link} @focus=${selectAll} />`
          : nothing
      }
    </div>`;
  }

  private async share(item: FeedItem): Promise<void> {
    const url = shareUrl(item);
    const result = await shareLink({ title: item.title, url });
    if (result === 'shared' || result === 'cancelled') {
      this.outcome = undefined;
      this.host.requestUpdate();
      return;
    }
    this.outcome = { item, result, url };
    this.count++;
    this.onAnnounce();
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    if (result === 'refused')
      this.host.shadowRoot?.querySelector<HTMLInputElement>('.share-field')?.focus();
  }
}

const selectAll = (event: FocusEvent) => (event.target as HTMLInputElement).select();

/**
 * "Also in: Srpski · Српски": the article's other language versions, each named in its own
 * language (with `lang` and `hreflang`). A version in the feed opens in place (the element
 * handles the click); one elsewhere is a plain link through the URL allow-list. A version in
 * the feed without a page of its own is a button, which works once the script runs.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { otherVersions, type OtherVersion } from '../../feed/translations.js';
import type { FeedItem } from '../../feed/types.js';
import { MloSelectEvent } from '../../events.js';
import { Memo } from '../../internal/memo.js';
import { languageName } from '../../i18n/language-names.js';
import type { Messages } from '../../i18n/index.js';
import { safeUrl } from '../../internal/safe-url.js';

export function renderVersions(
  versions: readonly OtherVersion[],
  m: Messages,
  ui: string | undefined,
  open: (event: MouseEvent, item: FeedItem) => void,
) {
  const shown = versions
    .map((version) => ({
      ...version,
      href: safeUrl(version.item ? version.item.url : version.url),
    }))
    .filter((version) => version.href || version.item);
  if (!shown.length) return nothing;
  return html`<p part="translations" class="translations" lang=${ifDefined(ui)}>
    <span class="also-in">${m.share.alsoIn}</span>
    ${shown.map(({ language, item, href }, i) => {
      const name = languageName(language);
      const click = item ? (event: MouseEvent) => open(event, item) : undefined;
      return html`${i ? html`<span class="separator" aria-hidden="true">·</span>` : nothing}${
        href
          ? html`<a part="translation" href=${href} hreflang=${language} lang=${language} @click=${ifDefined(click)}>${name}</a>`
          : html`<button part="translation" class="version-button" type="button" lang=${language} @click=${ifDefined(click)}>${name}</button>`
      }`;
    })}
  </p>`;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Which version is open in place, and the other versions of the item on show. */
export class Versions {
  /** Opened from "Also in": holds while the element's `item` and language are unchanged. */
  private current?: { id: string; item: unknown; lang: string };
  private readonly memo = new Memo<OtherVersion[]>();

  constructor(private readonly host: Host) {}

  /** The id of the version opened in place, if it still applies. */
  opened(item: unknown, lang: string): string | undefined {
    const current = this.current;
    return current && current.item === item && current.lang === lang ? current.id : undefined;
  }

  /** The other versions of `item` among the feed's `items` (none: those it names by URL). */
  of(items: readonly FeedItem[] | undefined, item: FeedItem): OtherVersion[] {
    return this.memo.get([items, item], () => otherVersions(items ?? [item], item));
  }

  /**
   * A version in the feed chosen: `mlo-select` first (the host page may take it over), else it
   * opens in place, its title focused. New-tab and other modified clicks follow the link.
   */
  async open(event: MouseEvent, item: FeedItem, from: unknown, lang: string): Promise<void> {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    const select = new MloSelectEvent(item, event);
    this.host.dispatchEvent(select);
    if (select.defaultPrevented) return;
    this.current = { id: item.id, item: from, lang };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    const target =
      root?.querySelector<HTMLElement>('#title') ?? root?.querySelector<HTMLElement>('article');
    if (!target) return;
    // Focusable from script only: no new tab stop.
    target.tabIndex = -1;
    target.focus();
  }
}

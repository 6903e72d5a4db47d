import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { selectItems } from '../../feed/select.js';
import { ITEM_TYPES, type FeedItem, type ItemType } from '../../feed/types.js';
import { MloSelectEvent } from '../../events.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { hostStyles } from '../../internal/styles.js';
import { safeUrl } from '../../internal/safe-url.js';
import {
  contentLang, firstParagraph, inScript, renderDate, renderEmpty, renderImage, renderLoadingLabel, renderNotice,
} from '../../internal/views.js';
import { styles } from './news-list.styles.js';

const DEFAULT_TYPES: ItemType[] = ['article', 'statement', 'visit'];

/**
 * A list of the newsroom's latest items, newest first, as an ARIA feed.
 *
 * @summary The newsroom's latest articles, statements and visits, as a list, grid or compact list.
 * @tag mlo-news-list
 *
 * @slot - An optional inline feed: `<script type="application/json">{ JSON Feed }</script>`.
 *
 * @csspart feed - The `role="feed"` container of the items.
 * @csspart item - Each item (`<article>`).
 * @csspart figure - An item's figure (image and caption).
 * @csspart image - An item's image.
 * @csspart caption - An image caption.
 * @csspart type - The item type label (statement, visit).
 * @csspart title - An item's title (a heading).
 * @csspart link - The title link.
 * @csspart date - An item's date (`<time>`).
 * @csspart summary - An item's summary.
 * @csspart notice - The empty, error and stale notices.
 * @csspart button - Every button (Load more, Retry).
 * @csspart load-more - The Load more button.
 *
 * @cssprop --mlo-news-list-gap - Space between items. Default `var(--mlo-space-m, 1rem)`.
 * @cssprop --mlo-news-list-thumb - Width of an item's image in the list layout. Default `10rem`.
 * @cssprop --mlo-news-list-min-column - Narrowest column of the grid layout. Default `16rem`.
 *
 * @event mlo-load - The feed loaded (`items`, `skipped`, `problems`, `source`).
 * @event mlo-error - The feed could not be loaded (`reason`, `status`, `stale`).
 * @event mlo-select - An item was chosen; cancel it to handle navigation yourself (`item`).
 */
export class MloNewsList extends MloFeedElement {
  static override styles = [hostStyles, styles];

  /** How many items to show at first, and how many more each "Load more" adds. */
  @property({ type: Number, reflect: true }) limit = 10;

  /** Item types to show, space-separated (`article statement quote visit`). */
  @property({ reflect: true }) type = DEFAULT_TYPES.join(' ');

  /** Only items with this tag. */
  @property({ reflect: true }) tag?: string;

  /** Only items published in this year. */
  @property({ type: Number, reflect: true }) year?: number;

  /** `list` (image beside text), `grid` (cards) or `compact` (date and title only). */
  @property({ reflect: true }) layout: 'list' | 'grid' | 'compact' = 'list';

  /** Heading level of item titles (2–6), to fit the partner page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Only the items with these ids (set by `<mlo-search target>`); `undefined` shows all. */
  @property({ attribute: false }) filterIds?: ReadonlySet<string>;

  @state() private pages = 1;

  private focusIndex?: number;
  private memo?: { key: unknown[]; items: FeedItem[] };

  constructor() {
    super({ hasContent: () => this.items.length > 0 });
  }

  /** The items this list shows with its filters, newest first (all pages). */
  get items(): FeedItem[] {
    const source = this.data.data?.feed.items ?? [];
    const key = [source, this.type, this.tag, this.year, this.locale.lang, this.filterIds];
    if (this.memo?.key.every((part, i) => part === key[i])) return this.memo.items;
    const ids = this.filterIds;
    const selected = selectItems(source, { types: this.types, tag: this.tag, year: this.year, lang: this.locale.lang });
    const items = ids ? selected.filter((item) => ids.has(item.id)) : selected;
    this.memo = { key, items };
    return items;
  }

  private get types(): ItemType[] {
    const wanted = this.type.split(/\s+/).filter((t): t is ItemType => (ITEM_TYPES as string[]).includes(t));
    return wanted.length ? wanted : DEFAULT_TYPES;
  }

  private get pageSize(): number {
    return Number.isFinite(this.limit) && this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const filters = ['type', 'tag', 'year', 'src', 'feed', 'filterIds'] as const;
    if (filters.some((name) => changed.has(name))) {
      this.pages = 1;
    }
  }

  protected override updated(): void {
    if (this.focusIndex === undefined) return;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[this.focusIndex]?.focus();
    this.focusIndex = undefined;
  }

  override render() {
    const m = this.locale.messages;
    const { state } = this.data;
    if (state === 'loading') return this.renderSkeleton();
    const notice = renderNotice(this.data, m, this.src, () => void this.reload());
    if (state === 'error') return notice;
    if (state === 'empty') return renderEmpty(m);
    const all = this.items;
    const shown = all.slice(0, this.pageSize * this.pages);
    return html`${notice}
      <div
        part="feed"
        class="feed"
        role="feed"
        aria-label=${m.list.label}
        aria-busy=${this.data.busy ? 'true' : 'false'}
        @keydown=${this.handleKeydown}
      >
        ${repeat(shown, (item) => item.id, (item, index) => this.renderItem(item, index, all.length))}
      </div>
      ${shown.length < all.length
        ? html`<button part="button load-more" class="button load-more" type="button" @click=${this.handleLoadMore}>
            ${m.list.loadMore}
          </button>`
        : nothing}`;
  }

  private renderItem(item: FeedItem, index: number, total: number) {
    const lang = this.locale.lang;
    const m = this.locale.messages;
    const tx = inScript(item, lang);
    const href = safeUrl(item.url ?? item.externalUrl);
    const title = tx(item.title ?? firstParagraph(item.summary ?? item.contentText, 120)) ?? item.id;
    const summary = this.layout === 'compact' ? undefined : tx(item.summary ?? firstParagraph(item.contentText));
    const id = `t-${index}`;
    return html`<article
      part="item"
      class="item"
      tabindex="-1"
      aria-posinset=${index + 1}
      aria-setsize=${total}
      aria-labelledby=${id}
      lang=${ifDefined(contentLang(item, lang))}
    >
      ${this.layout === 'compact' ? nothing : renderImage(item.image, tx)}
      <div class="body">
        ${item.type === 'article' ? nothing : html`<span part="type" class="type">${m.types[item.type]}</span>`}
        <div part="title" class="title" role="heading" aria-level=${this.headingLevel} id=${id}>
          ${href
            ? html`<a part="link" href=${href} @click=${(event: MouseEvent) => this.handleSelect(event, item)}>${title}</a>`
            : title}
        </div>
        ${renderDate(item.datePublished, lang)}
        ${summary ? html`<p part="summary" class="summary">${summary}</p>` : nothing}
      </div>
    </article>`;
  }

  /** Placeholders shaped like the real items, so nothing moves when the data lands. */
  private renderSkeleton() {
    const count = Math.min(this.pageSize, 10);
    return html`${renderLoadingLabel(this.locale.messages)}
      <div part="feed" class="feed" aria-hidden="true">
        ${Array.from({ length: count }, () => html`<div class="item">
          ${this.layout === 'compact' ? nothing : html`<div class="figure"><div class="image skeleton"></div></div>`}
          <div class="body">
            <div class="title"><span class="skeleton line"></span><span class="skeleton line short"></span></div>
            <span class="date"><span class="skeleton line tiny"></span></span>
            ${this.layout === 'compact' ? nothing : html`<div class="summary"><span class="skeleton line"></span><span class="skeleton line"></span></div>`}
          </div>
        </div>`)}
      </div>
      <!-- A feed usually holds more than one page: keep the Load more button's room too. -->
      <div class="button load-more placeholder" aria-hidden="true"></div>`;
  }

  private handleSelect(event: MouseEvent, item: FeedItem): void {
    // Let the browser handle new-tab and download gestures as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const select = new MloSelectEvent(item, event);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  private handleLoadMore(): void {
    this.focusIndex = this.pageSize * this.pages;
    this.pages++;
  }

  /** The ARIA feed pattern's keys: Page Down / Page Up move between items. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')];
    const current = items.findIndex((el) => el.contains(this.shadowRoot!.activeElement));
    const next = items[current + (event.key === 'PageDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { property } from '../../internal/decorators.js';
import type { FeedItem } from '../../feed/types.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { Memo } from '../../internal/memo.js';
import { countOr, numberFrom } from '../../internal/numbers.js';
import { announceSelect } from '../../internal/select-event.js';
import { hostStyles } from '../../internal/styles.js';
import { Steps, type Rendering } from './news-list-steps.js';
import { Archive } from './news-list-archive.js';
import { renderSkeleton } from './news-list-views.js';
import { ListFilters, renderFilters, renderFiltersSkeleton } from './news-list-filters.js';
import { renderFollow, renderFollowSkeleton } from './news-list-follow.js';
import { renderFeed } from './news-list-feed.js';
import { focusedId, moveByPage } from './news-list-focus.js';
import { Pages } from './news-list-pages.js';
import { SearchFilter } from './news-list-search.js';
import type { FilterResults } from '../../internal/filter-results.js';
import { DEFAULT_TYPES, FIRST_PAGE_ON, selectList, type Selected } from './news-list-select.js';
import { parseFacets } from '../../feed/facets.js';
import { followLinks } from '../../feed/follow.js';
import { DEFAULT_LIMIT } from './news-list-metrics.js';
import { styles } from './news-list.styles.js';
import { extraStyles } from './news-list-extras.styles.js';

/**
 * A list of the newsroom's latest items, newest first, as an ARIA feed.
 *
 * A long page (more than 50 items) renders in steps, one per frame, with `aria-busy` set only
 * while those items are being added (not through a background refresh of the feed);
 * `updateComplete` resolves once every item of the page is in.
 *
 * @summary The newsroom's latest articles, statements and visits, as a list, grid or compact list.
 * @tag mlo-news-list
 * @status stable
 * @since 0.1.0
 *
 * @slot - An optional inline feed: `<script type="application/json">{ JSON Feed }</script>`.
 *
 * @csspart feed - The `role="feed"` container of the items.
 * @csspart item - Each item (`<article>`).
 * @csspart figure - An item's figure (image and caption).
 * @csspart image - An item's image.
 * @csspart caption - An image caption.
 * @csspart credit - The photo credit, "Photo: …" in the widget's language.
 * @csspart type - The item type label (statement, visit), and Audio / Video for playable items.
 * @csspart title - An item's title (a heading).
 * @csspart link - The title link.
 * @csspart date - An item's date (`<time>`).
 * @csspart summary - An item's summary; also the text of an untitled item (with `note`).
 * @csspart note - The text of an untitled item (a microblog note), whose date is its link.
 * @csspart skipped - The quiet "N items could not be shown" beside Load more.
 * @csspart notice - The empty, error and stale notices.
 * @csspart status - The visually hidden live region that announces loading, error, stale and empty.
 * @csspart button - Every button (Load more, Retry).
 * @csspart load-more - The Load more button.
 * @csspart new-items - "Show N new items", over the top of the list when a live refresh
 *   (`refresh`) brought news; it takes no room, so nothing moves when it appears.
 * @csspart filters - The filter bar (`filters`), a group of one row per facet.
 * @csspart filter - Each value of a facet shown as a toggle button (also `button`).
 * @csspart select - A facet with more than eight values, as a `<select>`.
 * @csspart pinned - "Pinned", on a pinned item's type line.
 * @csspart follow - The "Follow: RSS · JSON Feed" line (`follow`).
 * @csspart follow-link - Each follow link (also `link`).
 *
 * @cssprop {<length>} [--mlo-news-list-gap=var(--mlo-space-m, 1rem)] - Space between items.
 * @cssprop {<length>} [--mlo-news-list-thumb=10rem] - Width of an item's image in the list layout.
 * @cssprop {<length>} [--mlo-news-list-min-column=16rem] - Narrowest column of the grid layout.
 * @cssprop {<integer>} [--mlo-news-list-title-lines=none] - Clamp titles to this many lines
 *   (opt-in: titles are whole by default, with room reserved for three lines per item; a clamped
 *   title's link, and so the item's accessible name, keeps the whole title); lifted in
 *   containers of 30rem or less, so the full title shows at 320 px and 200 % zoom.
 * @cssprop {<integer>} [--mlo-news-list-summary-lines=3] - Clamp summaries to this many lines
 *   (lifted in narrow containers).
 * @cssprop {<integer>} [--mlo-news-list-caption-lines=2] - Clamp image captions to this many
 *   lines (lifted in narrow containers).
 *
 * @event mlo-load - The feed loaded (`items`, `skipped`, `problems`, `source`).
 * @event mlo-error - The feed could not be loaded (`reason`, `status`, `stale`).
 * @event mlo-select - An item was chosen; cancel it to handle navigation yourself (`item`).
 * @event mlo-update - A live refresh changed the feed (`added`, `changed`, `removed` ids).
 */
export class MloNewsList extends MloFeedElement {
  static override styles = [hostStyles, styles, extraStyles];

  /** How many items to show at first, and how many more each "Load more" adds. */
  @property({ type: Number, reflect: true }) limit = DEFAULT_LIMIT;

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

  /**
   * A filter bar for visitors, over the list: its facets, space-separated (`type tag year`).
   * Values with their counts come from the items the list can show (after `type`, `tag`, `year`
   * and a `<mlo-search target>`); facets combine with AND, values within one with OR.
   */
  @property({ reflect: true }) filters?: string;

  /** Shows "Follow: RSS · JSON Feed" under the list: the feed and the alternates it names. */
  @property({ type: Boolean, reflect: true }) follow = false;

  /** Ignores `_mlo.pinned`: pinned items take their place by date, unmarked. */
  @property({ type: Boolean, reflect: true, attribute: 'no-pins' }) noPins = false;

  /** Only the items with these ids (set by `<mlo-search target>`); `undefined` shows all. */
  @property({ attribute: false }) filterIds?: ReadonlySet<string>;

  /** What the search behind `filterIds` found (set by `<mlo-search target>`): news-list-search.ts. */
  @property({ attribute: false }) filterResults?: FilterResults;

  /** Pages shown, new items held back, and where focus goes after Load more or Show new. */
  private readonly pages = new Pages(this);
  /** The older files of a paged feed, read by Load more (`next_url`). */
  private readonly archive = new Archive();
  private readonly memo = new Memo<Selected>();
  /** The visitor's choices in the filter bar. */
  private readonly choices = new ListFilters(() => this.handleFilter());
  /** What each update renders of a long page (see FIRST). */
  private readonly steps = new Steps(this);
  /** The page under a `<mlo-search target>`, and an archive search's results. */
  private readonly search = new SearchFilter();

  constructor() {
    super({
      // What the visitor's own filters leave out still counts: the bar stays to undo them.
      hasContent: () => this.selected.base.length > 0,
      onUpdate: (diff) => {
        if (diff.added.length) this.choices.announce = false;
        this.pages.hold(diff, () => this.data.state === 'ready' && this.items.length > 0);
      },
      // The item keyboard focus is in, which a refresh must not take away.
      focusedId: () =>
        focusedId(this.renderRoot, this.shadowRoot?.activeElement, this.steps.rendering.items),
    });
  }

  /** The items this list shows with its filters, newest first (all pages). */
  get items(): FeedItem[] {
    return this.selected.shown;
  }

  private get selected(): Selected {
    const { type, tag, year, filterIds: ids, filters, noPins, data, archive, pages } = this;
    const query = [data.items, archive.items, type, tag, year, this.locale.lang, ids] as const;
    const ranked = this.filterResults?.items;
    return selectList(this.memo, [...query, pages.held, filters, noPins, ranked], this.choices);
  }

  /** The results a `<mlo-search index target>` fetches at first: one page (filter-results.ts). */
  get filterPage(): number {
    return this.pageSize;
  }

  private get pageSize(): number {
    return countOr(this.limit, DEFAULT_LIMIT);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = FIRST_PAGE_ON.some((name) => changed.has(name));
    if (first) this.pages.first();
    this.search.willUpdate(changed, this, this.pages, first);
    if (changed.has('src') || changed.has('feed')) this.archive.reset();
  }

  /** Also waits until a long page is completely rendered (every step, see FIRST). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.steps.complete(() => super.getUpdateComplete());
  }

  protected override update(changed: PropertyValues<this>): void {
    const [all, size, from] = this.page();
    this.steps.update(all, size, from, () => super.update(changed));
  }

  /** What the server's render shows (packages/server/src/elements.ts): SSR runs no `update()`. */
  protected plan(): void {
    this.steps.plan(...this.page());
  }

  /** The items in hand (none unless shown), the page's size, and where a new page starts. */
  private page(): [FeedItem[] | undefined, number, number | undefined] {
    const { state } = this.data;
    const ready = state === 'ready' || state === 'stale';
    const { count, focusIndex } = this.pages;
    return [ready ? this.items : undefined, this.pageSize * count, focusIndex];
  }

  protected override updated(): void {
    this.steps.updated();
    this.pages.focus(this.renderRoot);
  }

  override render() {
    const { lang, messages: m } = this.locale;
    const facets = parseFacets(this.filters);
    const feed = this.data.data;
    return this.renderStates({
      skeleton: () =>
        html`${renderFiltersSkeleton(facets, m)}${renderSkeleton(this.layout, this.pageSize, m)}${renderFollowSkeleton(this.follow)}`,
      content: this.steps.rendering,
      show: (rendering) =>
        html`${renderFilters(this.selected.base, facets, { lang, m, filters: this.choices })}${this.renderFeed(rendering)}${
          this.follow && feed
            ? renderFollow(followLinks(feed.feed, this.src ? feed.baseUrl : undefined), m)
            : nothing
        }`,
    });
  }

  private renderFeed(rendering: Rendering) {
    const { layout, headingLevel, locale, archive, data, on } = this;
    const context = { lang: locale.lang, m: locale.messages, layout, headingLevel, ...on };
    const older =
      this.search.hasMore(this.filterResults) ?? archive.next(this.src, data.data) !== undefined;
    const feed = renderFeed(
      rendering,
      context,
      this.selected,
      older,
      data.skipped,
      archive.failed,
      on,
    );
    // Another search's results are other nodes: moved, the items kept would count as layout shift.
    return keyed(this.filterResults?.key, feed);
  }

  /** The feed's handlers, made once so that its event bindings stay the same. */
  private readonly on = {
    onSelect: (event: MouseEvent, item: FeedItem) => announceSelect(this, event, item),
    onShowNew: () => this.pages.showNew(this.pageSize),
    onKeydown: (event: KeyboardEvent) => moveByPage(event, this.renderRoot, this.shadowRoot!),
    // Past the last item in hand, Load more reads the archive's next file first.
    onLoadMore: () =>
      void this.pages.more(
        this.pageSize,
        () =>
          this.search.older(this.filterResults, this.pageSize) ??
          this.archive.more(this.src, this.data.data, numberFrom(this.timeout)),
      ),
  };

  protected override statusText(): string {
    const waiting = this.selected.waiting;
    const m = this.locale.messages;
    if (this.archive.failed) return m.list.moreFailed;
    const shown = this.state === 'ready' || this.state === 'stale';
    if (this.choices.announce && shown) return m.filters.matching(this.items.length);
    if (waiting && this.data.leads && this.state !== 'loading') return m.list.newWaiting(waiting);
    return super.statusText();
  }

  /** A filter changed: back to the first page, and the new count said even if it is the same. */
  private handleFilter(): void {
    this.pages.first();
    this.status.renew();
    this.requestUpdate();
  }
}

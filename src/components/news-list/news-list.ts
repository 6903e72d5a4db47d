import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseItemTypes, selectItems } from '../../feed/select.js';
import type { ItemDiff } from '../../feed/diff.js';
import type { FeedItem, ItemType } from '../../feed/types.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { Memo } from '../../internal/memo.js';
import { countOr, numberFrom } from '../../internal/numbers.js';
import { announceSelect } from '../../internal/select-event.js';
import { hostStyles } from '../../internal/styles.js';
import { renderListItem } from './news-list-item.js';
import { batchAfter, FIRST, nextTask, planStep, type Rendering } from './news-list-steps.js';
import { Archive } from './news-list-archive.js';
import { renderMore, renderNew, renderSkeleton } from './news-list-views.js';
import { ListFilters, renderFilters, renderFiltersSkeleton } from './news-list-filters.js';
import { renderFollow, renderFollowSkeleton } from './news-list-follow.js';
import { parseFacets } from '../../feed/facets.js';
import { followLinks } from '../../feed/follow.js';
import { isPinned, pinnedFirst } from '../../feed/pins.js';
import { CHUNK, DEFAULT_LIMIT } from './news-list-metrics.js';
import { styles } from './news-list.styles.js';
import { extraStyles } from './news-list-extras.styles.js';

const DEFAULT_TYPES: ItemType[] = ['article', 'statement', 'visit'];

/** What the list selects: `shown` and `waiting` (new, held), `base` (before the filter bar). */
interface Selected {
  shown: FeedItem[];
  waiting: number;
  base: FeedItem[];
  pinned: ReadonlySet<string>;
}

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

  @state() private pages = 1;
  /** The older files of a paged feed, read by Load more (`next_url`). */
  private readonly archive = new Archive();
  /** Ids a live refresh added that wait behind "Show N new items" (see `renderNew`). */
  @state() private held: ReadonlySet<string> = new Set();

  private focusIndex?: number;
  private readonly memo = new Memo<Selected>();
  /** The visitor's choices in the filter bar. */
  private readonly choices = new ListFilters(() => this.handleFilter());
  /**
   * What this update renders of the current page: `count` of the `wanted` first items of
   * `items` (see FIRST). Planned in `update()`, before `render()`, which only reads it.
   */
  private rendering: Rendering = { count: 0, wanted: 0 };
  /** The next rendering step, while the page is incomplete. */
  private nextStep?: Promise<void>;
  /** Items per step, adapted to how long the last step's update took. */
  private batch = FIRST;

  constructor() {
    super({
      // What the visitor's own filters leave out still counts: the bar stays to undo them.
      hasContent: () => this.selected.base.length > 0,
      onUpdate: (diff) => this.hold(diff),
      focusedId: () => this.focusedItem(),
    });
  }

  /** The items this list shows with its filters, newest first (all pages). */
  get items(): FeedItem[] {
    return this.selected.shown;
  }

  /** The items the filters select, split into those shown and those held back as new. */
  private get selected(): Selected {
    const { items } = this.data;
    const { type, tag, year, filterIds: ids, held, filters, noPins } = this;
    const lang = this.locale.lang;
    const older = this.archive.items;
    const choices = this.choices.selection;
    const key = [items, older, type, tag, year, lang, ids, held, filters, choices, noPins];
    return this.memo.get(key, () => {
      const types = parseItemTypes(type) ?? DEFAULT_TYPES;
      const known = older.length ? [...items, ...older] : items;
      let all = selectItems(known, { types, tag, year: numberFrom(year), lang });
      if (ids) all = all.filter((item) => ids.has(item.id));
      const base = held.size ? all.filter((item) => !held.has(item.id)) : all;
      all = this.choices.apply(all, parseFacets(filters));
      const now = Date.now();
      if (!noPins) all = pinnedFirst(all, now);
      const pinned = new Set(noPins ? [] : all.filter((i) => isPinned(i, now)).map((i) => i.id));
      const shown = held.size ? all.filter((item) => !held.has(item.id)) : all;
      return { shown, waiting: all.length - shown.length, base, pinned };
    });
  }

  private get pageSize(): number {
    return countOr(this.limit, DEFAULT_LIMIT);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const filters = [
      'type',
      'tag',
      'year',
      'src',
      'feed',
      'filterIds',
      'filters',
      'noPins',
    ] as const;
    if (filters.some((name) => changed.has(name))) {
      this.pages = 1;
    }
    if (changed.has('src') || changed.has('feed')) this.archive.reset();
  }

  /** Also waits until a long page is completely rendered (every step, see FIRST). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.nextStep) {
      await this.nextStep;
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  protected override update(changed: PropertyValues<this>): void {
    const { count } = this.rendering;
    this.rendering = this.plan();
    const start = performance.now();
    super.update(changed);
    const added = this.rendering.count - count;
    if (added >= CHUNK) {
      this.batch = batchAfter(performance.now() - start, added);
    }
  }

  protected override updated(): void {
    const { count, wanted } = this.rendering;
    if (count < wanted && !this.nextStep) {
      this.nextStep = nextTask().then(() => {
        this.nextStep = undefined;
        this.rendering.count = Math.min(this.rendering.wanted, this.rendering.count + this.batch);
        this.requestUpdate();
      });
    }
    if (this.focusIndex === undefined) return;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[this.focusIndex]?.focus();
    this.focusIndex = undefined;
  }

  override render() {
    const { lang, messages: m } = this.locale;
    const facets = parseFacets(this.filters);
    const feed = this.data.data;
    return this.renderStates({
      skeleton: () =>
        html`${renderFiltersSkeleton(facets, m)}${renderSkeleton(this.layout, this.pageSize, m)}${renderFollowSkeleton(this.follow)}`,
      content: this.rendering,
      show: (rendering) =>
        html`${renderFilters(this.selected.base, facets, { lang, m, filters: this.choices })}${this.renderFeed(rendering)}${
          this.follow && feed
            ? renderFollow(followLinks(feed.feed, this.src ? feed.baseUrl : undefined), m)
            : nothing
        }`,
    });
  }

  /**
   * What this update renders: nothing but the state's view while loading, failed or empty;
   * else at least the first FIRST items of the page (from the first new item after Load more),
   * plus whatever earlier steps reached for the same list.
   */
  private plan(): Rendering {
    const { state } = this.data;
    if (state !== 'ready' && state !== 'stale') return { count: 0, wanted: 0 };
    const all = this.items;
    const wanted = Math.min(all.length, this.pageSize * this.pages);
    return planStep(this.rendering, all, wanted, this.focusIndex);
  }

  private renderFeed({ items: all = [], count, wanted }: Rendering) {
    const total = all.length;
    const { layout, headingLevel } = this;
    const { lang, messages } = this.locale;
    const { pinned } = this.selected;
    const isPinned = pinned.size ? (item: FeedItem) => pinned.has(item.id) : undefined;
    const context = {
      lang,
      m: messages,
      layout,
      headingLevel,
      onSelect: this.handleSelect,
      isPinned,
    };
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
    return html`${renderNew(this.selected.waiting, messages, this.handleShowNew)}${
      total
        ? html`<div
        part="feed"
        class="feed"
        role="feed"
        aria-label=${messages.list.label}
        aria-busy=${count < wanted ? 'true' : 'false'}
        @keydown=${this.handleKeydown}
      >
        ${chunks}
      </div>`
        : none
    }
      ${renderMore(
        wanted < total || this.archive.next(this.src, this.data.data) !== undefined,
        this.data.skipped,
        messages,
        () => void this.handleLoadMore(),
        this.archive.failed,
      )}`;
  }

  private readonly handleSelect = (event: MouseEvent, item: FeedItem): void =>
    announceSelect(this, event, item);

  /** New items wait, except on a list that shows nothing yet: that one shows them at once. */
  private hold(diff: ItemDiff): void {
    if (diff.added.length) this.choices.announce = false;
    const held = new Set([...this.held, ...diff.added]);
    for (const id of diff.removed) held.delete(id);
    this.held = this.data.state === 'ready' && this.items.length ? held : new Set();
  }

  /** The id of the item keyboard focus is in, which a refresh must not take away. */
  private focusedItem(): string | undefined {
    const active = this.shadowRoot?.activeElement;
    if (!active) return undefined;
    const items = [...this.renderRoot.querySelectorAll('[part~="item"]')];
    return this.rendering.items?.[items.findIndex((el) => el.contains(active))]?.id;
  }

  /** Shows the waiting items and moves focus to the first of them. */
  private readonly handleShowNew = (): void => {
    const { held } = this;
    this.held = new Set();
    const first = this.items.findIndex((item) => held.has(item.id));
    this.focusIndex = Math.max(0, first);
    // The new items may push the page past its size: grow it so none of them is cut off.
    this.pages = Math.max(this.pages, Math.ceil((this.focusIndex + 1) / this.pageSize));
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

  /** The next page; past the last item in hand, the next file of the archive first. */
  private async handleLoadMore(): Promise<void> {
    const before = this.items.length;
    const size = this.pageSize;
    if (size * this.pages >= before) {
      this.requestUpdate();
      const read = await this.archive.more(this.src, this.data.data, numberFrom(this.timeout));
      this.requestUpdate();
      if (!read) return;
    }
    this.focusIndex = Math.min(size * this.pages, before);
    this.pages = Math.ceil((this.focusIndex + size) / size);
  }

  /** A filter changed: back to the first page, and the new count said even if it is the same. */
  private handleFilter(): void {
    this.pages = 1;
    this.status.renew();
    this.requestUpdate();
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

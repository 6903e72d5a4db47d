import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { MloSearchEvent } from '../../events.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { own } from '../../internal/own.js';
import { safeUrl } from '../../internal/safe-url.js';
import { hostStyles } from '../../internal/styles.js';
import { renderNotice } from '../../internal/views.js';
import { Combobox } from './combobox.js';
import { engineRequested, loadEngine, type SearchEngine } from './load-engine.js';
import type { Results } from './results.js';
import { searchAnnouncer } from './search-announcer.js';
import { renderField } from './search-field.js';
import { SearchSource, indexUrl } from './search-source.js';
import { TargetResults, searchKey } from './target-results.js';
import { styles } from './search.styles.js';
import { applyFilter, type FilterTarget } from './target.js';
import { renderArchiveNotice } from './archive-source.js';

/**
 * A search field over the newsroom: the WAI-ARIA editable combobox with a list of results,
 * grouped by type, with the matched words marked. Finds `vucic`, `Vučić` and `Вучић` alike.
 * The search engine is loaded only when a visitor first focuses the field or types.
 *
 * @summary Search the newsroom as you type, in English, Serbian Latin or Serbian Cyrillic.
 * @tag mlo-search
 * @status stable
 * @since 0.1.0
 *
 * @slot - An optional inline feed: `<script type="application/json">{ JSON Feed }</script>`.
 *
 * @csspart form - With `action`: the `<form role="search">` around the field, sent to your search page.
 * @csspart submit-button - With `action`: the button that sends the query to your search page.
 * @csspart label - The visible label of the field.
 * @csspart input - The search field (`role="combobox"`; a plain search field with `target`).
 * @csspart clear-button - The button that clears the field.
 * @csspart popup - The panel under the field: the listbox, or a message.
 * @csspart listbox - The `role="listbox"` of results.
 * @csspart group-label - The label of a group of results of one type.
 * @csspart option - Each result (`role="option"`); the active one has `aria-selected="true"`.
 * @csspart option-title - A result's title.
 * @csspart snippet - Where a result matched, when not in its title.
 * @csspart mark - A matched span (`<mark>`).
 * @csspart type - A result's type label.
 * @csspart date - A result's date (`<time>`).
 * @csspart message - The "no results", loading or error line in the panel.
 * @csspart status - The visually hidden live region that announces the count (and a feed error).
 * @csspart notice - The error notice under the field when the feed cannot be loaded.
 * @csspart button - Every button.
 *
 * @cssprop {<color>} [--mlo-search-popup-background=Canvas] - Background of the results panel.
 * @cssprop {<color>} [--mlo-search-popup-color=CanvasText] - Text colour of the results panel.
 * @cssprop {<length>} [--mlo-search-popup-max-height=24rem]
 *   Tallest the panel grows before it scrolls.
 * @cssprop {<integer>} [--mlo-search-z-index=10] - Stacking of the panel over the page.
 *
 * @event mlo-search - A search ran, after typing paused (`query`, `count` of all matches; an empty `query` when cleared).
 * @event mlo-select - A result was chosen; cancel it to handle navigation yourself (`item`).
 * @event mlo-load - The feed loaded (`items`, `skipped`, `problems`, `source`).
 * @event mlo-error - The feed could not be loaded (`reason`, `status`, `stale`).
 */
export class MloSearch extends MloFeedElement {
  static override styles = [hostStyles, styles];
  static override shadowRootOptions: ShadowRootInit = own({ mode: 'open', delegatesFocus: true });

  /** Whether the search engine was requested on this page; it is, on first focus or input. */
  static get engineRequested(): boolean {
    return engineRequested();
  }

  /** The text in the field; set it to pre-fill, and the search runs when the field is focused. */
  @property() value = '';

  /** Item types to search, space-separated (`article statement quote visit`). Default: all. */
  @property({ reflect: true }) type = '';

  /** Most results shown in the list. */
  @property({ type: Number, reflect: true }) limit = 8;

  /** Placeholder of the field; default a localized "Search…". */
  @property() placeholder?: string;

  /**
   * Your site's search page: the field becomes a `<form role="search" method="get">` that sends
   * the text as `q` there, with a Search button, so it works before the script runs (a server
   * render) and Enter with no result chosen opens the full results. Without it, a server-rendered
   * field stays hidden, keeping its room, until the script can make it work.
   */
  @property({ reflect: true }) action?: string;

  /**
   * A prebuilt archive index (`mlo-newsroom index`): its `index.json`, fetched on first focus;
   * each query then fetches only the shards it needs. Results come from it instead of the feed.
   */
  @property({ reflect: true }) index?: string;

  /** The id of an `<mlo-news-list>` in the same document (or shadow root) to filter instead of showing a list. */
  @property({ reflect: true }) target?: string;

  @state() private engine?: SearchEngine;
  @state() private engineFailed = false;

  /** The status region's text after typing pauses, and `mlo-search` (search-announcer.ts). */
  private readonly announcer = searchAnnouncer(
    this,
    () => {
      const results = this.results;
      const waiting = this.index ? results?.query !== this.value : !this.data.feed;
      const { value, failed } = this;
      return { m: this.locale.messages, value, results, failed, waiting };
    },
    () => this.announce(),
  );
  /** The items searched: the index's, or the feed's (search-source.ts). */
  private readonly source = new SearchSource(this);
  /** The popup, the active option and the field's events (combobox.ts). */
  private readonly combobox = new Combobox(
    this,
    () => this.results,
    () => this.ensureEngine(),
    () => this.announcer.schedule(),
  );
  private filtered?: FilterTarget;
  /** The results a target list asked for (its page, Load more), past a failed file. */
  private readonly handed = new TargetResults(() =>
    this.source.archive.error ? this.source.archive.retry() : this.requestUpdate(),
  );

  constructor() {
    // The search speaks when used: the feed's loading and errors are said by a widget that
    // shows the news, when the page has one on the same feed (internal/feed-group.ts).
    super({ speaks: false, inPlace: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.filtered = applyFilter(this.filtered, undefined, undefined);
  }

  /** The hits for the field's text; `undefined` while the engine or the feed is not there yet. */
  private get results(): Results | undefined {
    const atLeast = this.handed.limit(this.key(), 0, this.filtered?.filterPage);
    return this.source.get(this.engine, this.data.feed?.items, this.locale.lang, atLeast);
  }

  /** The key of the search for `query` (the field's text by default): see filter-results.ts. */
  private key(query = this.value): string {
    return searchKey(query, this.locale.lang, this.type, indexUrl(this.index));
  }

  protected override willUpdate(): void {
    // A new feed or filter may leave fewer options than the active one.
    if (this.combobox.active >= (this.results?.shown.length ?? 0)) this.combobox.active = -1;
  }

  protected override updated(changed: PropertyValues): void {
    const results = this.results;
    // While the engine loads, the list keeps its last filter rather than flashing back to all.
    const query = this.value.trim();
    const handed =
      query && results
        ? this.handed.get(results, this.key(results.query), this.engine, indexUrl(this.index))
        : undefined;
    if ((this.target || changed.has('target')) && (!query || results)) {
      const all = query ? results?.all : undefined;
      this.filtered = applyFilter(this.filtered, this, all, () => this.requestUpdate(), handed);
    }
    this.handed.settle(this.key(), handed, this.failed);
  }

  override render() {
    const m = this.locale.messages;
    const field = renderField({
      m,
      lang: this.locale.lang,
      engine: this.engine,
      results: this.results,
      failed: this.failed,
      value: this.value,
      placeholder: this.placeholder,
      action: safeUrl(this.action),
      plain: !!this.target,
      box: this.combobox,
    });
    return html`${field}
      ${this.data.state === 'error' ? renderNotice(this.data, m, this.src, () => void this.retry()) : nothing}
      ${this.index ? renderArchiveNotice(this.source.archive.error, m, () => this.source.archive.retry()) : nothing}`;
  }

  /** The widget's status region says the count after typing pauses, or that the feed failed. */
  protected override statusText(): string {
    return this.announcer.text || (this.data.state === 'error' ? super.statusText() : '');
  }

  private ensureEngine(): void {
    if (!this.engine)
      loadEngine().then(
        (engine) => (this.engine = engine),
        () => (this.engineFailed = true),
      );
  }

  /** After the render that announced the count: `mlo-search`, with the same query and count. */
  private announce(): void {
    const query = this.value.trim();
    const results = this.results;
    const count = results ? (results.count ?? results.all.length) : 0;
    this.dispatchEvent(new MloSearchEvent(this.value, query ? count : 0));
  }

  /** Results cannot come: the feed failed to load, or the engine did. */
  private get failed(): boolean {
    return (
      this.data.state === 'error' ||
      (this.engineFailed && !this.engine) ||
      (!!this.index && !!this.source.archive.error)
    );
  }
}

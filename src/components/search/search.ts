import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MloSearchEvent, MloSelectEvent } from '../../events.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { own } from '../../internal/own.js';
import { safeUrl } from '../../internal/safe-url.js';
import { hostStyles } from '../../internal/styles.js';
import { renderNotice } from '../../internal/views.js';
import { Announcer } from './announcer.js';
import { comboboxKey } from './keys.js';
import { LoadedItems } from './loaded-items.js';
import { engineRequested, loadEngine, type SearchEngine } from './load-engine.js';
import { parseItemTypes } from '../../feed/select.js';
import { countOr } from '../../internal/numbers.js';
import { SearchResults, describe, type Results } from './results.js';
import { renderPopup } from './search-views.js';
import { styles } from './search.styles.js';
import { applyFilter, type FilterTarget } from './target.js';
import { ArchiveSource, renderArchiveNotice } from './archive-source.js';
import { TargetResults, searchKey } from './target-results.js';
import { feedUrl } from '../../feed/urls.js';

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

  @state() private open = false;
  @state() private active = -1;
  @state() private engine?: SearchEngine;
  @state() private engineFailed = false;

  private readonly announcer = new Announcer(
    this,
    () => this.settle(),
    () => this.announce(),
    () => this.interim(),
  );
  private readonly searchResults = new SearchResults();
  /** The page's loaded files of the feed: later archive files and live refreshes included. */
  private readonly loaded = new LoadedItems(this);
  private readonly archive = new ArchiveSource(() => this.requestUpdate());
  private filtered?: FilterTarget;
  /** The results a target list asked for (its page, Load more), past a failed file. */
  private readonly handed = new TargetResults(() =>
    this.archive.error ? this.archive.retry() : this.requestUpdate(),
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
    const url = this.indexUrl;
    if (url)
      return this.archive.get({
        engine: this.engine,
        url,
        lang: this.locale.lang,
        query: this.value,
        types: parseItemTypes(this.type),
        limit: this.handed.limit(this.key(), countOr(this.limit, 8), this.filtered?.filterPage),
      });
    return this.searchResults.get({
      engine: this.engine,
      items: this.loaded.get(this.data.feed?.items),
      lang: this.locale.lang,
      query: this.value,
      types: parseItemTypes(this.type),
      limit: countOr(this.limit, 8),
    });
  }

  /** `index` as an absolute URL; `undefined` without one (or a malformed one). */
  private get indexUrl(): string | undefined {
    try {
      return this.index ? feedUrl(this.index) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The key of the search for `query` (the field's text by default): see filter-results.ts. */
  private key(query = this.value): string {
    return searchKey(query, this.locale.lang, this.type, this.indexUrl);
  }

  protected override willUpdate(): void {
    // A new feed or filter may leave fewer options than the active one.
    if (this.active >= (this.results?.shown.length ?? 0)) this.active = -1;
  }

  protected override updated(changed: PropertyValues): void {
    const results = this.results;
    // While the engine loads, the list keeps its last filter rather than flashing back to all.
    const query = this.value.trim();
    const handed =
      query && results
        ? this.handed.get(results, this.key(results.query), this.engine, this.indexUrl)
        : undefined;
    if ((this.target || changed.has('target')) && (!query || results)) {
      const all = query ? results?.all : undefined;
      this.filtered = applyFilter(this.filtered, this, all, () => this.requestUpdate(), handed);
    }
    this.handed.settle(this.key(), handed, this.failed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    const m = this.locale.messages;
    const combobox = !this.target;
    const results = this.results;
    const expanded = combobox && this.open && !!results?.shown.length;
    const action = safeUrl(this.action);
    const field = html`<label part="label" class="label" for="input">${m.search.label}</label>
      <div class="row">
      <div class="field" @focusout=${this.handleFocusOut}>
        <input
          id="input"
          name=${ifDefined(action ? 'q' : undefined)}
          part="input"
          class="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          role=${ifDefined(combobox ? 'combobox' : undefined)}
          aria-autocomplete=${ifDefined(combobox ? 'list' : undefined)}
          aria-controls=${ifDefined(combobox ? 'listbox' : undefined)}
          aria-expanded=${ifDefined(combobox ? String(expanded) : undefined)}
          aria-activedescendant=${ifDefined(expanded && this.active >= 0 ? `option-${this.active}` : undefined)}
          placeholder=${this.placeholder ?? m.search.placeholder}
          .value=${live(this.value)}
          @focus=${this.handleFocus}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
        />
        ${
          this.value
            ? html`<button part="button clear-button" class="clear" type="button" aria-label=${m.search.clear} @click=${this.clear}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
            </button>`
            : nothing
        }
        ${
          combobox
            ? renderPopup({
                results,
                expanded,
                message:
                  this.open && !expanded
                    ? describe(m, this.value, results, this.failed) || undefined
                    : undefined,
                ctx: this.engine && {
                  engine: this.engine,
                  query: this.value,
                  lang: this.locale.lang,
                  m,
                  active: this.active,
                },
                onOptionClick: (event) => this.handleOptionClick(event),
              })
            : nothing
        }
      </div>
      ${action ? html`<button part="button submit-button" class="button submit" type="submit">${m.search.submit}</button>` : nothing}
      </div>`;
    return html`${
      action
        ? html`<form part="form" role="search" action=${action} method="get" @submit=${this.handleSubmit}>${field}</form>`
        : field
    }
      ${this.data.state === 'error' ? renderNotice(this.data, m, this.src, () => void this.retry()) : nothing}
      ${this.index ? renderArchiveNotice(this.archive.error, m, () => this.archive.retry()) : nothing}`;
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

  /** After a pause in typing: what to announce, once results exist. */
  private settle(): string | undefined {
    const results = this.results;
    const query = this.value.trim();
    if ((!results || results.query !== this.value) && query && !this.failed) return undefined;
    return describe(this.locale.messages, query, results, this.failed);
  }

  /** While the feed is still on its way: said after the pause, then the count when it comes. */
  private interim(): string | undefined {
    const waiting = this.index ? this.results?.query !== this.value : !this.data.feed;
    return this.value.trim() && waiting ? this.locale.messages.state.loading : undefined;
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
      (!!this.index && !!this.archive.error)
    );
  }

  private choose(index: number, originalEvent: Event): void {
    const hit = this.results?.shown[index];
    if (!hit) return;
    this.open = false;
    this.active = -1;
    const select = new MloSelectEvent(hit.item, originalEvent);
    this.dispatchEvent(select);
    if (select.defaultPrevented) return;
    const url = safeUrl(hit.item.url ?? hit.item.externalUrl);
    if (url) window.location.href = url;
  }

  private clear(): void {
    this.value = '';
    this.open = false;
    this.active = -1;
    this.announcer.schedule();
    this.renderRoot.querySelector<HTMLInputElement>('#input')?.focus();
  }

  private handleFocus(): void {
    this.ensureEngine();
    if (this.value.trim() && !this.open) {
      this.open = true;
      this.announcer.schedule();
    }
  }

  private handleInput(event: InputEvent): void {
    this.ensureEngine();
    this.value = (event.target as HTMLInputElement).value;
    this.open = this.value.trim() !== '';
    this.active = -1;
    this.announcer.schedule();
  }

  private handleFocusOut(event: FocusEvent): void {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) {
      this.open = false;
      this.active = -1;
    }
  }

  private handleOptionClick(event: MouseEvent): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option) this.choose(Number(option.dataset.index), event);
  }

  /** Nothing to send: an empty field does not leave the page. */
  private handleSubmit(event: SubmitEvent): void {
    if (!this.value.trim()) event.preventDefault();
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = this.target ? 0 : (this.results?.shown.length ?? 0);
    const hasText = this.value.trim() !== '';
    const action = comboboxKey(event.key, event.altKey, {
      count: hasText ? count : 0,
      expanded: !this.target && this.open && hasText,
      active: this.active,
      hasText: this.value !== '',
    });
    if (!action) return;
    if (action.do === 'caret') {
      this.active = -1;
      return;
    }
    event.preventDefault();
    if (action.do === 'choose') return this.choose(action.active, event);
    if (action.do === 'clear') return this.clear();
    this.open = action.do !== 'close';
    this.active = action.do === 'move' ? action.active : -1;
  }
}

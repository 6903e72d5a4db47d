/**
 * The base every data-driven widget extends: the three ways to feed it (`src`, `.feed`, an inline
 * `<script type="application/json">`), the read-only `state` attribute, `reload()`, and the
 * widget's language. Registers nothing.
 *
 * Exported from the package for `instanceof` and typings only (@experimental): subclassing it
 * is not supported, and its protected members may change in any release.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from './decorators.js';
import { FeedController, type FeedControllerOptions, type FeedState } from './feed-controller.js';
import { LocaleController } from './locale-controller.js';
import { own } from './own.js';
import { StatusRegion } from './status-region.js';
import { DEFAULT_MAX_BYTES } from '../feed/load.js';
import { prefetchFeed } from '../feed/prefetch.js';
import { INLINE } from './feed-local.js';
import { yieldToPage } from '../util/yield.js';
import { renderEmpty, renderNotice } from './views.js';

/** What `renderStates` needs from a widget: its skeleton, what it has to show, and how. */
export interface StateViews<T> {
  /** The loading skeleton, sized like the loaded widget. */
  skeleton: () => unknown;
  /** What there is to show; `undefined` reads as empty. */
  content: T | undefined;
  /** The loaded view of `content`. */
  show: (content: T) => unknown;
  /** `false` for data handed over directly (no feed, so no error or stale notice). */
  notice?: boolean;
}

/**
 * What every widget has in common: its feed, its state, its language, and the shared design
 * tokens (docs/theming.md). A token is read where it is used and never declared by a widget, so
 * a value set once on `:root` (or any ancestor) wins; the defaults are those of
 * src/internal/styles.ts.
 *
 * @cssprop {<color>} [--mlo-accent=color-mix(in srgb, #2f6fd6 50%, currentColor)]
 *   Links and accents (by default a mid blue mixed half and half with the text colour).
 * @cssprop {<color>} [--mlo-focus-color=currentColor] - The keyboard focus outline (by
 *   default the focused element's text colour).
 * @cssprop {<color>} [--mlo-surface=transparent] - Card, notice and button background.
 * @cssprop {<color>} [--mlo-border=color-mix(in srgb, currentColor 20%, transparent)]
 *   Card, notice and button borders, separators.
 * @cssprop {<length>} [--mlo-radius=0.5rem] - Corner radius.
 * @cssprop {<length>} [--mlo-space-s=0.5rem] - Small gaps.
 * @cssprop {<length>} [--mlo-space-m=1rem] - Default gaps and padding.
 * @cssprop {<length>} [--mlo-space-l=1.5rem] - Gaps between items and sections.
 * @cssprop {<length>} [--mlo-font-size-s=0.875em] - Dates, captions, credits, meta lines.
 * @cssprop {<length>} [--mlo-font-size-m=1em] - Body text.
 * @cssprop {<length>} [--mlo-font-size-l=1.25em] - Item titles.
 * @cssprop {<length>} [--mlo-font-size-xl=1.5em] - Article and quote headings.
 * @cssprop [--mlo-font-family=inherit] - All text (the page's font by default).
 * @cssprop {<number>} [--mlo-line-height=1.5] - Line height of item text, summaries, quotes and
 *   cards (a unitless number: reserved heights are computed from it). Headings use 1.3.
 * @cssprop {<color>} [--mlo-muted=color-mix(in srgb, currentColor 80%, transparent)]
 *   Secondary text (dates, captions).
 * @cssprop {<color>} [--mlo-error=light-dark(#b3261e, #ffb4ab)] - The stripe on error notices.
 * @cssprop {<color>} [--mlo-warning=light-dark(#7a5300, #f0c05a)]
 *   The stripe on "showing older data" notices.
 * @cssprop {<color>} [--mlo-skeleton=color-mix(in srgb, currentColor 10%, transparent)]
 *   Loading placeholders.
 * @cssprop {<color>} [--mlo-highlight=color-mix(in srgb, #ffd400 35%, transparent)]
 *   Background of matched words (`<mark>`); the text keeps its own colour.
 *
 * @status experimental
 * @since 0.1.0
 */
export abstract class MloFeedElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = own({ mode: 'open' });

  /** URL of the JSON Feed. Fetched once per page, shared with every widget that names it. */
  @property({ reflect: true }) src?: string;

  /** The feed as an object (a parsed JSON Feed), for frameworks; wins over `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** Milliseconds before a request gives up. Default 10,000. */
  @property({ type: Number }) timeout?: number;

  /**
   * Seconds between checks of `src` for news (live refresh); off by default, 60 recommended,
   * under 5 counts as 5. One conditional request per feed URL per page, paused while the tab is
   * hidden or offline; the server's `Cache-Control: max-age` or `Retry-After` lengthens the wait.
   */
  @property({ type: Number, reflect: true }) refresh?: number;

  protected readonly data: FeedController;
  protected readonly locale = new LocaleController(this);
  /** The widget's one live region (see StatusRegion); `mlo-search` announces its counts there too. */
  protected readonly status = new StatusRegion(this, () => this.statusText());

  constructor(options: FeedControllerOptions = {}) {
    super();
    // Lit reads `renderBefore`, `creationScope` and `isConnected` off this object.
    Object.setPrototypeOf(this.renderOptions, null);
    this.data = new FeedController(this, options);
  }

  /**
   * Everything the widget renders goes into one wrapper that carries the widget's language
   * (`display: contents`, so it adds no box): UI strings and dates are read in the widget's
   * language even on a page in another one (`de`, `hr`: the English fallback is tagged `en`),
   * and item text carries its own `lang` inside it. The host's own `lang` is the partner's.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server render waiting for its language's pack stays in view until then (scheduleUpdate).
    if (!this.locale.ready) this.adoptServerRender();
    const shadow = super.createRenderRoot();
    // Lit would render before the shadow root's first child: a server render still there, above.
    this.renderOptions.renderBefore = null;
    const root = document.createElement('div');
    root.className = 'lang-root';
    // Lit renders after it and leaves it alone: the live region outlives every render.
    root.append(this.status.element);
    shadow.append(root);
    return root;
  }

  /**
   * What a server render (`mlo-newsroom render`) left in the declarative shadow root, moved out
   * of it: the first render draws the same picture from the inline data in the same task, so
   * nothing moves. A widget may reuse a part of it until its own is ready (the article's body).
   */
  protected serverRendered?: DocumentFragment;

  private adoptServerRender(): void {
    // Everything but our own wrapper, which createRenderRoot may have added after it.
    const nodes = [...(this.shadowRoot?.childNodes ?? [])].filter((n) => n !== this.renderRoot);
    if (!nodes.length) return;
    this.serverRendered = document.createDocumentFragment();
    this.serverRendered.append(...nodes);
  }

  /**
   * What the status region says: the state, once, in the widget's language. The feed's own news
   * (loading, the error, older data shown, loaded again after Retry) is said by one widget of
   * those on the page showing the same `src` (internal/feed-group.ts); the empty state is each
   * widget's own.
   */
  protected statusText(): string {
    const m = this.locale.messages;
    const error = this.data.error;
    if (this.state === 'empty') {
      const skipped = this.data.skipped;
      return skipped ? `${this.emptyText()} ${m.list.skipped(skipped)}.` : this.emptyText();
    }
    if (!this.data.leads) return '';
    // A Retry in progress: the notice stays up, and the region says the feed is coming.
    if (this.retrying && this.data.busy) return m.state.loading;
    switch (this.state) {
      case 'loading':
        return m.state.loading;
      case 'stale':
        return m.state.stale;
      case 'error':
        return error
          ? `${m.state.errorTitle} ${m.errors[error.reason]({ status: error.status, megabytes: DEFAULT_MAX_BYTES / 1024 / 1024 })}`
          : m.state.errorTitle;
      default:
        return this.retried ? m.state.loaded : '';
    }
  }

  /** The empty message: what this widget has none of ("No quote to show."). */
  protected emptyText(): string {
    return this.locale.messages.state.empty;
  }

  /** A Retry is in flight; then, whether the last one brought the news. */
  private retrying = false;
  private retried = false;

  /**
   * Retry, from the error or stale notice: reloads every widget on the page that shows this
   * feed (one request), says "Loading…" meanwhile, then the outcome, also when it is the same
   * error again. Focus stays on Retry while it is there; when the notice goes (the news came),
   * it moves to the start of the news rather than falling to the page's `<body>`.
   */
  protected async retry(): Promise<void> {
    const root = this.shadowRoot;
    const focused = root?.activeElement;
    this.retrying = true;
    this.retried = false;
    this.requestUpdate();
    await this.data.reloadAll();
    this.retrying = false;
    this.retried = this.state === 'ready';
    this.status.renew();
    this.requestUpdate();
    await this.updateComplete;
    if (focused && !focused.isConnected && !root?.activeElement) focusStart(this.renderRoot);
  }

  /**
   * The first render (the skeleton) is a task of its own, apart from the module evaluation and
   * the upgrade before it, so loading a widget never makes one long task of all three
   * (bench/run.mjs, paint). The partner stylesheet holds the element's room meanwhile. A server
   * render is the exception: its content was moved aside and must be redrawn in the same task.
   * Nothing renders before the widget's language is here (a Serbian pack on its way).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.locale.ready;
    if (ready) {
      // The feed comes beside the pack, not after it (the script-tag loader has asked already).
      if (this.src && this.feed == null && !this.querySelector(INLINE)) prefetchFeed(this.src);
      // Once: a pack that could not be fetched leaves the widget in English, not waiting.
      return ready.then(() => this.scheduleNow());
    }
    return this.scheduleNow();
  }

  private scheduleNow(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    if (!this.serverRendered) this.adoptServerRender();
    if (this.serverRendered) return super.scheduleUpdate();
    return yieldToPage().then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    const root = this.renderRoot;
    if (root instanceof HTMLElement && root.lang !== this.locale.lang) root.lang = this.locale.lang;
    super.update(changed);
  }

  /** `loading` | `ready` | `empty` | `error` | `stale`, also reflected as the `state` attribute. */
  get state(): FeedState {
    return this.data.state;
  }

  /**
   * Also waits for a big `.feed` (over 1,000 items) to be checked, which happens in slices, so
   * `el.feed = data; await el.updateComplete` shows the data however large. Never waits for `src`.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let checking = this.data.checking; checking; checking = this.data.checking) {
      await checking;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The states every widget shows alike: the skeleton while loading; the error notice; the empty
   * message; else the content, under the stale notice when a refresh failed.
   */
  protected renderStates<T>(views: StateViews<T>, state: FeedState = this.data.state): unknown {
    const m = this.locale.messages;
    if (state === 'loading') return views.skeleton();
    const notice =
      views.notice === false
        ? nothing
        : renderNotice(this.data, m, this.src, () => void this.retry());
    if (state === 'error') return notice;
    if (state === 'empty' || views.content === undefined)
      return html`${notice}${renderEmpty(this.emptyText(), m, this.data.skipped)}`;
    return html`${notice}${views.show(views.content)}`;
  }

  /** Fetches `src` again, bypassing the page's memory cache; keeps the current data if it fails. */
  reload(): Promise<void> {
    return this.data.reload();
  }
}

/** What a keyboard user lands on when a notice they were in goes: the first control, else the start. */
const FIRST_CONTROL = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';
const START = '[part~="title"], [role="heading"], h1, h2, h3, h4, h5, h6, [part~="notice"], p';

function focusStart(root: Element | ShadowRoot | DocumentFragment): void {
  const control = root.querySelector<HTMLElement>(FIRST_CONTROL);
  if (control) return control.focus();
  const start = root.querySelector<HTMLElement>(START);
  if (!start) return;
  // Focusable from script only: no new tab stop.
  if (!start.hasAttribute('tabindex')) start.tabIndex = -1;
  start.focus();
}

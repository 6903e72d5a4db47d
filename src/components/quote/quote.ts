import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { selectItems, sortNewestFirst } from '../../feed/select.js';
import type { FeedItem } from '../../feed/types.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { Memo } from '../../internal/memo.js';
import { positiveOr } from '../../internal/numbers.js';
import { announceSelect } from '../../internal/select-event.js';
import { hostStyles } from '../../internal/styles.js';
import { icons } from './icons.js';
import { QuoteCopy } from './quote-copy.js';
import { quoteParagraphs, renderQuoteFigure, renderQuoteSkeleton } from './quote-figure.js';
import { RotationController } from './rotation.js';
import { styles } from './quote.styles.js';

/**
 * A quotation from the newsroom with its attribution, optionally rotating through all quotes.
 *
 * Rotation follows the WAI-ARIA carousel pattern: a pause/resume button first, then previous and
 * next; it waits while hovered, while focus is inside and while the page is hidden; the quote
 * region is `aria-live="off"` while rotating and `polite` otherwise. Under
 * `prefers-reduced-motion: reduce` it starts paused (Resume starts it). Quotation marks come
 * from CSS in the quote's language (its `lang`): “…” around English, „…“ around Serbian.
 * With `copy`, a Copy button puts the words with their speaker, occasion, date and source on
 * the clipboard ("Quote copied."); nothing from a third party.
 *
 * @summary A quote (speaker, role, occasion, date, source), one or rotating.
 * @tag mlo-quote
 * @status stable
 * @since 0.1.0
 *
 * @slot - An optional inline feed: `<script type="application/json">{ JSON Feed }</script>`.
 *
 * @csspart item - The quote's `<figure>`.
 * @csspart quote - The quoted words (`<blockquote>`).
 * @csspart caption - The attribution (`<figcaption>`).
 * @csspart speaker - Who said it: rank, name, role, organisation.
 * @csspart context - The occasion ("during his speech at the reception").
 * @csspart date - The date (`<time>`).
 * @csspart source - The link to where the quote was published.
 * @csspart copy - The Copy button (with `copy`; also `button`).
 * @csspart carousel - The rotating region (with `rotate` and two or more quotes).
 * @csspart controls - The rotation buttons.
 * @csspart button - Every button (pause/resume, previous, next, retry).
 * @csspart rotation - The pause/resume button.
 * @csspart previous - The previous-quote button.
 * @csspart next - The next-quote button.
 * @csspart slide - The quote shown in the carousel.
 * @csspart position - "Quote 2 of 5".
 * @csspart skeleton - The loading placeholder.
 * @csspart notice - The empty, error and stale notices.
 * @csspart status - The visually hidden live region that announces loading, error, stale and empty.
 *
 * @cssprop {<integer>} [--mlo-quote-lines=6] - Tallest a rotating quote's words grow, in lines,
 *   before they scroll: the carousel is as tall as its longest quote up to this.
 * @cssprop {<length>} [--mlo-quote-font-size=var(--mlo-font-size-l, 1.25em)]
 *   Size of the quoted words.
 *
 * @event mlo-load - The feed loaded (`items`, `skipped`, `problems`, `source`).
 * @event mlo-error - The feed could not be loaded (`reason`, `status`, `stale`).
 * @event mlo-select - The source link was chosen; cancel it to handle navigation yourself (`item`).
 */
export class MloQuote extends MloFeedElement {
  static override styles = [hostStyles, styles];

  /** The id of the quote to show (first in rotation); wins over `pick`. */
  @property({ reflect: true }) item?: string;

  /** Which quote without `item`: `latest` (newest dated, else first in the feed) or `random`. */
  @property({ reflect: true }) pick: 'latest' | 'random' = 'latest';

  /** Rotate through the feed's quotes, newest first. */
  @property({ type: Boolean, reflect: true }) rotate = false;

  /** Shows a Copy button: the quote with its speaker and source, as text, to the clipboard. */
  @property({ type: Boolean, reflect: true }) copy = false;

  /** Seconds each quote stays while rotating; at least 3. */
  @property({ type: Number, reflect: true }) interval = 8;

  @state() private offset = 0;

  private readonly memo = new Memo<{ quotes: FeedItem[]; start: number }>();
  private readonly rotation = new RotationController(this, {
    enabled: () => this.carousel && (this.state === 'ready' || this.state === 'stale'),
    delay: () => Math.max(3, positiveOr(this.interval, 8)) * 1000,
    advance: () => this.step(1),
  });

  private readonly copier = new QuoteCopy(this, () => this.status.renew());

  constructor() {
    super({ hasContent: () => this.current !== undefined });
  }

  /** "Quote copied." while it applies, else the feed's state. */
  protected override statusText(): string {
    return this.copier.said(this.current, this.locale.messages) ?? super.statusText();
  }

  /** The empty state names what is missing ("No quote to show."), not "news". */
  protected override emptyText(): string {
    return this.locale.messages.state.noQuote;
  }

  /** The quote on show. */
  get current(): FeedItem | undefined {
    const { quotes } = this.selection;
    return quotes[this.index];
  }

  /** The quotes in rotation order (newest first) and where to start: `item`, else `pick`. */
  private get selection(): { quotes: FeedItem[]; start: number } {
    const { items } = this.data;
    return this.memo.get([items, this.item, this.pick, this.locale.lang], () => this.select(items));
  }

  private select(items: readonly FeedItem[]): { quotes: FeedItem[]; start: number } {
    const all = items.filter((item) => item.type === 'quote' && quoteParagraphs(item).length > 0);
    // A quote named by id is shown whatever its language; otherwise the widget's language is preferred.
    const quotes = this.item ? sortNewestFirst(all) : selectItems(all, { lang: this.locale.lang });
    const start = this.item
      ? quotes.findIndex((quote) => quote.id === this.item)
      : this.pick === 'random'
        ? Math.floor(Math.random() * quotes.length)
        : 0;
    return { quotes: start < 0 ? [] : quotes, start: Math.max(start, 0) };
  }

  private get index(): number {
    const { quotes, start } = this.selection;
    return quotes.length ? (start + this.offset) % quotes.length : 0;
  }

  private get carousel(): boolean {
    return this.rotate && this.selection.quotes.length > 1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['item', 'pick', 'rotate', 'src', 'feed'].some((key) => changed.has(key as keyof MloQuote)))
      this.offset = 0;
  }

  override render() {
    return this.renderStates({
      skeleton: () => renderQuoteSkeleton(this.rotate, this.locale.messages),
      content: this.current,
      show: (current) => (this.carousel ? this.renderCarousel(current) : this.renderQuote(current)),
    });
  }

  private renderCarousel(current: FeedItem) {
    const m = this.locale.messages;
    const { quotes } = this.selection;
    const position = m.quote.position(this.index + 1, quotes.length);
    // Every quote is laid out, hidden, in the same grid cell as the one on show: the carousel is
    // as tall as its longest quote and the partner's page does not move at each turn.
    return html`<section
        part="carousel"
        class="carousel"
        aria-label=${m.quote.label}
        @mouseenter=${() => this.rotation.hover(true)}
        @mouseleave=${() => this.rotation.hover(false)}
        @focusin=${() => this.rotation.focus(true)}
        @focusout=${this.handleFocusOut}
      >
        ${this.renderControls()}
        <div class="stage">
          <div class="slides" aria-live=${this.rotation.playing ? 'off' : 'polite'}>
            ${keyed(
              current.id,
              html`<div part="slide" class="slide" role="group" aria-labelledby="position">
              ${this.renderQuote(current, true)}
              <p part="position" class="position" id="position">${position}</p>
            </div>`,
            )}
          </div>
          ${quotes.map(
            (quote) => html`<div class="slide ghost" aria-hidden="true" inert>
            ${this.renderQuote(quote)}
            <p class="position">${position}</p>
          </div>`,
          )}
        </div>
      </section>`;
  }

  private renderQuote(item: FeedItem, scroll = false) {
    const { lang, messages } = this.locale;
    const select = (event: MouseEvent) => this.handleSelect(event, item);
    const copy = this.copy ? this.copier.render(item, lang, messages) : undefined;
    return renderQuoteFigure(item, lang, messages, select, copy, scroll);
  }

  private renderControls(): TemplateResult {
    const m = this.locale.messages;
    const paused = this.rotation.paused;
    const button = (part: string, label: string, icon: TemplateResult, onClick: () => void) =>
      html`<button part="button ${part}" class="button" type="button" title=${label} @click=${onClick}>
        ${icon}<span class="visually-hidden">${label}</span>
      </button>`;
    return html`<div part="controls" class="controls">
      ${button('rotation', paused ? m.quote.resume : m.quote.pause, paused ? icons.play : icons.pause, () => this.rotation.toggle())}
      ${button('previous', m.quote.previous, icons.previous, () => this.step(-1))}
      ${button('next', m.quote.next, icons.next, () => this.step(1))}
    </div>`;
  }

  private step(delta: number): void {
    const count = this.selection.quotes.length;
    if (count) this.offset = (this.offset + delta + count) % count;
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Element).contains(next)) this.rotation.focus(false);
  }

  private handleSelect(event: MouseEvent, item: FeedItem): void {
    announceSelect(this, event, item);
  }
}

import { html, nothing } from 'lit';
import { property } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { selectItems } from '../../feed/select.js';
import type { FeedItem, Person } from '../../feed/types.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { Memo } from '../../internal/memo.js';
import { announceSelect } from '../../internal/select-event.js';
import { hostStyles } from '../../internal/styles.js';
import { safeUrl } from '../../internal/safe-url.js';
import {
  clampHeadingLevel,
  contentLang,
  displayTitle,
  firstParagraph,
  inScript,
  personParts,
  renderDate,
  renderImage,
  renderLoadingLabel,
} from '../../internal/views.js';
import { styles } from './visit-card.styles.js';

type Tx = (text: string | undefined) => string | undefined;

/**
 * One visit from the newsroom as a card: who visited, when and where, whom they met, a summary
 * and the photo. Every line is optional: what the feed leaves out leaves no gap or stray comma.
 *
 * @summary A visit: the visitor, date and place, the people met, photo and summary.
 * @tag mlo-visit-card
 * @status stable
 * @since 0.1.0
 *
 * @slot - An optional inline feed: `<script type="application/json">{ JSON Feed }</script>`.
 *
 * @csspart item - The card (`<article>`).
 * @csspart figure - The photo and its caption.
 * @csspart image - The photo.
 * @csspart caption - The photo caption.
 * @csspart credit - The photo credit, "Photo: …" in the widget's language.
 * @csspart type - The "Visit" label.
 * @csspart title - The visit's title (a heading).
 * @csspart link - The title link.
 * @csspart visitor - Who visited: rank, name, role, organisation.
 * @csspart meta - The line with the date and the place.
 * @csspart date - The date (`<time>`).
 * @csspart location - Where.
 * @csspart met-with - The people met: a heading and a list.
 * @csspart summary - The summary.
 * @csspart skeleton - The loading placeholder.
 * @csspart notice - The empty, error and stale notices.
 * @csspart status - The visually hidden live region that announces loading, error, stale and empty.
 * @csspart button - Every button (Retry).
 *
 * @cssprop {<length-percentage>} [--mlo-visit-card-image=40%]
 *   Width of the photo beside the text in wide cards.
 *
 * @event mlo-load - The feed loaded (`items`, `skipped`, `problems`, `source`).
 * @event mlo-error - The feed could not be loaded (`reason`, `status`, `stale`).
 * @event mlo-select - The visit was chosen; cancel it to handle navigation yourself (`item`).
 */
export class MloVisitCard extends MloFeedElement {
  static override styles = [hostStyles, styles];

  /** The id of the visit to show; without it, the latest (newest dated, else first in the feed). */
  @property({ reflect: true }) item?: string;

  /** `card` (photo, summary) or `compact` (text only, no summary). */
  @property({ reflect: true }) layout: 'card' | 'compact' = 'card';

  /** Heading level of the title (2–6), to fit the partner page's outline; "Met with" is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private readonly memo = new Memo<FeedItem | undefined>();

  constructor() {
    super({ hasContent: () => this.visit !== undefined });
  }

  /** The empty state names what is missing ("No visit to show."), not "news". */
  protected override emptyText(): string {
    return this.locale.messages.state.noVisit;
  }

  /** The visit on show. */
  get visit(): FeedItem | undefined {
    const { items } = this.data;
    return this.memo.get([items, this.item, this.locale.lang], () => {
      const visits = items.filter((item) => item.type === 'visit');
      return this.item
        ? visits.find((v) => v.id === this.item)
        : selectItems(visits, { lang: this.locale.lang })[0];
    });
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel, 3);
  }

  override render() {
    return this.renderStates({
      skeleton: () => this.renderSkeleton(),
      content: this.visit,
      show: (visit) => this.renderCard(visit),
    });
  }

  private renderCard(item: FeedItem) {
    const { lang, messages: m } = this.locale;
    const tx = inScript(item, lang);
    const itemLang = ifDefined(contentLang(item, lang));
    const compact = this.layout === 'compact';
    const href = safeUrl(item.url);
    const title = tx(displayTitle(item)) ?? item.id;
    const summary = compact ? undefined : tx(item.summary ?? firstParagraph(item.contentText));
    const image = compact
      ? nothing
      : renderImage(item.image, tx, { m, content: contentLang(item, lang) });
    const date = renderDate(item.datePublished, lang);
    const location = tx(item.location);
    return html`<article part="item" class="card" aria-labelledby="title">
      <div class="grid">
        ${image === nothing ? nothing : html`<div class="media">${image}</div>`}
        <div class="body">
          <span part="type" class="type">${m.types.visit}</span>
          <div part="title" class="title" role="heading" aria-level=${this.level} id="title" lang=${itemLang}>
            ${href ? html`<a part="link" href=${href} @click=${(e: MouseEvent) => this.handleSelect(e, item)}>${title}</a>` : title}
          </div>
          ${
            item.visitor
              ? html`<p part="visitor" class="visitor">
                <span class="visually-hidden">${m.visit.visitor}: </span><span lang=${itemLang}>${this.renderPerson(item.visitor, tx)}</span>
              </p>`
              : nothing
          }
          ${
            date !== nothing || location
              ? html`<p part="meta" class="meta">
                ${date}${
                  location
                    ? html`<span part="location" class="location"
                      ><span class="visually-hidden">${m.visit.location}: </span><span lang=${itemLang}>${location}</span></span
                    >`
                    : nothing
                }
              </p>`
              : nothing
          }
          ${
            item.metWith.length
              ? html`<div part="met-with" class="met-with">
                <div class="label" role="heading" aria-level=${Math.min(6, this.level + 1)} id="met-with">${m.visit.metWith}</div>
                <ul aria-labelledby="met-with" lang=${itemLang}>
                  ${item.metWith.map((person) => html`<li>${this.renderPerson(person, tx)}</li>`)}
                </ul>
              </div>`
              : nothing
          }
          ${summary ? html`<p part="summary" class="summary" lang=${itemLang}>${summary}</p>` : nothing}
        </div>
      </div>
    </article>`;
  }

  /** "General Tod D. Wolters, Supreme Allied Commander Europe, NATO": only the parts the feed gives. */
  private renderPerson(person: Person, tx: Tx) {
    const { name, details } = personParts(person, tx);
    return html`<span class="name">${name}</span>${details ? `, ${details}` : ''}`;
  }

  /** Placeholders in the card's own boxes, shaped like a typical visit. */
  private renderSkeleton() {
    const compact = this.layout === 'compact';
    const lines = (count: number, last = '') =>
      Array.from(
        { length: count },
        (_, i) => html`<span class="skeleton line ${i === count - 1 ? last : ''}"></span>`,
      );
    return html`${renderLoadingLabel(this.locale.messages)}
      <div part="skeleton" class="card" aria-hidden="true">
        <div class="grid">
          ${
            compact
              ? nothing
              : html`<div class="media"><div class="figure"><div class="image skeleton"></div><div class="caption lines">${lines(2, 'short')}</div></div></div>`
          }
          <div class="body">
            <span class="type lines">${lines(1, 'tiny')}</span>
            <div class="title lines">${lines(compact ? 1 : 2, 'short')}</div>
            <p class="visitor lines">${lines(compact ? 1 : 2, 'short')}</p>
            <p class="meta lines">${lines(1, 'medium')}</p>
            <div class="met-with lines"><span class="label lines">${lines(1, 'tiny')}</span>${lines(2, 'medium')}</div>
            ${compact ? nothing : html`<p class="summary lines">${lines(2, 'short')}</p>`}
          </div>
        </div>
      </div>`;
  }

  private handleSelect(event: MouseEvent, item: FeedItem): void {
    announceSelect(this, event, item);
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { property } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedItem } from '../../feed/types.js';
import type { FeedState } from '../../internal/feed-controller.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { Memo } from '../../internal/memo.js';
import { hostStyles } from '../../internal/styles.js';
import { numberFrom } from '../../internal/numbers.js';
import { contentLang, inScript, renderImage } from '../../internal/views.js';
import { renderBodySkeleton, renderText, SanitizedHtml, type HtmlSource } from './article-body.js';
import { asFeedItem, pickItem } from './article-item.js';
import { ShareControl } from './article-share.js';
import { renderVersions, Versions } from './article-versions.js';
import {
  renderFooter,
  renderMedia,
  renderMeta,
  renderPeople,
  renderSkeleton,
  type ArticleContext,
} from './article-views.js';
import { styles } from './article.styles.js';

/**
 * The title at each heading level: six plain templates rather than `lit/static-html` (which
 * would add about 0.3 kB brotli to the page for this alone). Never built from data.
 */
const HEADINGS: Record<number, ((title: string) => unknown) | undefined> = {
  1: (title) => html`<h1 part="title" class="title" id="title">${title}</h1>`,
  2: (title) => html`<h2 part="title" class="title" id="title">${title}</h2>`,
  3: (title) => html`<h3 part="title" class="title" id="title">${title}</h3>`,
  4: (title) => html`<h4 part="title" class="title" id="title">${title}</h4>`,
  5: (title) => html`<h5 part="title" class="title" id="title">${title}</h5>`,
  6: (title) => html`<h6 part="title" class="title" id="title">${title}</h6>`,
};

/**
 * One newsroom item in full: an article, statement, quote or visit with its title, dates,
 * authors, people, picture, body and tags.
 *
 * Which item: `item="<id>"` with a feed (`src`, `.feed` or inline JSON); with no `item`, the
 * newest item (in the widget's language where the feed has several); or `.item` set to a
 * `FeedItem` object (e.g. from `mlo-select`), which needs no feed. An unknown id is the `empty`
 * state.
 *
 * The body is `content_html` when the item has it, sanitized (DOMPurify, loaded only then) into
 * DOM nodes, else `content_text` as paragraphs (a blank line separates them). While the
 * sanitizer loads, the text body (or a paragraph placeholder) holds the space. Serbian items
 * are shown in the widget's script, their HTML text included.
 *
 * Translations (`_mlo.translations`): `item` names a statement, shown in the widget's language
 * where the feed has that version; "Also in" names the other versions, each in its own
 * language. One in the feed opens in place (after a cancelable `mlo-select`), focus on its
 * title; one elsewhere is a link. Share uses the browser's share sheet, else copies the link
 * ("Link copied."); nothing from a third party. Printed, the article drops its controls and
 * writes each link's address after it.
 *
 * @summary One newsroom item in full, sanitized and in the reader's script.
 * @tag mlo-article
 * @status stable
 * @since 0.1.0
 *
 * @slot - An optional inline feed: `<script type="application/json">{ JSON Feed }</script>`.
 *
 * @csspart article - The `<article>`.
 * @csspart type - The item type label (statement, quote, visit); absent for articles.
 * @csspart title - The title, an `<h1>`–`<h6>` per `heading-level`.
 * @csspart meta - The line with the dates and authors.
 * @csspart date - A date (`<time>`); the update date is also `updated`.
 * @csspart updated - The "Updated …" date, shown when it names another day than the publication.
 * @csspart author - The authors ("By …").
 * @csspart speaker - Who said it (quotes, statements).
 * @csspart context - The occasion of a quote.
 * @csspart visitor - The visitor (visits).
 * @csspart location - Where a visit took place.
 * @csspart met-with - The people a visitor met.
 * @csspart figure - The picture with its caption.
 * @csspart image - The `<img>`.
 * @csspart caption - The picture's caption and credit.
 * @csspart credit - The photo credit, "Photo: …" in the widget's language.
 * @csspart quote - The `<blockquote>` around a quote's body.
 * @csspart media - An `<audio>` or `<video>` player for an attachment (also `audio` / `video`).
 * @csspart body - The article text.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart link - The link to the original elsewhere (`external_url`).
 * @csspart source - The link to where a quote was published.
 * @csspart translations - The "Also in" line with the other language versions.
 * @csspart translation - One version: a link (`hreflang`, `lang`), or a button for a version in the feed without a page.
 * @csspart share - The share control: the button and its feedback.
 * @csspart share-button - The Share button (also `button`).
 * @csspart share-field - The link, selected, when the clipboard was refused.
 * @csspart notice - The empty, error and stale notices.
 * @csspart status - The visually hidden live region that announces loading, error, stale and empty.
 * @csspart button - Every button (Retry).
 * @csspart retry - The Retry button.
 * @csspart source-link - The link to the feed under an error.
 * @csspart skeleton - A loading placeholder.
 *
 * @cssprop {<length>} [--mlo-article-measure=70ch] - Widest line of the article.
 *
 * @event mlo-load - The feed loaded (`items`, `skipped`, `problems`, `source`).
 * @event mlo-error - The feed could not be loaded (`reason`, `status`, `stale`).
 * @event {MloSelectEvent} mlo-select - A version in the feed was chosen in "Also in"; cancel it to handle it yourself instead of opening it in place (`item`).
 */
export class MloArticle extends MloFeedElement {
  static override styles = [hostStyles, styles];

  /**
   * The item to show: its `id` (attribute `item`), or as a property the `FeedItem` itself.
   * Absent or blank: the newest item.
   */
  @property() item?: string | FeedItem | null;

  /** Heading level of the title (1–6), to fit the partner page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Leaves out the Share button (on by default: it uses only the browser, no third party). For
   * a page that has its own share bar.
   */
  @property({ type: Boolean, attribute: 'no-share', reflect: true }) noShare = false;

  private readonly memo = new Memo<FeedItem | undefined>();
  private given?: { raw: object; item: FeedItem | undefined };
  private readonly rich = new SanitizedHtml(this, () => this.htmlSource());
  private fromServer?: Node[];
  private readonly versions = new Versions(this);
  private readonly shareControl = new ShareControl(this, () => this.status.renew());

  constructor() {
    super({ hasContent: (feed) => this.fromFeed(feed.items) !== undefined });
  }

  /** The empty state names what is missing ("No article to show."), not "news". */
  protected override emptyText(): string {
    return this.locale.messages.state.noArticle;
  }

  /** The item shown, once known: the one given to `.item`, or the feed's. */
  get currentItem(): FeedItem | undefined {
    const raw = this.item;
    if (typeof raw !== 'object' || raw === null) return this.fromFeed(this.data.items);
    if (this.given?.raw !== raw) this.given = { raw, item: asFeedItem(raw) };
    return this.given.item;
  }

  /** As for every widget; an item given directly is `ready` at once (`empty` if it has no id). */
  override get state(): FeedState {
    if (!this.direct) return this.data.state;
    return this.currentItem ? 'ready' : 'empty';
  }

  private get direct(): boolean {
    return typeof this.item === 'object' && this.item !== null;
  }

  private fromFeed(items: readonly FeedItem[] | undefined): FeedItem | undefined {
    if (!items) return undefined;
    const lang = this.locale.lang;
    const opened = this.versions.opened(this.item, lang);
    const found = opened === undefined ? undefined : pickItem(items, opened, lang, true);
    if (found) return found;
    const id = typeof this.item === 'string' ? this.item : undefined;
    return this.memo.get([items, id, lang], () => pickItem(items, id, lang));
  }

  /** "Link copied." while it applies, else the feed's state. */
  protected override statusText(): string {
    return this.shareControl.said(this.currentItem, this.locale.messages) ?? super.statusText();
  }

  private htmlSource(): HtmlSource | undefined {
    const item = this.currentItem;
    if (!item?.contentHtml) return undefined;
    return {
      html: item.contentHtml,
      base: this.baseUrl(),
      language: item.language,
      lang: this.locale.lang,
      keep: item.keep,
    };
  }

  /**
   * What the body's relative links and images resolve against: for a feed, the URL its other
   * relative URLs resolved against (its `feed_url`, else where it was read from, after
   * redirects); for an item given directly, the item's own absolute `url`, else the page. Never
   * nothing: a sanitized fragment with relative URLs in it would resolve against the partner's
   * page wherever it is inserted.
   */
  private baseUrl(): string {
    const page = document.baseURI;
    if (!this.direct) return this.data.data?.baseUrl ?? page;
    const own = this.currentItem?.url;
    return own && /^https?:\/\//i.test(own) ? own : page;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The feed controller reflects the feed's state; an item given directly overrides it.
    if (this.direct && this.getAttribute('state') !== this.state)
      this.setAttribute('state', this.state);
    super.update(changed);
  }

  override render() {
    return this.renderStates(
      {
        skeleton: () => renderSkeleton(this.locale.messages),
        content: this.currentItem,
        show: (item) => this.renderArticle(item),
        notice: !this.direct,
      },
      this.state,
    );
  }

  private renderArticle(item: FeedItem) {
    const lang = this.locale.lang;
    const content = contentLang(item, lang);
    const context: ArticleContext = {
      item,
      lang,
      m: this.locale.messages,
      tx: inScript(item, lang),
      ui: content ? lang : undefined,
      content,
    };
    const { m, tx, ui } = context;
    // A level out of 1–6 falls back to 2 (unlike the lists' titles, which clamp).
    const heading = HEADINGS[numberFrom(this.headingLevel) ?? 2] ?? HEADINGS[2]!;
    // An untitled item (a microblog note) has no heading: its text is all there is, so the
    // article is named "Note" rather than after its id or the first words of raw Markdown;
    // "Image" when a picture is all there is (a Mastodon image post).
    const title = tx(item.title);
    const text = item.contentHtml || item.contentText || item.summary;
    const body = this.renderBody(context);
    return html`<article
      part="article"
      class="article"
      lang=${ifDefined(content)}
      aria-labelledby=${ifDefined(title ? 'title' : undefined)}
      aria-label=${ifDefined(title ? undefined : text || !item.image ? m.item.note : m.item.image)}
    >
      <header class="header">
        ${item.type === 'article' ? nothing : html`<p part="type" class="type" lang=${ifDefined(ui)}>${m.types[item.type]}</p>`}
        ${title ? heading(title) : nothing}
        ${renderMeta(context)}
        ${renderVersions(this.versions.of(this.direct ? undefined : this.data.items, item), m, ui, (event, other) => void this.versions.open(event, other, this.item, lang))}
        ${renderPeople(context)}
      </header>
      ${renderImage(item.image, tx, { eager: true, m, ui, content })}
      ${item.type === 'quote' ? html`<blockquote part="quote" class="quote">${body}</blockquote>` : body}
      ${renderMedia(context, this.baseUrl())}
      ${renderFooter(context)}
      ${this.noShare ? nothing : this.shareControl.render(item, m, ui)}
    </article>`;
  }

  /**
   * A server render's body (sanitized on the server, already in the page), shown while the
   * sanitizer loads for the first time, so the body does not collapse to a placeholder and back.
   */
  private serverBody(): Node[] | undefined {
    if (!this.fromServer) {
      const body = this.serverRendered?.querySelector('[part~="body"]');
      this.fromServer = body ? [...body.childNodes] : [];
      this.serverRendered = undefined;
    }
    return this.fromServer.length ? this.fromServer : undefined;
  }

  /** The sanitized HTML once ready; until then (or if it fails) the text, else a placeholder. */
  private renderBody({ item, tx }: ArticleContext) {
    const rich = item.contentHtml ? this.rich.body : undefined;
    const pending = rich?.status === 'pending';
    // Once the sanitizer has answered, the server's body is never shown again (another item's).
    if (rich && !pending) this.fromServer = [];
    let content: unknown;
    if (rich?.status === 'ready') content = rich.nodes;
    else if (pending && this.serverBody()) content = this.fromServer;
    else if (item.contentText) content = renderText(item.contentText, tx);
    else if (pending) content = renderBodySkeleton();
    else content = renderText(item.summary ?? item.htmlText, tx);
    return html`<div part="body" class="body" aria-busy=${ifDefined(pending ? 'true' : undefined)}>${content}</div>`;
  }
}

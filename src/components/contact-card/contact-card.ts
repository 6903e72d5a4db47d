import { html, nothing, type TemplateResult } from 'lit';
import { property } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactPoint } from '../../feed/types.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { hostStyles } from '../../internal/styles.js';
import { safeMailto, safeTel, safeUrl } from '../../internal/safe-url.js';
import {
  clampHeadingLevel,
  contentLang,
  inScript,
  renderLoadingLabel,
} from '../../internal/views.js';
import { styles } from './contact-card.styles.js';

/**
 * The newsroom's contact points (the feed's `_mlo.contacts`): name, unit, postal address, phone,
 * e-mail and website. Contacts carry no language of their own: they are read in the feed's
 * `language` and transliterated like any Serbian text. Phone numbers and e-mail addresses become
 * links only when they are plainly a number or an address; anything else stays text.
 *
 * @summary The newsroom's addresses, phone numbers and e-mail, one or all.
 * @tag mlo-contact-card
 * @status stable
 * @since 0.1.0
 *
 * @slot - An optional inline feed: `<script type="application/json">{ JSON Feed }</script>`.
 *
 * @csspart list - The list of contacts (when there are two or more).
 * @csspart item - One contact.
 * @csspart name - The contact's name (a heading).
 * @csspart unit - The unit or section.
 * @csspart address - The postal address (`<address>`).
 * @csspart phone - The phone number (a `tel:` link when it can be dialled).
 * @csspart email - The e-mail address (a `mailto:` link when it is a plain address).
 * @csspart website - The website link.
 * @csspart skeleton - The loading placeholder.
 * @csspart notice - The empty, error and stale notices.
 * @csspart status - The visually hidden live region that announces loading, error, stale and empty.
 * @csspart button - Every button (Retry).
 *
 * @cssprop {<length>} [--mlo-contact-card-min-column=16rem]
 *   Narrowest column when contacts sit side by side.
 *
 * @event mlo-load - The feed loaded (`items`, `skipped`, `problems`, `source`).
 * @event mlo-error - The feed could not be loaded (`reason`, `status`, `stale`).
 */
export class MloContactCard extends MloFeedElement {
  static override styles = [hostStyles, styles];

  /** Just one contact: its position in the feed (`0` is the first) or its name (any case, either script). */
  @property({ reflect: true }) contact?: string;

  /** Heading level of the contact names (2–6), to fit the partner page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  constructor() {
    super({ hasContent: () => this.contacts.length > 0 });
  }

  /** The empty state names what is missing ("No contact to show."), not "news". */
  protected override emptyText(): string {
    return this.locale.messages.state.noContact;
  }

  /** The contacts on show. */
  get contacts(): ContactPoint[] {
    const all = this.data.feed?.contacts ?? [];
    const wanted = this.contact?.trim();
    if (!wanted) return all;
    if (/^\d+$/.test(wanted)) return all.slice(Number(wanted), Number(wanted) + 1);
    const fold = (name: string) => name.trim().toLocaleLowerCase();
    const tx = this.tx;
    const match = all.find(
      (c) => fold(c.name) === fold(wanted) || fold(tx(c.name) ?? '') === fold(wanted),
    );
    return match ? [match] : [];
  }

  /** Feed text in the widget's script; contacts are in the feed's language. */
  private get tx() {
    return inScript(
      { language: this.data.feed?.language, keep: this.data.feed?.keep },
      this.locale.lang,
    );
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel, 3);
  }

  override render() {
    const contacts = this.contacts;
    return this.renderStates({
      skeleton: () => this.renderSkeleton(),
      content: contacts.length ? contacts : undefined,
      show: ([first, ...more]) =>
        more.length === 0
          ? html`<div part="item" class="contact">${this.renderContact(first)}</div>`
          : html`<ul part="list" class="list">
              ${contacts.map((contact) => html`<li part="item" class="contact">${this.renderContact(contact)}</li>`)}
            </ul>`,
    });
  }

  private renderContact(contact: ContactPoint) {
    const m = this.locale.messages;
    const tx = this.tx;
    const lang = ifDefined(contentLang({ language: this.data.feed?.language }, this.locale.lang));
    const { street, building, postalCode, locality, country } = contact.address;
    const lines = [
      tx(street),
      tx(building),
      [postalCode, tx(locality)].filter(Boolean).join(' '),
      tx(country),
    ].filter(Boolean);
    const tel = safeTel(contact.phone);
    const mailto = safeMailto(contact.email);
    const web = safeUrl(contact.url);
    const phone = tel
      ? html`<a part="phone" href=${tel}>${contact.phone}</a>`
      : html`<span part="phone">${contact.phone}</span>`;
    const email = mailto
      ? html`<a part="email" href=${mailto}>${contact.email}</a>`
      : html`<span part="email">${contact.email}</span>`;
    return html`<div part="name" class="name" role="heading" aria-level=${this.level} lang=${lang}>${tx(contact.name)}</div>
      ${contact.unit ? html`<p part="unit" class="unit" lang=${lang}>${tx(contact.unit)}</p>` : nothing}
      <address part="address" class="address" lang=${lang}>
        ${lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}
      </address>
      ${
        contact.phone || contact.email || web
          ? html`<dl class="channels">
            ${contact.phone ? row(m.contact.phone, phone) : nothing}
            ${contact.email ? row(m.contact.email, email) : nothing}
            ${web ? row(m.contact.website, html`<a part="website" href=${web}>${displayUrl(web)}</a>`) : nothing}
          </dl>`
          : nothing
      }`;
  }

  /** Placeholders shaped like a contact: a name and four address lines (two contacts unless one is named). */
  private renderSkeleton() {
    const line = (size = '') => html`<span class="skeleton line ${size}"></span>`;
    const count = this.contact?.trim() ? 1 : 2;
    return html`${renderLoadingLabel(this.locale.messages)}
      <div part="skeleton" class=${count > 1 ? 'list' : ''} aria-hidden="true">
        ${Array.from(
          { length: count },
          () => html`<div class="contact">
          <div class="name lines">${line('short')}</div>
          <div class="address lines">${line()}${line('short')}${line('medium')}${line('tiny')}</div>
        </div>`,
        )}
      </div>`;
  }
}

const row = (label: string, value: TemplateResult) =>
  html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;

/** `https://mod.gov.rs/en/` reads as `mod.gov.rs/en`. */
function displayUrl(href: string): string {
  try {
    const url = new URL(href);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return href;
  }
}

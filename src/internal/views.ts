/**
 * Template pieces every widget shares: the state notices (loading, empty, error, stale), dates,
 * images with captions, and feed text in the widget's script. Text always goes through Lit's
 * escaping bindings; URLs through the one allow-list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedItem, FeedImage, Person } from '../feed/types.js';
import { formatDate, type Lang, type Messages } from '../i18n/index.js';
import { toScript } from '../i18n/script.js';
import { cutAtWord } from '../feed/html-text.js';
import { DEFAULT_MAX_BYTES } from '../feed/load.js';
import type { FeedController } from './feed-controller.js';
import { numberFrom } from './numbers.js';
import { safeImageUrl, safeUrl } from './safe-url.js';

/** Feed text in the widget's script: Serbian items are transliterated, anything else is kept. */
export const inScript = (item: Pick<FeedItem, 'language' | 'keep'>, lang: Lang) => {
  const options = item.keep?.length ? { keep: item.keep } : {};
  return (text: string | undefined) =>
    text === undefined ? undefined : toScript(text, item.language, lang, options);
};

/** The `lang` an item's content is really in once shown, when it differs from the widget's. */
export function contentLang(item: Pick<FeedItem, 'language'>, lang: Lang): string | undefined {
  const source = item.language;
  if (!source) return undefined;
  const shown = /^sr\b/i.test(source) && lang !== 'en' ? lang : source;
  return shown.toLowerCase() === lang.toLowerCase() ? undefined : shown;
}

/**
 * Error and stale notices, with the reason, a link to the feed and Retry. Not live regions: the
 * widget's one status region announces them (internal/status-region.ts). Where several widgets
 * show one feed, only the first carries the link and Retry (internal/feed-group.ts): one way to
 * retry, not one tab stop pair per widget.
 */
export function renderNotice(
  data: FeedController,
  m: Messages,
  src: string | undefined,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  // Of the widgets showing one feed, the first offers the link and Retry (which retries them all).
  const leads = data.leads;
  if (data.state === 'stale') {
    return html`<div part="notice" class="notice notice--stale">
      <span>${m.state.stale}</span>
      ${leads ? html`<button part="button retry" class="button" type="button" @click=${onRetry}>${m.state.retry}</button>` : nothing}
    </div>`;
  }
  if (data.state !== 'error' || !data.error) return nothing;
  const { reason, status, line } = data.error;
  const feedUrl = leads ? safeUrl(src) : undefined;
  return html`<div part="notice" class="notice notice--error">
    <strong>${m.state.errorTitle}</strong>
    <span>${m.errors[reason]({ status, line, megabytes: DEFAULT_MAX_BYTES / 1024 / 1024 })}</span>
    ${feedUrl ? html`<a part="source-link" href=${feedUrl} rel="noopener noreferrer">${m.state.openFeed}</a>` : nothing}
    ${leads ? html`<button part="button retry" class="button" type="button" @click=${onRetry}>${m.state.retry}</button>` : nothing}
  </div>`;
}

/**
 * The empty state: a short message, and how many items could not be shown when the feed had
 * some (a feed of unreadable items is not an empty newsroom). Announced by the widget's status
 * region (internal/status-region.ts), not a live region of its own.
 */
export const renderEmpty = (text: string, m: Messages, skipped = 0) =>
  html`<p part="notice" class="notice">${text}${skipped ? ` ${m.list.skipped(skipped)}.` : ''}</p>`;

/**
 * Beside a skeleton: nothing for screen readers to read twice. "Loading…" is said by the
 * widget's status region (internal/status-region.ts); the skeleton itself is `aria-hidden`.
 */
export const renderLoadingLabel = (_m: Messages) => nothing;

/** `<time datetime>` in the widget's language; nothing for undated items. */
export function renderDate(iso: string | undefined, lang: Lang): TemplateResult | typeof nothing {
  const text = formatDate(iso, lang);
  return iso && text
    ? html`<time part="date" class="date" datetime=${iso}>${text}</time>`
    : nothing;
}

/** How `renderImage` labels the credit and tags the item's text. */
export interface ImageOptions {
  caption?: boolean;
  eager?: boolean;
  /** The widget's messages: the credit is labelled "Photo:" in the widget's language. */
  m: Messages;
  /** The item's language where it differs from the widget's (`contentLang`): alt, caption, credit. */
  content?: string;
  /** The widget's language, where the figure sits inside an element in the item's language. */
  ui?: string;
}

/**
 * A feed image: safe URL only, reserved aspect ratio from its width and height, lazy, no
 * referrer; its caption and credit ("Photo: …") in a `<figcaption>`. The alt text, caption and
 * credit carry the item's language, the "Photo:" label the widget's. Nothing when the URL is unsafe.
 */
export function renderImage(
  image: FeedImage | undefined,
  tx: (text: string | undefined) => string | undefined,
  options: ImageOptions,
): TemplateResult | typeof nothing {
  const src = safeImageUrl(image?.src);
  if (!image || !src) return nothing;
  const caption = options.caption !== false ? tx(image.caption) : undefined;
  const credit = options.caption !== false ? tx(image.credit) : undefined;
  const content = ifDefined(options.content);
  return html`<figure part="figure" class="figure">
    <img
      part="image"
      class="image"
      lang=${content}
      src=${src}
      alt=${tx(image.alt) ?? ''}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      loading=${options.eager ? 'eager' : 'lazy'}
      decoding="async"
      referrerpolicy="no-referrer"
    />
    ${
      caption || credit
        ? html`<figcaption part="caption" class="caption">
          ${caption ? html`<span lang=${content}>${caption}</span>` : nothing}${caption && credit ? ' ' : ''}${
            credit
              ? html`<span part="credit" class="credit" lang=${ifDefined(options.ui)}
                >${options.m.item.photo} <span lang=${content}>${credit}</span></span
              >`
              : nothing
          }
        </figcaption>`
        : nothing
    }
  </figure>`;
}

/** "General Tod D. Wolters, Supreme Allied Commander Europe, NATO", leaving out what is missing. */
export function personParts(person: Person, tx: (text: string | undefined) => string | undefined) {
  const name = [tx(person.rank), tx(person.name)].filter(Boolean).join(' ');
  const details = [tx(person.role), tx(person.organization)].filter(Boolean).join(', ');
  return { name, details };
}

/** The first paragraph of the text, for a summary when the feed gives none. */
export function firstParagraph(text: string | undefined, max = 280): string | undefined {
  const first = text?.split(/\n\s*\n/)[0]?.trim();
  if (!first) return undefined;
  return cutAtWord(first, max);
}

/**
 * A one-line name for an item where a title is needed (a card's heading, a search option): its
 * title, else the start of its summary or text (a microblog note has no title).
 */
export function displayTitle(item: FeedItem): string | undefined {
  return item.title ?? firstParagraph(item.summary ?? item.htmlText ?? item.contentText, 120);
}

/** A heading level from an attribute: a whole number from 1 to 6, else the widget's default. */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const n = numberFrom(value);
  return n !== undefined && Number.isFinite(n) ? Math.min(6, Math.max(1, Math.round(n))) : fallback;
}

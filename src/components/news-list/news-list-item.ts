/**
 * One item of a news list: a titled item (picture; type label and date on one meta line; title
 * link; excerpt) or an untitled note (its text, and its date as the link), as microblogs write them. Every item
 * keeps the same block size (news-list.styles.ts), so notes and articles mix without shifts.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedItem } from '../../feed/types.js';
import type { Lang, Messages } from '../../i18n/index.js';
import { safeUrl } from '../../internal/safe-url.js';
import {
  clampHeadingLevel,
  contentLang,
  firstParagraph,
  inScript,
  renderDate,
  renderImage,
} from '../../internal/views.js';

export interface ItemContext {
  lang: Lang;
  m: Messages;
  layout: 'list' | 'grid' | 'compact';
  headingLevel: number;
  onSelect: (event: MouseEvent, item: FeedItem) => void;
  /** Marked "Pinned" (src/feed/pins.ts): kept first by the list. */
  isPinned?: (item: FeedItem) => boolean;
}

/** The excerpt: the summary, else the first paragraph of the text, else of the HTML body. */
const excerptOf = (item: FeedItem) =>
  item.summary ?? firstParagraph(item.contentText) ?? firstParagraph(item.htmlText);

/** A note's text: the HTML body as text (feeds' `content_text` is often raw Markdown), else the text. */
const noteTextOf = (item: FeedItem) => item.htmlText ?? item.contentText ?? item.summary;

/** `audio` or `video` when the item carries something to play. */
function mediaOf(item: FeedItem): 'audio' | 'video' | undefined {
  const types = item.attachments?.map((a) => a.mimeType) ?? [];
  if (types.some((t) => t.startsWith('video/'))) return 'video';
  if (types.some((t) => t.startsWith('audio/'))) return 'audio';
  return undefined;
}

/** "Pinned", first on the type line; the item's description too, so it is heard with its name. */
const renderPinned = (id: string, m: Messages, more: boolean) =>
  html`<span part="pinned" class="pinned" id=${`${id}-pinned`}>${m.list.pinned}</span>${more ? ' · ' : ''}`;

export function renderListItem(item: FeedItem, index: number, total: number, c: ItemContext) {
  const { lang, m, layout } = c;
  const tx = inScript(item, lang);
  const href = safeUrl(item.url ?? item.externalUrl);
  const id = `t-${index}`;
  const media = mediaOf(item);
  const select = (event: MouseEvent) => c.onSelect(event, item);
  const note = item.title ? undefined : tx(noteTextOf(item));
  // A post that is only a picture (a Mastodon image post) says so where the type goes.
  const labels = [
    item.type === 'article' ? undefined : m.types[item.type],
    media ? m.item[media] : undefined,
    !item.title && !note && item.image ? m.item.image : undefined,
  ].filter(Boolean);
  const date = renderDate(item.datePublished, lang);
  // The item's language on its own text only: the type label and the date are the widget's.
  const language = contentLang(item, lang);
  const content = ifDefined(language);
  let text;
  if (item.title) {
    const summary = layout === 'compact' ? undefined : tx(excerptOf(item));
    text = html`<div part="title" class="title" role="heading" aria-level=${clampHeadingLevel(c.headingLevel, 3)} id=${id} lang=${content}>
        ${href ? html`<a part="link" href=${href} @click=${select}>${tx(item.title)}</a>` : tx(item.title)}
      </div>
      ${summary ? html`<p part="summary" class="summary" lang=${content}>${summary}</p>` : nothing}`;
  } else {
    // A note has no heading: its text is the content, and its date (or "Read more") the link.
    // Without text (a picture alone), the label and the link name the item.
    const linkText = date === nothing ? m.list.readMore : date;
    const linkId = note ? undefined : id;
    text = html`${note ? html`<p part="summary note" class="summary note" id=${id} lang=${content}>${note}</p>` : nothing}
      ${href ? html`<a part="link" class="note-link" id=${ifDefined(linkId)} href=${href} @click=${select}>${linkText}</a>` : linkId ? html`<span id=${linkId}>${date}</span>` : date}`;
  }
  const pinned = c.isPinned?.(item) ?? false;
  const typed = labels.length > 0 || pinned;
  const labelledBy = item.title || note || !typed ? id : `${id}-type ${id}`;
  return html`<article
    part="item"
    class="item"
    tabindex="-1"
    aria-posinset=${index + 1}
    aria-setsize=${total}
    aria-labelledby=${labelledBy}
    aria-describedby=${ifDefined(pinned && labelledBy === id ? `${id}-pinned` : undefined)}
  >
    ${layout === 'compact' ? nothing : renderImage(item.image, tx, { m, content: language })}
    <div class="body">
      ${
        typed || (item.title && date !== nothing)
          ? html`<div class="meta">
            ${typed ? html`<span part="type" class="type" id=${`${id}-type`}>${pinned ? renderPinned(id, m, labels.length > 0) : nothing}${labels.join(' · ')}</span>` : nothing}
            ${item.title ? date : nothing}
          </div>`
          : nothing
      }
      ${text}
    </div>
  </article>`;
}

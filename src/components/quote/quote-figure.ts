/** The quote itself, as a figure, and its loading placeholder; shared by single and rotating quotes. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedItem } from '../../feed/types.js';
import type { Lang, Messages } from '../../i18n/index.js';
import { safeUrl } from '../../internal/safe-url.js';
import {
  contentLang,
  inScript,
  personParts,
  renderDate,
  renderLoadingLabel,
} from '../../internal/views.js';

const QUOTE_MARKS = '"“”„«»';

/**
 * The words as paragraphs, without quotation marks the feed may have typed (the CSS adds them).
 * A check of the two ends, not a regular expression: the pattern it replaces backtracked
 * cubically on a quote mark followed by thousands of spaces (seconds of a frozen page).
 */
export function quoteParagraphs(item: FeedItem): string[] {
  let text = (item.contentText ?? item.summary ?? '').trim();
  if (
    text.length >= 2 &&
    QUOTE_MARKS.includes(text[0]) &&
    QUOTE_MARKS.includes(text.at(-1) as string)
  ) {
    text = text.slice(1, -1).trim();
  }
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * `<figure>`: the words in a `<blockquote>` (quotation marks from CSS, by the quote's own `lang`),
 * then a `<figcaption>` with what is known: speaker, occasion, date, source link. Nothing missing
 * leaves a separator or an empty box behind. `scroll`: in a carousel, where the words are
 * clamped (quote.styles.ts), they are focusable so the keyboard can scroll to the rest.
 */
export function renderQuoteFigure(
  item: FeedItem,
  lang: Lang,
  m: Messages,
  onSelect: (event: MouseEvent) => void,
  /** More for the meta line: the Copy button. */
  actions?: unknown,
  scroll = false,
) {
  const tx = inScript(item, lang);
  const itemLang = contentLang(item, lang);
  const person = item.speaker && personParts(item.speaker, tx);
  const speaker = person
    ? html`<span part="speaker" class="speaker"
        ><span class="name">${person.name}</span>${person.details ? `, ${person.details}` : ''}</span
      >`
    : undefined;
  const context = tx(item.context);
  const date = renderDate(item.datePublished, lang);
  const href = safeUrl(item.sourceUrl ?? item.url);
  const source = href
    ? html`<a part="source" class="source" href=${href} @click=${onSelect}>${m.quote.source}</a>`
    : nothing;
  const hasMeta = date !== nothing || source !== nothing || actions !== undefined;
  return html`<figure part="item" class="figure">
    <blockquote
      part="quote"
      class="quote"
      lang=${ifDefined(itemLang)}
      cite=${ifDefined(safeUrl(item.sourceUrl))}
      tabindex=${ifDefined(scroll ? 0 : undefined)}
    >
      ${quoteParagraphs(item).map((text) => html`<p>${tx(text)}</p>`)}
    </blockquote>
    ${
      speaker || context || hasMeta
        ? html`<figcaption part="caption" class="caption">
          ${
            speaker || context
              ? html`<span class="attribution" lang=${ifDefined(itemLang)}
                >${speaker}${speaker && context ? ', ' : ''}${
                  context ? html`<span part="context">${context}</span>` : nothing
                }</span
              >`
              : nothing
          }
          ${hasMeta ? html`<span class="meta">${date}${source}${actions ?? nothing}</span>` : nothing}
        </figcaption>`
        : nothing
    }
  </figure>`;
}

/** Placeholders in the quote's own boxes: three lines of words, two of attribution (and the controls). */
export function renderQuoteSkeleton(rotate: boolean, m: Messages) {
  const line = (size = '') => html`<span class="skeleton line ${size}"></span>`;
  const button = html`<span class="button placeholder"></span>`;
  return html`${renderLoadingLabel(m)}
    <div part="skeleton" class=${rotate ? 'carousel' : ''} aria-hidden="true">
      ${rotate ? html`<div class="controls">${button}${button}${button}</div>` : nothing}
      <div class="figure">
        <div class="quote">${line()}${line()}${line('short')}</div>
        <div class="caption">${line('medium')}${line('tiny')}</div>
      </div>
      ${rotate ? html`<p class="position">${line('tiny')}</p>` : nothing}
    </div>`;
}

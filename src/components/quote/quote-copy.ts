/**
 * The quote's Copy button (with `copy`): the words in the quotation marks of their language,
 * then who said them, where and when, and the source's address, as plain text on the
 * clipboard. "Quote copied." is said by the widget's status region and shown beside the button;
 * when the clipboard is refused, the words are selected for the reader to copy.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { FeedItem } from '../../feed/types.js';
import { formatDate, type Lang, type Messages } from '../../i18n/index.js';
import { safeUrl } from '../../internal/safe-url.js';
import { copyText, quoted } from '../../internal/share.js';
import { inScript, personParts } from '../../internal/views.js';
import { quoteParagraphs } from './quote-figure.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The quote as text: “Words.” then "— Name, role, context, date" and the source's address. */
function quoteAsText(item: FeedItem, lang: Lang): string {
  const tx = inScript(item, lang);
  const words = quoteParagraphs(item)
    .map((text) => tx(text))
    .join('\n\n');
  const person = item.speaker && personParts(item.speaker, tx);
  const by = [person?.name, person?.details, tx(item.context), formatDate(item.datePublished, lang)]
    .filter(Boolean)
    .join(', ');
  const source = safeUrl(item.sourceUrl ?? item.url);
  const link = source && /^https?:\/\//i.test(source) ? source : undefined;
  // The marks of the words' own language (as the CSS draws them), in the script they are shown in.
  const shown = /^sr\b/i.test(item.language ?? '') && lang !== 'en' ? lang : item.language;
  return [quoted(words, shown), by && `— ${by}`, link].filter(Boolean).join('\n');
}

export class QuoteCopy {
  /** The last copy's outcome, for the quote it was about. */
  private outcome?: { item: FeedItem; copied: boolean };

  constructor(
    private readonly host: Host,
    private readonly onAnnounce: () => void,
  ) {}

  /** The sentence for the status region while it applies to the quote on show. */
  said(item: FeedItem | undefined, m: Messages): string | undefined {
    if (!item || this.outcome?.item !== item) return undefined;
    return this.outcome.copied ? m.share.quoteCopied : m.share.copyQuoteByHand;
  }

  render(item: FeedItem, lang: Lang, m: Messages) {
    const copied = this.outcome?.item === item && this.outcome.copied;
    return html`<button part="button copy" class="copy" type="button" @click=${(event: Event) => void this.copy(item, lang, event)}>${m.share.copyQuote}</button>${
      copied ? html`<span class="copied" aria-hidden="true">${m.share.quoteCopied}</span>` : nothing
    }`;
  }

  private async copy(item: FeedItem, lang: Lang, event: Event): Promise<void> {
    const figure = (event.currentTarget as Element).closest('figure');
    const copied = await copyText(quoteAsText(item, lang));
    this.outcome = { item, copied };
    if (!copied) {
      const words = figure?.querySelector('blockquote');
      if (words) getSelection()?.selectAllChildren(words);
    }
    this.onAnnounce();
    this.host.requestUpdate();
  }
}

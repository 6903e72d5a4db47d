/**
 * An article's body: `content_text` as paragraphs, or `content_html` sanitized into DOM nodes.
 *
 * Feed HTML never reaches Lit's unsafe-HTML directive or `innerHTML`: `sanitizeToFragment` (DOMPurify, loaded on
 * first use) parses it in an inert document and returns a fragment; its nodes are rendered by
 * Lit as plain `Node` values. A result that arrives after the item, the feed URL or the language
 * changed is dropped, so a slow sanitize can never show the previous item's body.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isSerbian, t, type Lang } from '../../i18n/index.js';
import { toScript } from '../../i18n/script.js';
import { sanitizeToFragment } from '../../internal/sanitize.js';

/** What to sanitize: the item's HTML, the URL its relative links resolve against, the languages. */
export interface HtmlSource {
  html: string;
  base: string | undefined;
  /** The item's language (BCP 47), for transliteration. */
  language: string | undefined;
  /** The widget's language. */
  lang: Lang;
  /** Words kept in Latin (`_mlo.keep`). */
  keep?: readonly string[];
}

export type HtmlBody =
  { status: 'pending' } | { status: 'ready'; nodes: Node[] } | { status: 'failed' };

/** Sanitizes the host's current item HTML whenever it changes; the host renders `body`. */
export class SanitizedHtml implements ReactiveController {
  /** The body for the current source; `pending` until the sanitizer answers. */
  body: HtmlBody = { status: 'pending' };
  private source?: HtmlSource;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => HtmlSource | undefined,
    /** The sanitizer; a test may pass one whose answers it orders itself. */
    private readonly sanitizeHtml: (
      html: string,
      base?: string,
    ) => Promise<DocumentFragment> = sanitizeToFragment,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const next = this.read();
    if (same(next, this.source)) return;
    this.source = next;
    this.body = { status: 'pending' };
    if (next) void this.sanitize(next);
  }

  private async sanitize(job: HtmlSource): Promise<void> {
    let body: HtmlBody;
    try {
      const fragment = await this.sanitizeHtml(job.html, job.base);
      if (this.source !== job) return;
      inScriptFragment(fragment, job.language, job.lang, job.keep);
      scrollableTables(fragment, t(job.lang).item.table);
      body = { status: 'ready', nodes: [...fragment.childNodes] };
    } catch (error) {
      if (this.source !== job) return;
      // Trusted Types refused the parser, or the sanitizer chunk failed to load: plain text instead.
      console.warn(
        'mlo-article: the HTML body could not be sanitized; showing the text body.',
        error,
      );
      body = { status: 'failed' };
    }
    this.body = body;
    this.host.requestUpdate();
  }
}

const same = (a: HtmlSource | undefined, b: HtmlSource | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.html === b.html &&
    a.base === b.base &&
    a.language === b.language &&
    a.lang === b.lang &&
    a.keep?.join('\n') === b.keep?.join('\n'));

/** Text never transliterated: code is not prose. */
const VERBATIM = 'code, pre';

/**
 * Transliterates a sanitized fragment's text (and its `alt`/`title` text) into the widget's
 * Serbian script. Attributes that hold URLs are never touched. A `lang` inside the markup wins
 * over the item's: an English quotation in a Serbian article stays as written. Also runs on the
 * server, in jsdom, on the sanitized `<body>`: hence `nodeType`, not `instanceof Element` (the
 * global `Element` there is Lit's SSR shim, so an element's own `lang` was missed).
 */
export function inScriptFragment(
  fragment: DocumentFragment | Element,
  language: string | undefined,
  lang: Lang,
  keep: readonly string[] = [],
): void {
  if (lang === 'en') return;
  const options = { keep };
  const sourceOf = (node: Node) => {
    const holder = (
      node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
    )?.closest('[lang]');
    return holder ? (holder.getAttribute('lang') ?? undefined) : language;
  };
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentElement?.closest(VERBATIM)) continue;
    text.data = toScript(text.data, sourceOf(text), lang, options);
  }
  for (const element of fragment.querySelectorAll('[alt], [title]')) {
    for (const name of ['alt', 'title']) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, toScript(value, sourceOf(element), lang, options));
    }
  }
  // The text is now in the widget's script: say so, or screen readers pick the wrong voice.
  for (const element of fragment.querySelectorAll('[lang]')) {
    if (isSerbian(element.getAttribute('lang'))) element.setAttribute('lang', lang);
  }
}

/**
 * Wraps every table in a horizontally scrollable region, so a wide table scrolls on its own at
 * 320 px instead of widening the page (WCAG 1.4.10). The region is focusable, so keyboard users
 * can scroll it, and named: the table's caption, else "Table" in the widget's language.
 */
export function scrollableTables(fragment: DocumentFragment | Element, name: string): void {
  for (const table of fragment.querySelectorAll('table')) {
    const region = (fragment.ownerDocument ?? document).createElement('div');
    region.className = 'table-scroll';
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    region.setAttribute('aria-label', table.caption?.textContent?.trim() || name);
    table.replaceWith(region);
    region.append(table);
  }
}

/** Plain text to paragraphs: a blank line separates them; a single line break is kept as one. */
function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** `content_text` as `<p>` elements, in the widget's script. */
export const renderText = (
  text: string | undefined,
  tx: (text: string | undefined) => string | undefined,
) => paragraphs(text).map((paragraph) => html`<p class="text">${tx(paragraph)}</p>`);

/** Paragraph-shaped placeholders while an HTML-only body is being sanitized. */
export const renderBodySkeleton = () =>
  html`<div class="body-skeleton" aria-hidden="true">
    ${[4, 3].map(
      (lines) =>
        html`<p>${Array.from(
          { length: lines },
          (_, i) =>
            html`<span part="skeleton" class="skeleton line ${i === lines - 1 ? 'short' : ''}"></span>`,
        )}</p>`,
    )}
  </div>`;

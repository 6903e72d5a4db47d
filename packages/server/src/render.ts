/**
 * `render`: an element as HTML, made by Lit's own SSR from the browser's templates and styles:
 * the element with its shadow root as declarative shadow DOM, then the data it used as an inline
 * `<script type="application/json">` child (inert, allowed by a strict CSP), which the browser
 * element reads on upgrade instead of fetching anything.
 *
 * The inline feed holds only what the element shows (the list's items, the article, the quote,
 * the visit; every item for search; the contacts), and the server renders from that very
 * feed, read as the browser will read it, so the first client render is the same picture.
 * Deterministic: nothing from the clock or a random source; the same feed gives the same bytes.
 */
import './dom.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { render as ssr } from '@lit-labs/ssr';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { MAX_ITEMS } from '../../../src/feed/normalize.js';
import { translationGroups } from '../../../src/feed/translations.js';
import type { FeedItem } from '../../../src/feed/types.js';
import type { Lang } from '../../../src/i18n/index.js';
import { withDom } from './dom.js';
import type { ElementName } from './element-names.js';
import { defineServerElements, withJob, type Job } from './elements.js';
import { jsonLd, scriptJson, withinDepth } from './json-ld.js';
import { readFeed, readJsonFeed } from './read.js';
import { readSource, type SourceOptions } from './source.js';
import { sanitizedBody } from './sanitized-markup.js';

export interface RenderOptions extends SourceOptions {
  /** Which element. */
  element: ElementName;
  /** The widget's language (also written as the element's `lang`). Default `en`. */
  lang?: Lang;
  /** `mlo-news-list`: how many items (at most 50 server-rendered). */
  limit?: number;
  /** The item's id (`mlo-article`, `mlo-quote`, `mlo-visit-card`). */
  item?: string;
  /** Adds schema.org JSON-LD for the items shown. */
  jsonLd?: boolean;
  /** What the feed's relative URLs resolve against (default: where it was fetched from). */
  baseUrl?: string;
  /**
   * Other attributes: `layout`, `type`, `tag`, `heading-level`, `contact`, `action` (search);
   * `src` with `refresh` (seconds) for a widget that goes on following the feed once taken over;
   * the list's `filters` (its filter bar, over every item it can show, so the whole selection is
   * inlined), and `follow` and `no-pins`, booleans: on when present (any value, `''` too).
   */
  attributes?: Partial<
    Record<
      | 'layout'
      | 'type'
      | 'tag'
      | 'heading-level'
      | 'contact'
      | 'action'
      | 'src'
      | 'refresh'
      | 'filters'
      | 'follow'
      | 'no-pins',
      string
    >
  >;
  /**
   * Told what the server left to the browser (an article body too big or too deep for it, a
   * deeply nested extension field): one English sentence each. The rest still renders.
   */
  onNote?: (note: string) => void;
}

/** The most list items rendered on the server: a list renders its first 50 in one go. */
export const MAX_SERVER_LIST = 50;

/**
 * How deep the inline data may nest. A feed's own fields nest under ten levels; an extension
 * nested thousands deep would overflow `JSON.stringify`'s stack and abort the render.
 */
const MAX_INLINE_DEPTH = 64;

const TAGS: Record<ElementName, StaticValue> = {
  'mlo-news-list': literal`mlo-news-list`,
  'mlo-article': literal`mlo-article`,
  'mlo-quote': literal`mlo-quote`,
  'mlo-visit-card': literal`mlo-visit-card`,
  'mlo-contact-card': literal`mlo-contact-card`,
  'mlo-search': literal`mlo-search`,
};

/** Reads `source` (a path or an http(s) URL) and renders the element from it. */
export async function render(source: string, options: RenderOptions): Promise<string> {
  const read = readFeed(await readSource(source, options), options.baseUrl);
  return renderFeed(read.json, {
    ...options,
    baseUrl: options.baseUrl ?? read.result.baseUrl,
  });
}

/** The same from a JSON Feed object already in hand (parsed, or from `convert`). Synchronous. */
export function renderFeed(feed: unknown, options: RenderOptions): string {
  // An own property only: `'toString'` or `'__proto__'` are `in` every object.
  if (typeof options.element !== 'string' || !Object.hasOwn(TAGS, options.element))
    throw new TypeError(
      `Unknown element: ${String(options.element)} (one of ${Object.keys(TAGS).join(', ')})`,
    );
  defineServerElements();
  const notes = new Set<string>();
  const note = (text: string) => {
    if (notes.has(text)) return;
    notes.add(text);
    options.onNote?.(`${options.element}: ${text}`);
  };
  const lang = options.lang ?? 'en';
  const whole = readJsonFeed(feed, options.baseUrl);
  // First pass: which items the element picks from the whole feed.
  const first: Job = { result: whole.result, lang };
  renderElement(first, options);
  const shown = first.shown ?? { items: [] };
  const raw = whole.json.items as unknown[];
  const index = new Map(whole.result.feed.items.map((item, i) => [item, whole.rawIndex[i]]));
  const items = shown.all
    ? raw.slice(0, MAX_ITEMS)
    : options.element === 'mlo-article'
      ? withVersions(whole.result.feed.items, shown.items).map((item) => raw[index.get(item)!])
      : shown.items.map((item) => raw[index.get(item) as number]);
  const base = whole.result.baseUrl;
  const inline = withinDepth({ ...whole.json, items }, MAX_INLINE_DEPTH, () =>
    note(`fields nested more than ${MAX_INLINE_DEPTH} levels deep are left out of the inline data`),
  ) as Record<string, unknown>;
  if (base && /^https?:/i.test(base) && !inline.feed_url) inline.feed_url = base;
  // Second pass: from the inline feed, read as the browser will read it.
  const own = readJsonFeed(JSON.parse(JSON.stringify(inline)), base);
  const article = options.element === 'mlo-article' ? shown.items[0] : undefined;
  const body = article && sanitizedBody(article, lang, base);
  if (body && 'left' in body)
    note(
      `the body of ${JSON.stringify(article.id)} is left to the browser's sanitizer: ${body.left}`,
    );
  const job: Job = {
    result: own.result,
    lang,
    body: body && 'markup' in body ? body.markup : undefined,
  };
  const markup = renderElement(job, options);
  const close = `</${options.element}>`;
  const at = markup.lastIndexOf(close);
  let out = `${markup.slice(0, at)}<script type="application/json">${scriptJson(inline)}</script>${markup.slice(at)}`;
  if (options.jsonLd) {
    const data = jsonLd(
      job.shown?.items ?? [],
      options.element === 'mlo-news-list',
      whole.result.feed.items,
    );
    if (data) out += `\n<script type="application/ld+json">${scriptJson(data)}</script>`;
  }
  // A feed's control characters have no place in HTML text or attributes (the inline JSON has
  // them as escapes by now): none reaches the page, or the terminal `render` prints to.
  return `${out.replace(CONTROL, '')}\n`;
}

/**
 * An article's items with its other language versions in the feed, in feed order: the inline
 * data then has what "Also in" names, so the upgraded element draws the same line and opens a
 * version in place without a request.
 */
function withVersions(all: readonly FeedItem[], shown: FeedItem[]): FeedItem[] {
  const group = shown.length === 1 ? translationGroups(all).get(shown[0]) : undefined;
  return group ?? shown;
}

/** C0 but tab, line feed, form feed and carriage return; DEL; C1. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

function renderElement(job: Job, options: RenderOptions): string {
  const a = options.attributes ?? {};
  const limit =
    options.element === 'mlo-news-list'
      ? String(Math.min(Math.max(Math.floor(options.limit ?? 10), 1), MAX_SERVER_LIST))
      : undefined;
  const template = staticHtml`<${TAGS[options.element]} lang=${job.lang} limit=${ifDefined(limit)} item=${ifDefined(options.item)} layout=${ifDefined(a.layout)} type=${ifDefined(a.type)} tag=${ifDefined(a.tag)} heading-level=${ifDefined(a['heading-level'])} contact=${ifDefined(a.contact)} action=${ifDefined(a.action)} src=${ifDefined(a.src)} refresh=${ifDefined(a.refresh)} filters=${ifDefined(a.filters)} ?follow=${a.follow !== undefined} ?no-pins=${a['no-pins'] !== undefined}></${TAGS[options.element]}>`;
  return withDom(() => withJob(job, () => collectResultSync(ssr(template))));
}

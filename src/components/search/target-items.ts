/**
 * An archive index's records as news list items, for `<mlo-search index target>`: the list shows
 * the results it has not loaded from what the index keeps (title, URL, date, type, language and
 * the first words of the text). A record is data from a static file anyone may host, read by the
 * feed's rules: URLs resolved against the index (and checked by `safeUrl` where rendered), dates
 * and language tags read or dropped, texts trimmed and cut. No image unless the record has one.
 */
import type { FeedItem } from '../../feed/types.js';
import { MAX_TEXT } from '../../feed/read-fields.js';
import { readDate, readLanguage } from '../../feed/read-values.js';
import { resolveUrl } from '../../feed/urls.js';
import { TEXT_KEPT } from '../../search/archive-docs.js';

/** One item per record (per index URL), so a longer page of results keeps the same objects. */
const made = new WeakMap<FeedItem, { base: string; item: FeedItem }>();

const text = (value: string | undefined, max = MAX_TEXT): string | undefined =>
  value?.slice(0, max).trim() || undefined;

/** A text the index cut: to its last whole word, with an ellipsis, so it does not end mid-word. */
function excerpt(value: string | undefined): string | undefined {
  const kept = text(value);
  if (!kept || kept.length < TEXT_KEPT) return kept;
  const space = kept.lastIndexOf(' ');
  return `${(space > TEXT_KEPT / 2 ? kept.slice(0, space) : kept).trimEnd()}…`;
}

/** `record` (from `readDoc`) as a list item; `base` is the index's URL. */
export function recordItem(record: FeedItem, base: string): FeedItem {
  const known = made.get(record);
  if (known?.base === base) return known.item;
  const date = record.datePublished && readDate(record.datePublished);
  const language = record.language && readLanguage(record.language);
  const item: FeedItem = {
    id: record.id,
    type: record.type,
    url: resolveUrl(record.url, base),
    externalUrl: resolveUrl(record.externalUrl, base),
    title: text(record.title),
    datePublished: date || undefined,
    language: language || undefined,
    summary: excerpt(record.summary),
    contentText: excerpt(record.contentText),
    context: excerpt(record.context),
    tags: record.tags.map((tag) => text(tag, 200)).filter((tag): tag is string => !!tag),
    authors: [],
    speaker: record.speaker,
    visitor: record.visitor,
    metWith: record.metWith,
    location: text(record.location, 200),
    keep: record.keep,
  };
  // Should a future record carry an image, it is shown (renderImage checks its URL).
  const src = resolveUrl(record.image?.src, base);
  if (record.image && src) item.image = { ...record.image, src };
  made.set(record, { base, item });
  return item;
}

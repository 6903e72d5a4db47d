/** What the RSS and Atom mappings share: bounds, the body's image, plain text, languages, types. */
import { firstImage } from '../html-text.js';
import { MAX_ITEMS } from '../normalize.js';
import { readLanguage } from '../read-values.js';
import { ITEM_TYPES } from '../types.js';
import { resolveUrl } from '../urls.js';
import { stripTags } from '../../util/strip-tags.js';

export type Json = Record<string, unknown>;

/** At most MAX_ITEMS mapped; the rest are counted by the reader as "skipped unread". */
export function bounded(items: Element[], map: (item: Element) => Json): unknown[] {
  return items.map((item, i) => (i < MAX_ITEMS ? map(item) : null));
}

/**
 * The body's first image, resolved against the item's own `xml:base` (JSON Feed has no per-item
 * base, so the reader would resolve it against the feed URL). Links inside the body still resolve
 * against the feed URL when shown: a known limit for feeds that set `xml:base` per entry.
 */
export const bodyImage = (html: string | undefined, base: string | undefined) =>
  html ? resolveUrl(firstImage(html)?.src, base) : undefined;

/** A language tag as JSON Feed readers expect it (`en_US` → `en-US`); a bad one as written, to be reported. */
export const language = (value: string | undefined) => (value && readLanguage(value)) ?? value;

/** HTML (an RSS title or description may hold markup or entities) as plain text. */
export function plain(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = (
    value.includes('<') || value.includes('&') ? stripTags(value.slice(0, 20_000)) : value
  )
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/**
 * The item with its picture's alt text (`_mlo.image.alt`, JSON Feed's only place for one) and
 * its type: a category named like one of our item types sets it (and is not kept as a tag).
 */
export function withType(item: Json, categories: (string | undefined)[], alt?: string): Json {
  const tags: string[] = [];
  const mlo: Json = {};
  if (alt && item.image) mlo.image = { alt };
  for (const category of categories) {
    const tag = category?.trim();
    if (!tag) continue;
    const type = ITEM_TYPES.find((t) => t === tag.toLowerCase());
    if (type && !mlo.type) mlo.type = type;
    else if (!type) tags.push(tag);
  }
  if (tags.length) item.tags = [...new Set(tags)];
  if (mlo.type || mlo.image) item._mlo = mlo;
  return item;
}

/** The feed's `_mlo` with its alternates (xml/alternates.ts), or nothing when there are none. */
export const followable = (alternates: Json[]): Json =>
  alternates.length ? { _mlo: { alternates } } : {};

import type { FeedItem, Person } from '../feed/types.js';
import { stripTags } from '../util/strip-tags.js';

/**
 * What of an item is searchable, and how much a hit there weighs. Ranking is by field first
 * (title and names, then tags and place, then quote text and summary, then body), then by date.
 */
export const SEARCH_FIELDS = [
  'title',
  'name',
  'tag',
  'location',
  'quote',
  'summary',
  'body',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = {
  title: 10,
  name: 9,
  tag: 6,
  location: 6,
  quote: 5,
  summary: 4,
  body: 2,
};

/** One bit per field, in `SEARCH_FIELDS` order. */
export const FIELD_BITS = SEARCH_FIELDS.length;

/** For every bitmask of fields: the weight and index of its heaviest field. */
export const MASK_WEIGHT = new Float32Array(1 << FIELD_BITS);
export const MASK_FIELD = new Uint8Array(1 << FIELD_BITS);
for (let mask = 1; mask < 1 << FIELD_BITS; mask++) {
  let best = -1;
  for (let f = 0; f < FIELD_BITS; f++) {
    if (
      mask & (1 << f) &&
      (best < 0 || FIELD_WEIGHT[SEARCH_FIELDS[f]] > FIELD_WEIGHT[SEARCH_FIELDS[best]])
    )
      best = f;
  }
  MASK_WEIGHT[mask] = FIELD_WEIGHT[SEARCH_FIELDS[best]];
  MASK_FIELD[mask] = best;
}

const BIT: Readonly<Record<SearchField, number>> = Object.fromEntries(
  SEARCH_FIELDS.map((f, i) => [f, 1 << i]),
) as Record<SearchField, number>;

/** Calls `emit(text, fieldBit)` for every searchable text of `item`. */
export function forEachField(item: FeedItem, emit: (text: string, bit: number) => void): void {
  const person = (p: Person | undefined): void => {
    if (!p) return;
    if (p.name) emit(p.name, BIT.name);
    for (const extra of [p.rank, p.role, p.organization]) if (extra) emit(extra, BIT.body);
  };
  if (item.title) emit(item.title, BIT.title);
  person(item.speaker);
  person(item.visitor);
  for (const p of item.metWith ?? []) person(p);
  for (const tag of item.tags ?? []) if (tag) emit(tag, BIT.tag);
  if (item.location) emit(item.location, BIT.location);
  if (item.summary) emit(item.summary, BIT.summary);
  const content = item.contentText || (item.contentHtml ? stripTags(item.contentHtml) : '');
  if (content) emit(content, item.type === 'quote' ? BIT.quote : BIT.body);
  if (item.context) emit(item.context, BIT.body);
}

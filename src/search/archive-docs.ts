/**
 * What an archive index keeps of each item: what a result shows (title, URL, date, type,
 * language) and the text its snippet is cut from. Long texts are cut: a match past the cut
 * still finds the item (the postings hold every word), it only shows no snippet there.
 */
import type { FeedItem, ItemType, Person } from '../feed/types.js';
import { ITEM_TYPES } from '../feed/types.js';
import { stripTags } from '../util/strip-tags.js';

/** Characters kept of the body, the summary and a quote's context, for snippets. */
export const TEXT_KEPT = 200;

const cut = (text: string | undefined): string | undefined =>
  text === undefined || text.length <= TEXT_KEPT ? text : text.slice(0, TEXT_KEPT);

const person = (p: Person | undefined): Person | undefined =>
  p && { name: p.name, rank: p.rank, role: p.role, organization: p.organization };

/** The record the builder writes for `item` (undefined fields vanish in JSON). */
export function toDoc(item: FeedItem): Record<string, unknown> {
  const content = item.contentText || (item.contentHtml ? stripTags(item.contentHtml) : '');
  return {
    id: item.id,
    type: item.type,
    url: item.url,
    externalUrl: item.externalUrl,
    title: item.title,
    datePublished: item.datePublished,
    language: item.language,
    summary: cut(item.summary),
    contentText: cut(content) || undefined,
    tags: item.tags.length ? item.tags : undefined,
    speaker: person(item.speaker),
    visitor: person(item.visitor),
    metWith: item.metWith.length ? item.metWith.map(person) : undefined,
    location: item.location,
    context: cut(item.context),
    keep: item.keep,
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

function readPerson(v: unknown): Person | undefined {
  const p = v as Record<string, unknown> | null;
  const name = p && typeof p === 'object' ? str(p.name) : undefined;
  if (name === undefined || !p) return undefined;
  return { name, rank: str(p.rank), role: str(p.role), organization: str(p.organization) };
}

/** One record as a `FeedItem` (checked field by field: the file comes from the network). */
export function readDoc(raw: unknown): FeedItem {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const type = ITEM_TYPES.includes(r.type as ItemType) ? (r.type as ItemType) : 'article';
  const keep = strs(r.keep);
  return {
    id: str(r.id) ?? '',
    type,
    url: str(r.url),
    externalUrl: str(r.externalUrl),
    title: str(r.title),
    datePublished: str(r.datePublished),
    language: str(r.language),
    summary: str(r.summary),
    contentText: str(r.contentText),
    tags: strs(r.tags),
    authors: [],
    speaker: readPerson(r.speaker),
    visitor: readPerson(r.visitor),
    metWith: (Array.isArray(r.metWith) ? r.metWith : [])
      .map(readPerson)
      .filter((p): p is Person => !!p),
    location: str(r.location),
    context: str(r.context),
    keep: keep.length ? keep : undefined,
  };
}

/** A docs file: the records of consecutive doc numbers. */
export function readDocs(json: unknown): FeedItem[] {
  if (!Array.isArray(json)) throw new TypeError('docs: not a list');
  return json.map(readDoc);
}

/** A file of best results' records (`part.hitFiles`): `[doc, record]` pairs for `items` docs. */
export function readHits(json: unknown, items: number): [number, FeedItem][] {
  if (!Array.isArray(json)) throw new TypeError('hits: not a list');
  const out: [number, FeedItem][] = [];
  for (const entry of json as unknown[]) {
    if (!Array.isArray(entry) || !Array.isArray(entry[1])) throw new TypeError('hits: bad entry');
    for (const pair of entry[1] as unknown[]) {
      const doc: unknown = Array.isArray(pair) ? pair[0] : undefined;
      if (!Number.isSafeInteger(doc) || (doc as number) < 0 || (doc as number) >= items)
        throw new TypeError('hits: bad doc');
      out.push([doc as number, readDoc((pair as unknown[])[1])]);
    }
  }
  return out;
}

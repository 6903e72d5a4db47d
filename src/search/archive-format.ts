/**
 * The static archive index (`mlo-newsroom index`) as files: what the builder writes and the
 * widget reads. Both sides use these functions, so a posting means the same on each. No DOM.
 *
 * `index.json` names one part per language (or `*` for all items) and, per part, the shards:
 * every folded word lives under its key, its first three letters; one- and two-letter keys hold
 * the merged postings of every word they start (the first keystrokes). Keys are packed in
 * sorted order into content-hashed shard files, so a key, and so a query word, is in one shard.
 * Items ("docs", what a result shows) are numbered newest first, so on equal scores the lower
 * number wins, exactly as the in-memory index breaks ties by date, then feed order.
 */
import { decodePostings } from './archive-postings.js';

export const ARCHIVE_FORMAT = 'mlo-search-index';
export const ARCHIVE_VERSION = 1;
/** Letters of a word that pick its group; a group too big for a shard splits by one more. */
export const KEY_LENGTH = 3;
/** Results whose docs a prefix entry carries, so the first keystrokes need no docs file. */
export const TOP_DOCS = 8;

/** The key of `word`'s group of words, before any split. */
export const keyOf = (word: string): string => word.slice(0, KEY_LENGTH);

/**
 * What a query word is looked up by: itself up to three letters (a prefix entry, or a group),
 * else its first four (its group after a split; the shard of the unsplit group otherwise, as no
 * key sorts between a group's key and that key plus a letter).
 */
export const lookupKey = (word: string): string => word.slice(0, KEY_LENGTH + 1);

/**
 * Words of four letters or more by their last two, reversed ("ci" for every word ending in
 * "ic"): where a typo in a word's first letters is looked for (archive-part.ts).
 */
export const endKey = (word: string): string => word.slice(-2).split('').reverse().join('');

/** One language's index: `keys[i]` is the first key of `shards[i]`; `docs[i]` the first doc of `docFiles[i]`. */
export interface ArchivePart {
  items: number;
  keys: string[];
  shards: string[];
  docs: number[];
  docFiles: string[];
  /** One character per doc, `0` + its index in `ITEM_TYPES` (fetched only for a `type` filter). */
  types: string;
  /**
   * `hits[i]` is the first query of `hitFiles[i]`, `[[query, [[doc, record], ...]], ...]`: the
   * records of the best results of every query of four letters or more that starts a word,
   * those its group's entry does not carry (a query's are in the file whose range holds it),
   * for the queries that match `hitLeast` items or more.
   */
  hits?: string[];
  hitFiles?: string[];
  hitLeast?: number;
  /** `ends[i]` is the first `endKey` of `endFiles[i]`, `[[endKey, words], ...]`. */
  ends?: string[];
  endFiles?: string[];
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  items: number;
  /** Primary language subtags of the items, sorted; a part per language when two or more. */
  languages: string[];
  parts: Record<string, ArchivePart>;
}

/**
 * What a key holds: a group of words and their postings (`[key, "w", terms, lists, docs]`), or
 * a prefix's postings, of the word itself and of every word it starts merged per doc
 * (`[key, "p", exact, merged, docs]`). `docs`: the best `TOP_DOCS` results of the key as a
 * one-word query, best first, as `[doc, record]`, or `[doc]` when an entry before it in the
 * same file carried that record.
 */
export type ShardEntry =
  | { kind: 'words'; terms: string[]; postings: Int32Array[]; docs: [number, unknown?][] }
  | { kind: 'prefix'; exact: Int32Array; merged: Int32Array; docs: [number, unknown?][] };

/** A shard file's entries by key. Throws a `TypeError` on anything malformed. */
export function readShard(json: unknown, items: number): Map<string, ShardEntry> {
  const entries = new Map<string, ShardEntry>();
  if (!Array.isArray(json)) throw new TypeError('shard: not a list');
  for (const raw of json as unknown[]) {
    if (!Array.isArray(raw) || typeof raw[0] !== 'string') throw new TypeError('shard: bad entry');
    const [key, kind, a, b, c] = raw as [string, unknown, unknown, unknown, unknown];
    const docs = (Array.isArray(c) ? c : []).filter(
      (d): d is [number, unknown?] =>
        Array.isArray(d) && Number.isSafeInteger(d[0]) && d[0] >= 0 && d[0] < items,
    );
    if (kind === 'p') {
      entries.set(key, {
        kind: 'prefix',
        exact: decodePostings(a, items),
        merged: decodePostings(b, items),
        docs,
      });
    } else {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
        throw new TypeError('shard: bad words');
      const terms = a.map((t: unknown) => (typeof t === 'string' ? t : ''));
      entries.set(key, {
        kind: 'words',
        terms,
        postings: b.map((list: unknown) => decodePostings(list, items)),
        docs,
      });
    }
  }
  return entries;
}

/** An ending file's words by `endKey`. Throws a `TypeError` on anything malformed. */
export function readEnds(json: unknown): Map<string, string[]> {
  if (!Array.isArray(json)) throw new TypeError('ends: not a list');
  const out = new Map<string, string[]>();
  for (const raw of json as unknown[]) {
    if (!Array.isArray(raw) || typeof raw[0] !== 'string' || !isStrings(raw[1]))
      throw new TypeError('ends: bad entry');
    out.set(raw[0], raw[1]);
  }
  return out;
}

/** The index of the file that holds `key` (or doc number `key`), given each file's first key. */
export function fileFor<T extends string | number>(firsts: readonly T[], key: T): number {
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (firsts[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
/** A file the builder names (index-shards.ts): never a path or another site's address. */
const FILE_NAME = /^[a-z]\.[0-9a-f]{16}\.json$/;
const isFiles = (value: unknown): value is string[] =>
  isStrings(value) && value.every((v) => FILE_NAME.test(v));
const isCounts = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((v) => Number.isSafeInteger(v) && (v as number) >= 0);

/** `index.json`, checked; throws a `TypeError` when it is not an index this code reads. */
export function readManifest(json: unknown): ArchiveManifest {
  const m = json as Partial<ArchiveManifest> | null;
  if (!m || m.format !== ARCHIVE_FORMAT || m.version !== ARCHIVE_VERSION)
    throw new TypeError('index: not an mlo-search-index, version 1');
  if (!isStrings(m.languages) || typeof m.parts !== 'object' || !m.parts)
    throw new TypeError('index: no parts');
  for (const part of Object.values(m.parts) as Partial<ArchivePart>[]) {
    const ok =
      Number.isSafeInteger(part.items) &&
      isStrings(part.keys) &&
      isFiles(part.shards) &&
      part.keys.length === part.shards.length &&
      isCounts(part.docs) &&
      isFiles(part.docFiles) &&
      part.docs.length === part.docFiles.length &&
      typeof part.types === 'string' &&
      FILE_NAME.test(part.types) &&
      (part.hits === undefined ||
        (isStrings(part.hits) &&
          isFiles(part.hitFiles) &&
          part.hits.length === part.hitFiles.length &&
          Number.isSafeInteger(part.hitLeast))) &&
      (part.ends === undefined ||
        (isStrings(part.ends) &&
          isFiles(part.endFiles) &&
          part.ends.length === part.endFiles.length));
    if (!ok) throw new TypeError('index: bad part');
  }
  return m as ArchiveManifest;
}

/**
 * Builds the static archive index from feed items: the same folding, words and field weights as
 * the widget's in-memory index (`buildPostings`), written as shards by key (archive-format.ts).
 * Pure: the same items and options give the same files, byte for byte.
 */
import { preferLanguage, sortNewestFirst } from '../../../src/feed/select.js';
import { ITEM_TYPES, type FeedItem } from '../../../src/feed/types.js';
import { LANGS } from '../../../src/i18n/languages.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveManifest,
  type ArchivePart,
} from '../../../src/search/archive-format.js';
import { toDoc } from '../../../src/search/archive-docs.js';
import { buildPostings } from '../../../src/search/postings.js';
import { buildEntries } from './index-entries.js';
import { hashedName, pack } from './index-shards.js';

export interface BuildOptions {
  /** Bytes a postings shard grows to before the next starts. Default 48 kB (about 8 kB brotli). */
  shardBytes?: number;
  /** Bytes a docs file grows to before the next starts. Default 96 kB. */
  docBytes?: number;
}

export interface BuiltArchive {
  manifest: ArchiveManifest;
  /** Every file by name, `index.json` included. */
  files: Map<string, string>;
}

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/** The index of `items` (already filtered to what is public), in feed order. */
export function buildArchive(items: readonly FeedItem[], options: BuildOptions = {}): BuiltArchive {
  const files = new Map<string, string>();
  const parts: Record<string, ArchivePart> = {};
  // A part per widget language whose items differ from the whole (`preferLanguage`), else `*`.
  for (const lang of LANGS) {
    const chosen = preferLanguage(items.slice(), lang);
    const name = chosen.length === items.length ? '*' : primary(lang);
    parts[name] ??= buildPart(chosen, options, files);
  }
  const languages = [
    ...new Set(items.map((i) => i.language && primary(i.language)).filter(Boolean)),
  ].sort() as string[];
  const sorted = Object.fromEntries(
    Object.keys(parts)
      .sort()
      .map((k) => [k, parts[k]]),
  );
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    items: items.length,
    languages,
    parts: sorted,
  };
  files.set('index.json', `${JSON.stringify(manifest)}\n`);
  return { manifest, files };
}

function buildPart(
  items: FeedItem[],
  options: BuildOptions,
  files: Map<string, string>,
): ArchivePart {
  // Newest first, equal dates in feed order: doc numbers break ties as the in-memory index does.
  const docs = sortNewestFirst(items);
  const entries = buildEntries(docs, buildPostings(docs), options.shardBytes ?? 48_000);
  const keys = [...entries.keys()].sort();
  const shards = pack(
    keys.map((k) => entries.get(k)!),
    options.shardBytes ?? 48_000,
    's',
  );
  const docFiles = pack(
    docs.map((d) => JSON.stringify(toDoc(d))),
    options.docBytes ?? 96_000,
    'd',
  );
  for (const f of [...shards.files, ...docFiles.files]) files.set(f.name, f.text);
  const types = JSON.stringify(
    docs.map((d) => String.fromCharCode(48 + Math.max(0, ITEM_TYPES.indexOf(d.type)))).join(''),
  );
  const typesName = hashedName('t', types);
  files.set(typesName, types);
  return {
    items: docs.length,
    keys: shards.firsts.map((i) => keys[i]),
    shards: shards.files.map((f) => f.name),
    docs: docFiles.firsts,
    docFiles: docFiles.files.map((f) => f.name),
    types: typesName,
  };
}

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
  endKey,
  type ArchiveManifest,
  type ArchivePart,
} from '../../../src/search/archive-format.js';
import { toDoc } from '../../../src/search/archive-docs.js';
import { buildPostings } from '../../../src/search/postings.js';
import { entries } from './index-entries.js';
import { PrefixHits } from './index-hits.js';
import { hashedName, Packer, type FileSink } from './index-shards.js';

export interface BuildOptions {
  /** Bytes a postings shard grows to before the next starts. Default 64 kB (at most about 30 kB brotli). */
  shardBytes?: number;
  /**
   * Brotli bytes a shard stays under unless one entry is bigger, as estimated (a fast brotli of
   * each entry, which errs high). Default 38,000: files of at most about 30 kB brotli.
   */
  shardBrotli?: number;
  /** Bytes a docs file grows to before the next starts. Default 160 kB (about 40 kB brotli). */
  docBytes?: number;
  /** Bytes a file of words by their ending grows to. Default 40 kB (about 10 kB brotli). */
  endBytes?: number;
  /** Bytes a file of a first word's later letters' records grows to. Default 110 kB (about 28 kB brotli). */
  hitBytes?: number;
  /**
   * Share of a part's items a query of four letters or more must match to have its best
   * results' records in those files. Default 0.02 (100,000 items: 137 files); 0.04: 64; every prefix: 1,097.
   */
  hitShare?: number;
}

export interface BuiltArchive {
  manifest: ArchiveManifest;
  /** Every file by name, `index.json` included (empty when a `sink` took them). */
  files: Map<string, string>;
}

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The index of `items` (already filtered to what is public), in feed order. Each file goes to
 * `sink` as soon as it is complete (to disk, by the command), else into `files`.
 */
export function buildArchive(
  items: readonly FeedItem[],
  options: BuildOptions = {},
  sink?: FileSink,
): BuiltArchive {
  const files = new Map<string, string>();
  const write: FileSink = sink ?? ((name, text) => files.set(name, text));
  const parts: Record<string, ArchivePart> = {};
  // A part per widget language whose items differ from the whole (`preferLanguage`), else `*`.
  for (const lang of LANGS) {
    const chosen = preferLanguage(items.slice(), lang);
    const name = chosen.length === items.length ? '*' : primary(lang);
    parts[name] ??= buildPart(chosen, options, write);
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
  write('index.json', `${JSON.stringify(manifest)}\n`);
  return { manifest, files };
}

function buildPart(items: FeedItem[], options: BuildOptions, write: FileSink): ArchivePart {
  // Newest first, equal dates in feed order: doc numbers break ties as the in-memory index does.
  const docs = sortNewestFirst(items);
  const shardBytes = options.shardBytes ?? 64_000;
  // A doc's record is written once in the docs files and once per shard whose results show it;
  // those kept here are the ones shards show (the docs files' are made, written and dropped).
  const records = new Map<number, string>();
  const record = (doc: number, keep = true): string => {
    let text = records.get(doc);
    if (text === undefined) text = JSON.stringify(toDoc(docs[doc]));
    if (keep) records.set(doc, text);
    return text;
  };
  const shards = new Packer<string>(shardBytes, 's', write, options.shardBrotli ?? 38_000);
  // A doc's record goes once into a shard file, with the first entry there that shows it.
  let carried = new Set<number>();
  let file = 0;
  // A first word's later letters: the records of their best results, not carried by the group.
  const hits = new Packer<string>(options.hitBytes ?? 110_000, 'h', write);
  let hitFile = 0;
  let written = new Set<number>();
  const postings = buildPostings(docs);
  const { terms } = postings;
  const least = Math.max(1, Math.ceil(docs.length * (options.hitShare ?? 0.02)));
  const ranks = new PrefixHits(docs.length, postings, least);
  for (const [key, { head, docs: shown, words }] of entries(docs.length, postings, shardBytes)) {
    if (shards.names.length !== file) [file, carried] = [shards.names.length, new Set()];
    // Best first, as a one-word query ranks them; `[doc]` alone when the file has its record.
    const text = (held: Set<number>): string =>
      `${head.slice(0, -1)},[${shown.map((doc) => (held.has(doc) ? `[${doc}]` : `[${doc},${record(doc)}]`)).join(',')}]]`;
    let entry = text(carried);
    if (shards.startsFile(entry)) entry = text((carried = new Set()));
    shards.add(entry, key);
    for (const doc of shown) carried.add(doc);
    for (const [prefix, best] of words ? ranks.of(key, ...words) : []) {
      if (hits.names.length !== hitFile) [hitFile, written] = [hits.names.length, new Set()];
      const fresh = best.filter((doc) => !shown.includes(doc) && !written.has(doc));
      if (fresh.length === 0) continue;
      const list = fresh.map((doc) => (written.add(doc), `[${doc},${record(doc, false)}]`));
      hits.add(`[${JSON.stringify(prefix)},[${list.join(',')}]]`, prefix);
    }
  }
  shards.finish();
  hits.finish();
  const docFiles = new Packer<number>(options.docBytes ?? 160_000, 'd', write);
  for (let doc = 0; doc < docs.length; doc++)
    docFiles.add(records.get(doc) ?? JSON.stringify(toDoc(docs[doc])), doc);
  docFiles.finish();
  const types = JSON.stringify(
    docs.map((d) => String.fromCharCode(48 + Math.max(0, ITEM_TYPES.indexOf(d.type)))).join(''),
  );
  const typesName = hashedName('t', types);
  write(typesName, types);
  const ends = endings(terms, options.endBytes ?? 40_000, write);
  return {
    items: docs.length,
    keys: shards.firsts,
    shards: shards.names,
    docs: docFiles.firsts,
    docFiles: docFiles.names,
    types: typesName,
    hits: hits.firsts,
    hitFiles: hits.names,
    hitLeast: least,
    ends: ends.firsts,
    endFiles: ends.names,
  };
}

/**
 * The words that can take a typo (four letters or more) by their last two letters, reversed
 * (`endKey`): the widget fetches one such file only when a word of five letters or more finds
 * nothing in its own shard, to look for a typo in its first letters.
 */
function endings(terms: readonly string[], target: number, write: FileSink): Packer<string> {
  const byEnd = new Map<string, string[]>();
  for (const term of terms) {
    if (term.length < 4) continue;
    const key = endKey(term);
    const list = byEnd.get(key);
    if (list) list.push(term);
    else byEnd.set(key, [term]);
  }
  const packer = new Packer<string>(target, 'e', write);
  for (const key of [...byEnd.keys()].sort())
    packer.add(JSON.stringify([key, byEnd.get(key)]), key);
  packer.finish();
  return packer;
}

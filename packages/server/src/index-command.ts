/**
 * `mlo-newsroom index <feed|url|dir>... -o <dir>`: reads feeds as the widgets do (JSON Feed, RSS,
 * Atom, each archive followed through `next_url`), keeps what is public, and writes the static
 * search index (index-build.ts) to a folder.
 *
 * Not public, so never indexed: items marked `_mlo.draft: true`, and items dated in the future.
 * A static index publishes everything it holds: anyone can download its shards, whatever the
 * widget shows, so what must not be read yet must not be in it.
 */
import { writeFileSync } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeOf } from '../../../src/feed/select.js';
import type { FeedItem } from '../../../src/feed/types.js';
import { stripTags } from '../../../src/util/strip-tags.js';
import { buildArchive, type BuildOptions, type BuiltArchive } from './index-build.js';
import { readFeed } from './read.js';
import { readSource, type SourceOptions } from './source.js';

/** The widgets read at most this many files of one archive (news-list-archive.ts). */
const MAX_FOLLOW = 100;
const FEED_FILE = /\.(?:json|xml|rss|atom)$/i;

export interface IndexOptions extends SourceOptions, BuildOptions {
  baseUrl?: string;
  /** What counts as "the future", in ms. Default: now. */
  now?: number;
  onNote?: (note: string) => void;
}

export interface IndexSummary {
  items: number;
  feeds: number;
  drafts: number;
  future: number;
  duplicates: number;
  files: number;
  bytes: number;
}

/** Reads every source (a folder: its feed files, by name), then the public items, in order. */
export async function collectItems(
  sources: readonly string[],
  options: IndexOptions = {},
): Promise<{ items: FeedItem[]; summary: Omit<IndexSummary, 'files' | 'bytes'> }> {
  const now = options.now ?? Date.now();
  const items: FeedItem[] = [];
  const ids = new Set<string>();
  const visited = new Set<string>();
  const summary = { items: 0, feeds: 0, drafts: 0, future: 0, duplicates: 0 };
  const expanded: string[] = [];
  for (const source of sources) {
    if (!/^https?:\/\//i.test(source) && (await stat(source).catch(() => undefined))?.isDirectory())
      for (const name of (await readdir(source)).sort()) {
        if (FEED_FILE.test(name)) expanded.push(join(source, name));
      }
    else expanded.push(source);
  }
  for (const first of expanded) {
    let next: string | undefined = first;
    let n = 0;
    for (; next && n < MAX_FOLLOW; n++) {
      const text = await readSource(next, options);
      if (visited.has(text.url)) break; // read already: a loop, or a folder's next page
      visited.add(text.url);
      const read = readFeed(text, options.baseUrl);
      summary.feeds++;
      const raw = read.json.items as unknown[];
      read.result.feed.items.forEach((item, k) => {
        const extension = (raw[read.rawIndex[k]] as { _mlo?: { draft?: unknown } } | null)?._mlo;
        if (extension?.draft === true) summary.drafts++;
        else if ((timeOf(item) ?? -Infinity) > now) summary.future++;
        else if (ids.has(item.id)) summary.duplicates++;
        else {
          ids.add(item.id);
          items.push(slim(item));
        }
      });
      next = nextSource(read.result.feed.nextUrl, text.url);
    }
    if (next && n === MAX_FOLLOW) options.onNote?.(`stopped after ${MAX_FOLLOW} files of ${first}`);
  }
  summary.items = items.length;
  return { items, summary };
}

/**
 * What the index reads of an item (fields.ts, archive-docs.ts), the HTML body as its text: a
 * hundred thousand items held whole (HTML, its text, images, translations) took most of the
 * build's memory.
 */
function slim(item: FeedItem): FeedItem {
  const content = item.contentText || (item.contentHtml ? stripTags(item.contentHtml) : '');
  return {
    id: item.id,
    type: item.type,
    url: item.url,
    externalUrl: item.externalUrl,
    title: item.title,
    summary: item.summary,
    contentText: content || undefined,
    datePublished: item.datePublished,
    tags: item.tags,
    language: item.language,
    authors: [],
    speaker: item.speaker,
    context: item.context,
    visitor: item.visitor,
    location: item.location,
    metWith: item.metWith,
    keep: item.keep,
  };
}

/** `next_url` as something `readSource` reads: an http(s) URL, or a path for a local file's. */
function nextSource(raw: string | undefined, from: string): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw, from);
  } catch {
    return undefined;
  }
  if (url.protocol === 'file:') return from.startsWith('file:') ? fileURLToPath(url) : undefined;
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** Builds the index of `sources` into `outDir` (created if needed). */
export async function writeIndex(
  sources: readonly string[],
  outDir: string,
  options: IndexOptions = {},
): Promise<IndexSummary & { archive: BuiltArchive }> {
  const { items, summary } = await collectItems(sources, options);
  await mkdir(outDir, { recursive: true });
  let bytes = 0;
  let files = 0;
  // Each file is written as soon as it is complete: the build never holds the whole index.
  const archive = buildArchive(items, options, (name, text) => {
    bytes += Buffer.byteLength(text);
    files++;
    writeFileSync(join(outDir, name), text);
  });
  return { ...summary, files, bytes, archive };
}

/**
 * A search over a static archive index (`mlo-newsroom index`), loading what a query needs:
 * `index.json` when opened, then per query the shards of its words and the docs of the hits
 * shown. `results` answers at once from memory, or says "not yet" and fetches what is missing,
 * calling `onChange` when a file arrives or fails. No DOM: the loader is passed in.
 */
import type { FeedItem, ItemType } from '../feed/types.js';
import { ITEM_TYPES } from '../feed/types.js';
import {
  fileFor,
  readEnds,
  TOP_DOCS,
  readManifest,
  readShard,
  type ArchiveManifest,
} from './archive-format.js';
import { readDoc, readDocs, readHits } from './archive-docs.js';
import { ArchivePartSearch, type ArchiveHit } from './archive-part.js';

/** Fetches and parses one JSON file (with the feed's request rules, in the widget). */
export type JsonLoader = (url: string) => Promise<unknown>;

export interface ArchiveResults {
  /** The best `limit` hits, best first. */
  hits: ArchiveHit[];
  /** How many items match. */
  count: number;
  /** What the first `limit` hits show, in order. */
  items: FeedItem[];
}

export class ArchiveSearch {
  private manifest?: ArchiveManifest;
  private readonly parts = new Map<string, ArchivePartSearch>();
  /** Docs that came inside shards (the best results of their entries), by part and doc number. */
  private readonly inline = new Map<string, Map<number, FeedItem>>();
  /** Parsed files by name, once arrived (names are content hashes: they never change). */
  private readonly files = new Map<string, unknown>();
  private readonly pending = new Set<string>();
  /** The last failure; cleared by `retry`, or when the query changes. */
  error?: unknown;
  private failedQuery?: string;
  private memo?: { key: string; value: ArchiveResults | undefined };
  private version = 0;

  constructor(
    readonly url: string,
    private readonly load: JsonLoader,
    private readonly onChange: () => void,
  ) {}

  /** Fetches `index.json` (on first focus), once. */
  open(): void {
    this.fetch(this.url, (json) => (this.manifest = readManifest(json)));
  }

  /** Forget a failure, so the next `results` fetches again. */
  retry(): void {
    this.error = undefined;
    this.failedQuery = undefined;
    this.version++;
  }

  /** Results for `query` in the part for `lang`, or `undefined` while files are on their way. */
  results(
    query: string,
    lang: string,
    types: readonly ItemType[] | undefined,
    limit: number,
  ): ArchiveResults | undefined {
    if (this.failedQuery !== undefined && this.failedQuery !== query) this.retry();
    const key = `${this.version}\u0000${lang}\u0000${types?.join(' ')}\u0000${limit}\u0000${query}`;
    if (this.memo?.key !== key) this.memo = { key, value: this.compute(query, lang, types, limit) };
    return this.memo.value;
  }

  private compute(
    query: string,
    lang: string,
    types: readonly ItemType[] | undefined,
    limit: number,
  ): ArchiveResults | undefined {
    if (this.error) {
      this.failedQuery ??= query;
      return undefined;
    }
    if (!this.manifest) return void this.open();
    const name = lang.split('-')[0].toLowerCase();
    const partName = this.manifest.parts[name] ? name : '*';
    const part = this.manifest.parts[partName];
    if (!part) return { hits: [], items: [], count: 0 };
    let search = this.parts.get(partName);
    if (!search) this.parts.set(partName, (search = new ArchivePartSearch(part)));
    let inline = this.inline.get(partName);
    if (!inline) this.inline.set(partName, (inline = new Map()));
    const wanted = search.missing(query);
    for (const shard of wanted)
      this.fetch(part.shards[shard], (json) => {
        const entries = readShard(json, part.items);
        search.add(shard, entries);
        for (const entry of entries.values())
          for (const [doc, raw] of entry.docs)
            if (raw !== undefined && !inline.has(doc)) inline.set(doc, readDoc(raw));
      });
    // A long word that finds nothing in its shard: the words that end as it does (a typo).
    const ends = search.missingEnds(query);
    for (const file of ends)
      this.fetch(part.endFiles![file], (json) => search.addEnds(file, readEnds(json)));
    let filter: { types: Uint8Array; allowed: number } | undefined;
    if (types) {
      const typesFile = this.files.get(part.types);
      if (!(typesFile instanceof Uint8Array)) {
        this.fetch(part.types, (json) => {
          if (typeof json !== 'string' || json.length !== part.items)
            throw new TypeError('types: bad file');
          // One character per doc, `0` + its index in ITEM_TYPES, read once as numbers.
          return Uint8Array.from(json, (c) => c.charCodeAt(0) - 48);
        });
        return undefined;
      }
      let allowed = 0;
      for (const type of types)
        if (ITEM_TYPES.includes(type)) allowed |= 1 << ITEM_TYPES.indexOf(type);
      filter = { types: typesFile, allowed };
    }
    if (wanted.length || ends.length) return undefined;
    // Only the best `limit` are ranked: sorting every match of a first letter costs milliseconds.
    const hits = search.search(query, limit, filter) ?? [];
    const items: FeedItem[] = [];
    let complete = true;
    // A first word's later letters: one small file has the records of its best results.
    const best = filter || limit > TOP_DOCS ? -1 : search.hitFile(query);
    const hitFile = best < 0 || this.files.has(part.hitFiles![best]) ? '' : part.hitFiles![best];
    for (const hit of hits) {
      const carried = inline.get(hit.doc);
      if (carried) {
        items.push(carried);
        continue;
      }
      if (hitFile) {
        complete = false;
        this.fetch(hitFile, (json) => {
          for (const [doc, item] of readHits(json, part.items))
            if (!inline.has(doc)) inline.set(doc, item);
        });
        continue;
      }
      const f = fileFor(part.docs, hit.doc);
      const docs = this.files.get(part.docFiles[f]) as FeedItem[] | undefined;
      const doc = docs?.[hit.doc - part.docs[f]];
      if (doc) items.push(doc);
      else if (!docs) {
        complete = false;
        this.fetch(part.docFiles[f], readDocs);
      }
    }
    return complete ? { hits, items, count: search.count } : undefined;
  }

  /** One request per file; `read` checks and converts it (a throw counts as a failure). */
  private fetch(name: string, read: (json: unknown) => unknown): void {
    if (this.files.has(name) || this.pending.has(name) || this.error) return;
    this.pending.add(name);
    this.load(new URL(name, this.url).href)
      .then(
        (json) => {
          const value = read(json);
          this.files.set(name, value === undefined ? true : value);
        },
        (error: unknown) => {
          this.error = error;
        },
      )
      .catch((error: unknown) => (this.error = error))
      .finally(() => {
        this.pending.delete(name);
        this.version++;
        this.onChange();
      });
  }
}

/**
 * The benchmark's browser side, bundled by run.mjs with esbuild and driven over Playwright:
 * each engine indexes the same synthetic items and answers the same keystrokes.
 * Exposes `window.bench`; every call is synchronous so nothing else runs while it measures.
 */
import MiniSearch from 'minisearch';
import { Document } from 'flexsearch';
import type { FeedItem } from '../../src/feed/types.js';
import { SearchIndex, fold, stripTags } from '../../src/search/index.js';
import { type Corpus, makeCorpus } from './corpus.js';

interface Engine {
  build(items: FeedItem[]): unknown;
  /** Ids of the best `limit` hits (`Infinity`: all). */
  search(index: unknown, query: string, limit: number): string[];
}

const FIELDS = ['title', 'names', 'tags', 'location', 'summary', 'body'];
/** The same searchable text ours indexes, as flat fields for the other engines. */
const toDoc = (it: FeedItem): Record<string, string> => ({
  id: it.id,
  title: it.title ?? '',
  names: [it.speaker, it.visitor, ...it.metWith]
    .flatMap((p) => (p ? [p.name, p.rank, p.role, p.organization] : []))
    .filter(Boolean)
    .join(' '),
  tags: it.tags.join(' '),
  location: it.location ?? '',
  summary: it.summary ?? '',
  body: [
    it.contentText || (it.contentHtml ? stripTags(it.contentHtml) : ''),
    it.context ?? '',
  ].join(' '),
});

const miniOptions = {
  fields: FIELDS,
  searchOptions: {
    prefix: true,
    fuzzy: 0.2,
    combineWith: 'AND',
    boost: { title: 3, names: 3, tags: 2, location: 2, summary: 1.5 },
  },
} as const;

const mini = (withFold: boolean): Engine => ({
  build(items) {
    const ms = new MiniSearch(
      withFold ? { ...miniOptions, processTerm: (t: string) => fold(t) } : miniOptions,
    );
    ms.addAll(items.map(toDoc));
    return ms;
  },
  search(index, query, limit) {
    const hits = (index as MiniSearch).search(query);
    return (limit < hits.length ? hits.slice(0, limit) : hits).map((h) => String(h.id));
  },
});

const ENGINES: Record<string, Engine> = {
  'mlo SearchIndex': {
    build: (items) => new SearchIndex(items),
    search: (index, query, limit) =>
      (index as SearchIndex).search(query, { limit }).map((h) => h.item.id),
  },
  MiniSearch: mini(false),
  'MiniSearch + our fold': mini(true),
  FlexSearch: {
    build(items) {
      const doc = new Document({ tokenize: 'forward', document: { id: 'id', index: FIELDS } });
      for (const d of items.map(toDoc)) doc.add(d);
      return doc;
    },
    search(index, query, limit) {
      const n = Number.isFinite(limit) ? limit : corpus.items.length;
      const hits = (index as Document).search(query, { limit: n, merge: true }) as unknown as {
        id: string;
      }[];
      return hits.map((h) => String(h.id));
    },
  },
};

let corpus: Corpus;
const live: Record<string, unknown> = {};
const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) for (let i = 0; i < 3; i++) g();
};
const heapUsed = (): number =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

const bench = {
  engines: (): string[] => Object.keys(ENGINES),
  setup(items: number, seed: number) {
    const t0 = performance.now();
    corpus = makeCorpus(items, seed);
    const warm = corpus.items.slice(0, Math.min(1000, items));
    for (const e of Object.values(ENGINES)) {
      const ix = e.build(warm);
      for (const q of ['v', 'vu', 'vucic', 'space d', 'mojsilvoic']) e.search(ix, q, 20);
    }
    let t = performance.now();
    let tick = Infinity;
    for (let i = 0; i < 1e6 && tick === Infinity; i++) {
      const u = performance.now();
      if (u > t) tick = u - t;
      t = u;
    }
    return {
      generateMs: performance.now() - t0,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      timerTickMs: tick,
      userAgent: navigator.userAgent,
      mentions: Object.fromEntries(Object.entries(corpus.mentions).map(([k, v]) => [k, v.length])),
    };
  },
  /** One timed build, not kept. */
  build(name: string): number {
    gc();
    const t0 = performance.now();
    const ix = ENGINES[name].build(corpus.items);
    const ms = performance.now() - t0;
    if (!ix) throw new Error('no index');
    return ms;
  },
  /** Builds and keeps an index; returns the bytes the heap grew by, measured after full GCs. */
  retain(name: string): number {
    for (const k of Object.keys(live)) delete live[k];
    gc();
    const before = heapUsed();
    live[name] = ENGINES[name].build(corpus.items);
    gc();
    return heapUsed() - before;
  },
  /** Drops the kept index. */
  release(): void {
    for (const k of Object.keys(live)) delete live[k];
  },
  /** Milliseconds per keystroke, `rounds` times over `keystrokes`, on the kept index. */
  keystrokes(name: string, keystrokes: string[], rounds: number): number[] {
    const e = ENGINES[name];
    const ix = live[name];
    const times: number[] = [];
    let sink = 0;
    for (let r = 0; r < rounds; r++) {
      for (const q of keystrokes) {
        const t0 = performance.now();
        sink += e.search(ix, q, 20).length;
        times.push(performance.now() - t0);
      }
    }
    if (sink < 0) throw new Error('unreachable');
    return times;
  },
  /** How many of the items that mention `person` come back for `query` (all hits). */
  recall(name: string, query: string, person: string) {
    const truth = new Set(corpus.mentions[person]);
    const ids = ENGINES[name].search(live[name], query, Infinity);
    return {
      returned: ids.length,
      found: ids.filter((id) => truth.has(id)).length,
      truth: truth.size,
    };
  },
};

(globalThis as unknown as { bench: typeof bench }).bench = bench;

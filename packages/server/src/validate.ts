/**
 * `validate`: what the widgets would make of a feed, as a report a person can act on and a
 * machine can read. Reads with the widgets' own reader (read.ts); adds only notes about things
 * the reader understands but a publisher may want to modernize.
 *
 * Exit status, for a publisher's CI: 0 when every item shows with every field read (notes do
 * not count), 1 when items are skipped or fields dropped, 2 when the feed cannot be read at all.
 */
import { selectItems } from '../../../src/feed/select.js';
import type { NormalizedFeed } from '../../../src/feed/types.js';
import { quoteParagraphs } from '../../../src/components/quote/quote-figure.js';
import { decodingEntries } from './decoding.js';
import { readFeed, type ReadFeed } from './read.js';
import { readSource, type SourceOptions } from './source.js';
import { followArchive, type FollowedFile } from './validate-follow.js';
import { notes } from './validate-notes.js';
import { fatal, hintFor, pathOf, severityOf } from './validate-problems.js';
import { translationEntries } from './validate-translations.js';
import { isObject } from '../../../src/feed/read-fields.js';

export type Severity = 'error' | 'warning' | 'note';

export interface ReportEntry {
  severity: Severity;
  /** JSON path in the JSON Feed (`$.items[3].date_published`); for RSS/Atom, in the converted feed. */
  path: string;
  /** For RSS/Atom: the line of the item's element in the file, when the parser gives it. */
  line?: number;
  message: string;
  hint?: string;
}

export interface SkippedItem {
  /** Index in the feed's `items` (0-based). */
  index: number;
  /** The item's `id` as written, when it has one. */
  id?: string;
  line?: number;
  reasons: string[];
}

export interface ValidationReport {
  source: string;
  /** 0 clean (notes allowed), 1 items skipped or fields dropped, 2 unreadable. */
  exitCode: 0 | 1 | 2;
  format?: 'json' | 'xml';
  /** The encoding the feed was decoded with (WHATWG name: `utf-8`, `windows-1251`, `gbk`, ...). */
  encoding?: string;
  /** Items in the feed, items the widgets can show, items skipped. */
  items?: { total: number; shown: number; skipped: number };
  /** How many items each widget would show by default (`mlo-contact-card`: contacts). */
  widgets?: Record<string, number>;
  /** Items by type (`article`, `statement`, `quote`, `visit`). */
  types?: Record<string, number>;
  skipped?: SkippedItem[];
  entries: ReportEntry[];
  /** Set when the feed cannot be read at all. */
  fatal?: { reason: string; message: string; line?: number };
  /** With `follow`: the archive's files read through `next_url`, the first included. */
  files?: FollowedFile[];
}

export interface ValidateOptions extends SourceOptions {
  /** What relative URLs resolve against (default: the URL the feed was fetched from). */
  baseUrl?: string;
  /** Notes count as problems too (exit code 1). */
  strict?: boolean;
  /** Also reads up to this many files of a paged feed through `next_url` (validate-follow.ts). */
  follow?: number;
}

/** Reads `source` (a path or an http(s) URL) and reports on it. Never throws for a bad feed. */
export async function validate(
  source: string,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  let read: ReadFeed;
  let url: string;
  try {
    const text = await readSource(source, options);
    url = text.url;
    read = readFeed(text, options.baseUrl);
  } catch (error) {
    return fatal(source, error);
  }
  const result = report(source, read, options.strict ?? false);
  const { feed } = read.result;
  if ((options.follow ?? 1) > 1)
    await followArchive(
      result,
      url,
      feed.nextUrl,
      feed.items.map((item) => item.id),
      options.follow!,
      options,
    );
  return result;
}

/** The report for a feed already read (the API's `validateText` and the command share it). */
export function report(source: string, read: ReadFeed, strict = false): ValidationReport {
  const { result, problems, json, lines } = read;
  const rawItems = json.items as unknown[];
  const lineOf = (index: number | undefined) =>
    index === undefined || !lines ? undefined : lines[index] || undefined;
  const entries: ReportEntry[] = decodingEntries(read);
  const skipped = new Map<number, SkippedItem>();
  for (const problem of problems) {
    const line = problem.where === 'item' ? lineOf(problem.index) : undefined;
    if (problem.where === 'item' && problem.field === '' && problem.index !== undefined) {
      const entry = skipped.get(problem.index) ?? {
        index: problem.index,
        id: idOf(rawItems[problem.index]),
        line,
        reasons: [],
      };
      entry.reasons.push(problem.problem);
      skipped.set(problem.index, entry);
    }
    entries.push({
      severity: severityOf(problem),
      path: pathOf(problem),
      ...(line ? { line } : {}),
      message: problem.problem,
      ...hintFor(problem),
    });
  }
  entries.push(...notes(json, rawItems, lineOf, read.format === 'json'));
  entries.push(...translationEntries(read));
  const counts = widgetCounts(result);
  const failing = entries.some((e) => e.severity !== 'note' || strict);
  return {
    source,
    exitCode: failing ? 1 : 0,
    format: read.format,
    encoding: read.decoding?.encoding,
    items: { total: rawItems.length, shown: result.feed.items.length, skipped: result.skipped },
    widgets: counts.widgets,
    types: counts.types,
    skipped: [...skipped.values()],
    entries,
  };
}

function idOf(raw: unknown): string | undefined {
  if (!isObject(raw)) return undefined;
  const id = raw.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 200) : undefined;
}

/** What each widget would show with its default attributes (in any language). */
function widgetCounts(result: NormalizedFeed) {
  const items = result.feed.items;
  const types: Record<string, number> = { article: 0, statement: 0, quote: 0, visit: 0 };
  for (const item of items) types[item.type]++;
  return {
    types,
    widgets: {
      'mlo-news-list': selectItems(items, { types: ['article', 'statement', 'visit'] }).length,
      'mlo-article': items.length,
      'mlo-quote': items.filter((i) => i.type === 'quote' && quoteParagraphs(i).length > 0).length,
      'mlo-visit-card': types.visit,
      'mlo-contact-card': result.feed.contacts.length,
      'mlo-search': items.length,
    },
  };
}

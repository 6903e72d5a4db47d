/**
 * `validate`: what the widgets would make of a feed, as a report a person can act on and a
 * machine can read. Reads with the widgets' own reader (read.ts); adds only notes about things
 * the reader understands but a publisher may want to modernize.
 *
 * Exit status, for a publisher's CI: 0 when every item shows with every field read (notes do
 * not count), 1 when items are skipped or fields dropped, 2 when the feed cannot be read at all.
 */
import type { FeedProblem } from '../../../src/feed/normalize.js';
import { selectItems } from '../../../src/feed/select.js';
import { isFeedError } from '../../../src/feed/errors.js';
import { readDate } from '../../../src/feed/read-values.js';
import { decodeEntities } from '../../../src/util/strip-tags.js';
import type { NormalizedFeed } from '../../../src/feed/types.js';
import { quoteParagraphs } from '../../../src/components/quote/quote-figure.js';
import { decodingEntries } from './decoding.js';
import { readFeed, type ReadFeed } from './read.js';
import { readSource, SourceError, type SourceOptions } from './source.js';
import { followArchive, type FollowedFile } from './validate-follow.js';
import { translationEntries } from './validate-translations.js';

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

function fatal(source: string, error: unknown): ValidationReport {
  const line = isFeedError(error) ? error.line : undefined;
  const reason = isFeedError(error)
    ? error.reason
    : error instanceof SourceError
      ? 'read'
      : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  return {
    source,
    exitCode: 2,
    entries: [
      {
        severity: 'error',
        path: '$',
        ...(line ? { line } : {}),
        message,
        hint: FATAL_HINTS[reason],
      },
    ],
    fatal: { reason, message, ...(line ? { line } : {}) },
  };
}

const FATAL_HINTS: Record<string, string> = {
  read: 'Check the path or URL; URLs must answer 200 within the timeout and stay under the size cap.',
  'not-json':
    'Point the command at the feed file itself (JSON Feed, RSS or Atom), not at a web page.',
  parse:
    'The file is cut short or malformed: check it with a JSON or XML linter at the line given.',
  schema:
    'A JSON Feed is an object with "version": "https://jsonfeed.org/version/1.1" and an "items" list.',
};

/** A missing alt (shown as decorative) and other faults that drop nothing are notes. */
function severityOf(problem: FeedProblem): Severity {
  if (problem.where === 'item' && problem.field === '') return 'error';
  if (problem.field.endsWith('image.alt') && problem.problem.startsWith('is missing'))
    return 'note';
  return 'warning';
}

function pathOf(problem: FeedProblem): string {
  const field = problem.field ? `.${problem.field}` : '';
  if (problem.where === 'item') return `$.items[${problem.index}]${field}`;
  if (problem.where === 'contact') return `$._mlo.contacts[${problem.index}]${field}`;
  return `$${field}`;
}

function hintFor(problem: FeedProblem): { hint?: string } {
  const { field, problem: text } = problem;
  let hint: string | undefined;
  if (/date/.test(field))
    hint = 'Write dates as RFC 3339: 2024-05-01T10:00:00+02:00, or 2024-05-01 for a day.';
  else if (field === 'language' || field.endsWith('.language'))
    hint = 'Use a BCP 47 tag: en, sr-Latn, sr-Cyrl.';
  else if (/has no id/.test(text))
    hint = 'Give every item a unique, stable "id" (its URL will do).';
  else if (/same id/.test(text))
    hint = 'Ids must be unique in the feed: the later item is dropped.';
  else if (/nothing|no title, text/.test(text))
    hint = 'An item needs a title, content_html, content_text, summary, image or an attachment.';
  else if (field.endsWith('image.alt'))
    hint = 'Describe the image in _mlo.image.alt, or write "" when it is decorative.';
  else if (/neither true nor a date/.test(text))
    hint = 'Write "pinned": true, or the date the pin ends: "2026-12-31".';
  else if (/^_mlo\.alternates/.test(problem.field))
    hint = 'Each alternate needs "type" (application/rss+xml, …) and "url".';
  else if (/not text/.test(text)) hint = 'This field must be a string.';
  else if (/characters long/.test(text)) hint = 'Shorten the text; the widgets cut or drop it.';
  return hint ? { hint } : {};
}

/**
 * Understood, so the widgets show everything, but worth modernizing. Only a time without a zone
 * is noted for RSS and Atom too: their other habits (RFC 2822 dates, entities) are their format's.
 */
function notes(
  json: Record<string, unknown>,
  items: unknown[],
  lineOf: (index: number) => number | undefined,
  isJson: boolean,
): ReportEntry[] {
  const out: ReportEntry[] = [];
  items.slice(0, 10_000).forEach((item, index) => {
    if (!isObject(item)) return;
    for (const key of ['date_published', 'date_modified']) {
      const value = item[key];
      const read = typeof value === 'string' ? readDate(value) : undefined;
      if (read && read.length > 10 && !/(?:Z|[+-]\d\d:\d\d)$/.test(read)) {
        const line = lineOf(index);
        out.push({
          severity: 'note',
          path: `$.items[${index}].${key}`,
          ...(line ? { line } : {}),
          message: `"${read}" has no time zone: shown as written, in every visitor's zone`,
          hint: 'Add the offset where it was published: 2018-01-06T08:00:00+01:00.',
        });
      }
    }
  });
  if (!isJson) return out;
  out.push(...entityNotes(json, items));
  const version = typeof json.version === 'string' ? json.version : '';
  if (version && !/\/1\.1\/?$/.test(version))
    out.push({
      severity: 'note',
      path: '$.version',
      message: `"${version}" is read as JSON Feed 1.1`,
      hint: 'Write "https://jsonfeed.org/version/1.1".',
    });
  if (Object.hasOwn(json, 'author') && !Object.hasOwn(json, 'authors'))
    out.push(deprecatedAuthor('$.author'));
  items.slice(0, 10_000).forEach((item, index) => {
    if (!isObject(item)) return;
    const line = lineOf(index);
    const at = (entry: ReportEntry) => out.push(line ? { ...entry, line } : entry);
    if (Object.hasOwn(item, 'author') && !Object.hasOwn(item, 'authors'))
      at(deprecatedAuthor(`$.items[${index}].author`));
    for (const key of ['date_published', 'date_modified']) {
      const value = item[key];
      if (typeof value === 'string' && readDate(value) && !RFC3339.test(value.trim()))
        at({
          severity: 'note',
          path: `$.items[${index}].${key}`,
          message: `"${value.slice(0, 40)}" is read, but is not RFC 3339`,
          hint: 'Other JSON Feed readers may not read it: write 2024-05-01T10:00:00+02:00.',
        });
    }
  });
  return out;
}

/** Plain-text fields where HTML entities are decoded for display (read-fields.ts, `cut`). */
const TEXT_FIELDS = ['title', 'summary', 'description'];

/** HTML entities in plain-text fields: decoded for display, as feed readers do, but not JSON Feed. */
function entityNotes(json: Record<string, unknown>, items: unknown[]): ReportEntry[] {
  const out: ReportEntry[] = [];
  const check = (owner: unknown, path: string) => {
    if (!isObject(owner)) return;
    const authors = Array.isArray(owner.authors) ? owner.authors : undefined;
    const fields: [string, unknown][] = TEXT_FIELDS.map((key) => [key, owner[key]]);
    if (authors)
      authors.forEach((a, i) => fields.push([`authors[${i}].name`, isObject(a) ? a.name : null]));
    else if (isObject(owner.author)) fields.push(['author.name', owner.author.name]);
    for (const [key, value] of fields) {
      if (typeof value === 'string' && value.includes('&') && decodeEntities(value) !== value)
        out.push({
          severity: 'note',
          path: `${path}.${key}`,
          message: `"${value.slice(0, 40)}" holds HTML entities, decoded for display`,
          hint: "JSON Feed text is plain: write & and ' as they are, not &amp; or &#039;.",
        });
    }
  };
  check(json, '$');
  items.slice(0, 10_000).forEach((item, index) => check(item, `$.items[${index}]`));
  return out;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2}))?$/;

const deprecatedAuthor = (path: string): ReportEntry => ({
  severity: 'note',
  path,
  message: 'is read (JSON Feed 1.0); 1.1 deprecates it',
  hint: 'Write "authors": [{ "name": "…" }].',
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

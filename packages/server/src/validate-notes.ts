/**
 * `validate`: notes on what the reader understands but a publisher may want to modernize (times
 * without a zone, JSON Feed 1.0 habits, HTML entities in plain text). Notes drop nothing.
 */
import { readDate } from '../../../src/feed/read-values.js';
import { decodeEntities } from '../../../src/util/strip-tags.js';
import { isObject } from '../../../src/feed/read-fields.js';
import type { ReportEntry } from './validate.js';

/**
 * Understood, so the widgets show everything, but worth modernizing. Only a time without a zone
 * is noted for RSS and Atom too: their other habits (RFC 2822 dates, entities) are their format's.
 */
export function notes(
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

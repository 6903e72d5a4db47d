/**
 * `validate`: what the reader's problems mean to a publisher: the severity, the JSON path, a hint
 * for each kind of fault, and the one entry of a feed that cannot be read at all.
 */
import type { FeedProblem } from '../../../src/feed/normalize.js';
import { isFeedError } from '../../../src/feed/errors.js';
import { SourceError } from './source.js';
import type { Severity, ValidationReport } from './validate.js';

export function fatal(source: string, error: unknown): ValidationReport {
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
export function severityOf(problem: FeedProblem): Severity {
  if (problem.where === 'item' && problem.field === '') return 'error';
  if (problem.field.endsWith('image.alt') && problem.problem.startsWith('is missing'))
    return 'note';
  return 'warning';
}

export function pathOf(problem: FeedProblem): string {
  const field = problem.field ? `.${problem.field}` : '';
  if (problem.where === 'item') return `$.items[${problem.index}]${field}`;
  if (problem.where === 'contact') return `$._mlo.contacts[${problem.index}]${field}`;
  return `$${field}`;
}

export function hintFor(problem: FeedProblem): { hint?: string } {
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

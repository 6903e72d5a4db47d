/**
 * Field by field reading of a JSON Feed object, forgiving as the spec asks readers to be:
 * `null` is absent, a field of the wrong kind is dropped and reported, never the item. Each
 * reader takes a `Report` that turns "what is wrong" into one plain-words problem line.
 */
import { decodeEntities } from '../util/strip-tags.js';
import { quote, readDate, readLanguage } from './read-values.js';
import { resolveUrl } from './urls.js';

/** Records one problem about `field` (`date_published`, `authors[2]`, …) in plain words. */
export type Report = (field: string, problem: string) => void;

export const MAX_TEXT = 2_000;
export const MAX_BODY = 1_000_000;
export const MAX_URL = 2_048;

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A property read that survives a hostile object: a throwing getter is "absent", and the
 * prototype chain is not consulted (`Object.prototype.title = …` on the host page is not a title).
 */
export function field(raw: Json, key: string): unknown {
  try {
    return Object.hasOwn(raw, key) ? raw[key] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Text, trimmed; `undefined` when absent, blank, or not text (reported). Too long: cut to `max`
 * when `cut` (a title), else dropped (a body we will not hold), reported either way. A `cut`
 * field is a short plain-text one (a title, a summary, a name): HTML entities in it are decoded,
 * as feed readers do, since publishers often escape `&` there as they would in RSS.
 */
export function text(
  raw: Json,
  key: string,
  report: Report,
  max = MAX_TEXT,
  cut = false,
): string | undefined {
  const value = field(raw, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(key, `${quote(value)} is not text`);
    return undefined;
  }
  if (value.length > max) {
    report(
      key,
      cut
        ? `is ${value.length} characters long, cut to ${max}`
        : `is ${value.length} characters long, more than ${max}`,
    );
    if (!cut) return undefined;
  }
  const kept = value.slice(0, max);
  return (cut && kept.includes('&') ? decodeEntities(kept) : kept).trim() || undefined;
}

/** A URL, resolved against `base`; whether it may be rendered is decided later by safe-url.ts. */
export function url(
  raw: Json,
  key: string,
  report: Report,
  base: string | undefined,
): string | undefined {
  const value = text(raw, key, report, MAX_URL);
  return resolveUrl(value, base);
}

/** A date as RFC 3339; an unreadable one is reported and the item stays, undated. */
export function date(raw: Json, key: string, report: Report): string | undefined {
  const value = text(raw, key, report, 100);
  if (value === undefined) return undefined;
  const read = readDate(value);
  if (read === undefined) report(key, `${quote(value)} is not a date we can read`);
  return read;
}

/** A BCP 47 tag in its conventional form; an invalid one is reported and ignored. */
export function language(raw: Json, key: string, report: Report): string | undefined {
  const value = text(raw, key, report, 100);
  if (value === undefined) return undefined;
  const read = readLanguage(value);
  if (read === undefined) report(key, `${quote(value)} is not a language tag`);
  return read;
}

/** A list; a single value where a list belongs is read as a list of one. */
export function list(raw: Json, key: string, report: Report, max: number): unknown[] {
  const value = field(raw, key);
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  if (values.length > max) report(key, `has ${values.length} entries; the first ${max} are read`);
  return values.slice(0, max);
}

/** Tags: text only, trimmed, each at most 200 characters; the rest are reported and left out. */
export function tags(raw: Json, report: Report): string[] {
  const out: string[] = [];
  let bad = 0;
  for (const tag of list(raw, 'tags', report, 100)) {
    if (typeof tag === 'string' && tag.length <= 200) {
      if (tag.trim()) out.push(tag.trim());
    } else bad++;
  }
  if (bad)
    report('tags', `${bad} ${bad === 1 ? 'entry is' : 'entries are'} not short text and left out`);
  return out;
}

/**
 * `_mlo.keep`: words and names kept in Latin in Cyrillic text, exact strings of 1–200 characters
 * (at most 500); anything else is left out and reported.
 */
export function keep(raw: Json, report: Report): string[] {
  const out: string[] = [];
  let bad = 0;
  for (const word of list(raw, 'keep', report, 500)) {
    if (typeof word === 'string' && word.trim() && word.length <= 200) out.push(word);
    else bad++;
  }
  if (bad)
    report('keep', `${bad} ${bad === 1 ? 'entry is' : 'entries are'} not short text and left out`);
  return out;
}

export interface Author {
  name?: string;
  url?: string;
}

/**
 * `authors` (1.1), else `author` (1.0); an author with neither name nor URL is left out.
 * `undefined` when the object names nobody, so an item can inherit the feed's authors.
 */
export function authors(raw: Json, report: Report, base: string | undefined): Author[] | undefined {
  const many = field(raw, 'authors');
  const entries =
    many !== undefined && many !== null
      ? list(raw, 'authors', report, 100)
      : list(raw, 'author', report, 1);
  const key = many !== undefined && many !== null ? 'authors' : 'author';
  const out: Author[] = [];
  entries.forEach((entry, i) => {
    const where: Report = (name, problem) => report(`${key}[${i}].${name}`, problem);
    if (!isObject(entry)) return report(`${key}[${i}]`, `${quote(entry)} is not an author object`);
    const author = {
      name: text(entry, 'name', where, 300, true),
      url: url(entry, 'url', where, base),
    };
    if (author.name || author.url) out.push(author);
  });
  return out.length ? out : undefined;
}

export interface AttachmentInput {
  url: string;
  mime_type: string;
  title?: string;
  size_in_bytes?: number;
  duration_in_seconds?: number;
}

/** Attachments with a URL and a MIME type; at most 20 an item. */
export function attachments(
  raw: Json,
  report: Report,
  base: string | undefined,
): AttachmentInput[] {
  const out: AttachmentInput[] = [];
  list(raw, 'attachments', report, 20).forEach((entry, i) => {
    const where: Report = (name, problem) => report(`attachments[${i}].${name}`, problem);
    if (!isObject(entry))
      return report(`attachments[${i}]`, `${quote(entry)} is not an attachment object`);
    const href = url(entry, 'url', where, base);
    const mime = text(entry, 'mime_type', where, 200);
    if (!href || !mime)
      return report(`attachments[${i}]`, 'has no url or no mime_type and is left out');
    out.push({
      url: href,
      mime_type: mime.toLowerCase(),
      title: text(entry, 'title', where, 300, true),
      size_in_bytes: count(entry, 'size_in_bytes', where),
      duration_in_seconds: count(entry, 'duration_in_seconds', where),
    });
  });
  return out;
}

function count(raw: Json, key: string, report: Report): number | undefined {
  const value = field(raw, key);
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n) && n >= 0) return n;
  report(key, `${quote(value)} is not a number`);
  return undefined;
}

/**
 * One JSON Feed item to a `FeedItem`, forgiving: a bad optional field is dropped and reported,
 * the item is kept. An item is dropped only when it is not an object, has no id (nor a URL to
 * stand in for one), or has nothing at all to show.
 */
import * as v from 'valibot';
import { firstImage, htmlToText } from './html-text.js';
import * as read from './read-fields.js';
import { quote } from './read-values.js';
import { ItemExtensionSchema } from './schema.js';
import type { FeedItem, Person } from './types.js';
import { resolveUrl } from './urls.js';

export interface ItemContext {
  base: string | undefined;
  language: string | undefined;
  /** The feed's authors, which items without their own inherit (JSON Feed 1.1). */
  authors: read.Author[] | undefined;
}

type Extension = v.InferOutput<typeof ItemExtensionSchema>;

/** The item, or `undefined` when it cannot be shown (the reason is reported as `item`). */
export function readItem(raw: unknown, report: read.Report, context: ItemContext): FeedItem | undefined {
  if (!read.isObject(raw)) {
    report('', `${quote(raw)} is not an item object`);
    return undefined;
  }
  const { base } = context;
  const url = read.url(raw, 'url', report, base);
  const id = readId(raw, report) ?? url;
  if (id === undefined) {
    report('', 'has no id');
    return undefined;
  }
  const title = read.text(raw, 'title', report, read.MAX_TEXT, true);
  const contentHtml = read.text(raw, 'content_html', report, read.MAX_BODY);
  const contentText = read.text(raw, 'content_text', report, read.MAX_BODY);
  const summary = read.text(raw, 'summary', report, 10_000, true);
  const attachments = read.attachments(raw, report, base);
  if (!title && !contentHtml && !contentText && !summary && !attachments.length) {
    report('', 'has no title, text or attachment to show');
    return undefined;
  }
  const ext = extension(raw, report);
  const bodyImage = contentHtml ? firstImage(contentHtml) : undefined;
  const imageSrc = read.url(raw, 'image', report, base) ?? read.url(raw, 'banner_image', report, base) ?? resolveUrl(bodyImage?.src, base);
  const datePublished = read.date(raw, 'date_published', report);
  return {
    id,
    type: ext?.type ?? 'article',
    url,
    externalUrl: read.url(raw, 'external_url', report, base),
    title,
    summary,
    contentText,
    contentHtml,
    htmlText: contentHtml ? htmlToText(contentHtml) : undefined,
    image: imageSrc
      ? {
          src: imageSrc,
          alt: ext?.image?.alt ?? (imageSrc === resolveUrl(bodyImage?.src, base) ? bodyImage?.alt ?? '' : ''),
          caption: nonEmpty(ext?.image?.caption),
          credit: nonEmpty(ext?.image?.credit),
          width: ext?.image?.width,
          height: ext?.image?.height,
        }
      : undefined,
    datePublished,
    dateModified: read.date(raw, 'date_modified', report),
    tags: read.tags(raw, report),
    language: read.language(raw, 'language', report) ?? context.language,
    authors: read.authors(raw, report, base) ?? context.authors ?? [],
    speaker: person(ext?.speaker),
    context: nonEmpty(ext?.context),
    sourceUrl: resolveUrl(ext?.sourceUrl, base),
    visitor: person(ext?.visitor),
    location: nonEmpty(ext?.location),
    metWith: (ext?.metWith ?? []).map(person).filter((p): p is Person => p !== undefined),
    attachments: attachments.length
      ? attachments.map((a) => ({
          url: a.url,
          mimeType: a.mime_type,
          title: a.title,
          sizeInBytes: a.size_in_bytes,
          durationInSeconds: a.duration_in_seconds,
        }))
      : undefined,
  };
}

/** A string or a number (JSON Feed 1.0 habit); blank or anything else is no id. */
function readId(raw: read.Json, report: read.Report): string | undefined {
  const value = read.field(raw, 'id');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() && value.length <= read.MAX_URL) return value.trim();
  if (value !== undefined && value !== null) report('id', `${quote(value)} is not a usable id`);
  return undefined;
}

/**
 * Our `_mlo` extension, checked by its schema; where the whole does not pass, each key on its
 * own, so one bad `speaker` loses the speaker, not the type or the item.
 */
function extension(raw: read.Json, report: read.Report): Extension | undefined {
  const value = read.field(raw, '_mlo');
  if (value === undefined || value === null) return undefined;
  const whole = v.safeParse(ItemExtensionSchema, value);
  if (whole.success) return whole.output;
  if (!read.isObject(value)) {
    report('_mlo', `${quote(value)} is not an object`);
    return undefined;
  }
  const kept: Record<string, unknown> = Object.create(null);
  for (const [key, schema] of Object.entries(ItemExtensionSchema.entries)) {
    const entry = read.field(value, key);
    if (entry === undefined || entry === null) continue;
    const one = v.safeParse(schema, entry);
    if (one.success) kept[key] = one.output;
    else report(`_mlo.${key}`, plainIssue(one.issues[0]));
  }
  return v.parse(ItemExtensionSchema, kept);
}

/** A schema issue in plain words: which part, and whether it is missing or wrong. */
export function plainIssue(issue: v.BaseIssue<unknown> | undefined): string {
  const path = issue?.path?.map((p) => String(p.key)).join('.');
  const where = path ? `${path} ` : '';
  if (!issue || issue.input === undefined) return `${where}is missing`;
  return `${where}${quote(issue.input)} is not valid here`;
}

function person(raw: { name: string; rank?: string; role?: string; organization?: string } | undefined): Person | undefined {
  const name = nonEmpty(raw?.name);
  if (!raw || !name) return undefined;
  return { name, rank: nonEmpty(raw.rank), role: nonEmpty(raw.role), organization: nonEmpty(raw.organization) };
}

export const nonEmpty = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/**
 * One JSON Feed item to a `FeedItem`, forgiving: a bad optional field is dropped and reported,
 * the item is kept. An item is dropped only when it is not an object, has no id (nor a URL to
 * stand in for one), or has nothing at all to show (no title, text, image or attachment).
 */
import { firstImage, htmlToText } from './html-text.js';
import { readExtension } from './read-extension.js';
import { ownTranslations } from './read-translations.js';
import * as read from './read-fields.js';
import { quote } from './read-values.js';
import type { FeedItem } from './types.js';
import { resolveUrl } from './urls.js';

export interface ItemContext {
  base: string | undefined;
  language: string | undefined;
  /** The feed's authors, which items without their own inherit (JSON Feed 1.1). */
  authors: read.Author[] | undefined;
  /** The feed's `_mlo.keep`, which every item's own adds to. */
  keep?: string[];
}

/** The item, or `undefined` when it cannot be shown (the reason is reported as `item`). */
export function readItem(
  raw: unknown,
  report: read.Report,
  context: ItemContext,
): FeedItem | undefined {
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
  const bodyImage = contentHtml ? firstImage(contentHtml) : undefined;
  const imageSrc =
    read.url(raw, 'image', report, base) ??
    read.url(raw, 'banner_image', report, base) ??
    resolveUrl(bodyImage?.src, base);
  // A picture alone is a post (a Mastodon or Instagram image post): shown, its date the link.
  if (!title && !contentHtml && !contentText && !summary && !attachments.length && !imageSrc) {
    report('', 'has no title, text, image or attachment to show');
    return undefined;
  }
  const ext = readExtension(raw, report, base);
  const datePublished = read.date(raw, 'date_published', report);
  // A missing alt is shown as decorative, but said where the feed describes the image in
  // _mlo.image (the only place a feed can give alt text): "" is the way to mean "decorative".
  const meta = read.field(raw, '_mlo');
  const image = read.isObject(meta) ? read.field(meta, 'image') : undefined;
  const altWritten = read.isObject(image) && typeof read.field(image, 'alt') === 'string';
  const fromBody = bodyImage?.alt !== undefined && imageSrc === resolveUrl(bodyImage?.src, base);
  if (imageSrc && read.isObject(image) && !altWritten && !fromBody)
    report('_mlo.image.alt', 'is missing: the image is shown as decorative (write "" if it is)');
  const keep = [...(context.keep ?? []), ...(ext?.keep ?? [])];
  const language = read.language(raw, 'language', report) ?? context.language;
  const translations = ownTranslations(ext?.translations, { id, language }, report);
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
          alt:
            ext?.image?.alt ??
            (imageSrc === resolveUrl(bodyImage?.src, base) ? (bodyImage?.alt ?? '') : ''),
          caption: ext?.image?.caption,
          credit: ext?.image?.credit,
          width: ext?.image?.width,
          height: ext?.image?.height,
        }
      : undefined,
    datePublished,
    dateModified: read.date(raw, 'date_modified', report),
    tags: read.tags(raw, report),
    language,
    authors: read.authors(raw, report, base) ?? context.authors ?? [],
    speaker: ext?.speaker,
    context: ext?.context,
    sourceUrl: ext?.sourceUrl,
    visitor: ext?.visitor,
    location: ext?.location,
    metWith: ext?.metWith ?? [],
    attachments: attachments.length
      ? attachments.map((a) => ({
          url: a.url,
          mimeType: a.mime_type,
          title: a.title,
          sizeInBytes: a.size_in_bytes,
          durationInSeconds: a.duration_in_seconds,
        }))
      : undefined,
    ...(keep.length ? { keep } : {}),
    ...(translations.length ? { translations } : {}),
    ...(ext?.pinned ? { pinned: ext.pinned } : {}),
  };
}

/** A string or a number (JSON Feed 1.0 habit); blank or anything else is no id. */
function readId(raw: read.Json, report: read.Report): string | undefined {
  const value = read.field(raw, 'id');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() && value.length <= read.MAX_URL)
    return value.trim();
  if (value !== undefined && value !== null) report('id', `${quote(value)} is not a usable id`);
  return undefined;
}

/**
 * Which item an article shows, and a defensive read of an item object handed over directly.
 * Plain functions, no DOM.
 */
import { selectItems } from '../../feed/select.js';
import { translationGroups, versionFor } from '../../feed/translations.js';
import {
  ITEM_TYPES,
  type FeedImage,
  type FeedItem,
  type ItemType,
  type Person,
} from '../../feed/types.js';

/**
 * The item with this id, in the widget's language where the feed has that translation of it
 * (`exact`: that very item); with no id (absent or blank), the newest item in the widget's
 * language (where the feed has several), whatever its type. `undefined` when there is none.
 */
export function pickItem(
  items: readonly FeedItem[],
  id: string | undefined,
  lang: string,
  exact = false,
): FeedItem | undefined {
  const wanted = id?.trim();
  if (!wanted) return selectItems(items, { lang })[0];
  const found = items.find((item) => item.id === wanted);
  const group = found && !exact ? translationGroups(items).get(found) : undefined;
  return group ? versionFor(group, lang) : found;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
const record = (value: unknown) =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
/** The feed schema's BCP 47 shape: a `lang` attribute gets nothing else. */
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const size = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/** `translations` as the feed reader gives them: a language tag, and an id or a URL. */
function translations(value: unknown): Pick<FeedItem, 'translations'> {
  const out = list(value)
    .map(record)
    .map((entry) => {
      const language = text(entry?.language);
      const [id, url] = [text(entry?.id), text(entry?.url)];
      if (!language || language.length > 35 || !LANGUAGE.test(language) || (!id && !url))
        return undefined;
      return { language, ...(id ? { id } : {}), ...(url ? { url } : {}) };
    })
    .filter((entry) => entry !== undefined)
    .slice(0, 50);
  return out.length ? { translations: out } : {};
}

function person(value: unknown): Person | undefined {
  const raw = record(value);
  const name = text(raw?.name);
  if (!raw || !name) return undefined;
  return { name, rank: text(raw.rank), role: text(raw.role), organization: text(raw.organization) };
}

function image(value: unknown): FeedImage | undefined {
  const raw = record(value);
  const src = text(raw?.src);
  if (!raw || !src) return undefined;
  return {
    src,
    alt: typeof raw.alt === 'string' ? raw.alt : '',
    caption: text(raw.caption),
    credit: text(raw.credit),
    width: size(raw.width),
    height: size(raw.height),
  };
}

/**
 * A `FeedItem` handed to `.item` comes from the host page's code (often an `mlo-select` event),
 * but its content still came from a feed: every field is re-read with its type checked, so a
 * wrong shape shows less instead of throwing in the middle of a render. `undefined` without an id.
 */
export function asFeedItem(value: unknown): FeedItem | undefined {
  const raw = record(value);
  const id = typeof raw?.id === 'number' ? String(raw.id) : text(raw?.id);
  if (!raw || !id) return undefined;
  return {
    id,
    type: (ITEM_TYPES as readonly unknown[]).includes(raw.type)
      ? (raw.type as ItemType)
      : 'article',
    url: text(raw.url),
    externalUrl: text(raw.externalUrl),
    title: text(raw.title),
    summary: text(raw.summary),
    contentText: text(raw.contentText),
    contentHtml: text(raw.contentHtml),
    image: image(raw.image),
    datePublished: text(raw.datePublished),
    dateModified: text(raw.dateModified),
    tags: list(raw.tags)
      .map(text)
      .filter((tag): tag is string => tag !== undefined),
    language:
      typeof raw.language === 'string' && raw.language.length <= 35 && LANGUAGE.test(raw.language)
        ? raw.language
        : undefined,
    authors: list(raw.authors)
      .map(record)
      .filter((author) => author !== undefined)
      .map((author) => ({ name: text(author.name), url: text(author.url) })),
    speaker: person(raw.speaker),
    context: text(raw.context),
    sourceUrl: text(raw.sourceUrl),
    visitor: person(raw.visitor),
    location: text(raw.location),
    metWith: list(raw.metWith)
      .map(person)
      .filter((p): p is Person => p !== undefined),
    htmlText: text(raw.htmlText),
    attachments: list(raw.attachments)
      .map(record)
      .map((a) =>
        a && text(a.url) && text(a.mimeType)
          ? { url: text(a.url)!, mimeType: text(a.mimeType)!, title: text(a.title) }
          : undefined,
      )
      .filter((a) => a !== undefined),
    ...translations(raw.translations),
    ...(list(raw.keep).some((word) => text(word))
      ? {
          keep: list(raw.keep)
            .map(text)
            .filter((word): word is string => !!word),
        }
      : {}),
  };
}

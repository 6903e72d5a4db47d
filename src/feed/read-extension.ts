/**
 * Our `_mlo` extension, read by hand with the same forgiving field readers as the rest of the
 * feed (read-fields.ts): a bad `speaker` loses the speaker, not the item. scripts/feed-schema.ts
 * says, for publishers and `feed.schema.json`, what a well-formed extension looks like; the
 * widgets read it without Valibot, so neither package ships the validator.
 */
import { readPinned } from './pins.js';
import * as read from './read-fields.js';
import { readTranslations } from './read-translations.js';
import { quote } from './read-values.js';
import {
  ITEM_TYPES,
  type ContactPoint,
  type FeedImage,
  type FeedItem,
  type Person,
} from './types.js';

/** The item fields `_mlo` carries, as the model has them, plus the image's details and `keep`. */
export type Extension = Pick<
  FeedItem,
  | 'type'
  | 'speaker'
  | 'context'
  | 'sourceUrl'
  | 'visitor'
  | 'location'
  | 'metWith'
  | 'translations'
  | 'pinned'
> & {
  image?: Omit<FeedImage, 'src'>;
  /** `_mlo.keep` of the item. */
  keep: string[];
};

/** An object to read, or `undefined` (reported when present but not an object). */
function object(raw: read.Json, key: string, report: read.Report): read.Json | undefined {
  const value = read.field(raw, key);
  if (value === undefined || value === null) return undefined;
  if (read.isObject(value)) return value;
  report(key, `${quote(value)} is not an object`);
  return undefined;
}

export function readExtension(
  item: read.Json,
  report: read.Report,
  base: string | undefined,
): Extension | undefined {
  const at: read.Report = (field, problem) => report(`_mlo.${field}`, problem);
  const ext = object(item, '_mlo', report);
  if (!ext) return undefined;
  const type = read.field(ext, 'type');
  const metWith: Person[] = [];
  read.list(ext, 'metWith', at, 200).forEach((entry, i) => {
    const one = personFrom(entry, (field, problem) =>
      at(`metWith[${i}]${field ? `.${field}` : ''}`, problem),
    );
    if (one) metWith.push(one);
  });
  return {
    // Forward compatible: a type this version does not know is shown as an article, not dropped.
    type: ITEM_TYPES.find((t) => t === type) ?? 'article',
    image: imageMeta(object(ext, 'image', at), (field, problem) => at(`image.${field}`, problem)),
    speaker: person(ext, 'speaker', at),
    context: read.text(ext, 'context', at),
    sourceUrl: read.url(ext, 'sourceUrl', at, base),
    visitor: person(ext, 'visitor', at),
    location: read.text(ext, 'location', at, 300, true),
    metWith,
    keep: read.keep(ext, at),
    translations: readTranslations(ext, at, base),
    pinned: readPinned(ext, at),
  };
}

function imageMeta(raw: read.Json | undefined, report: read.Report): Extension['image'] {
  if (!raw) return undefined;
  // The alt text as written, not trimmed: it is read out as it is, and an empty one is meaningful.
  const alt = read.field(raw, 'alt');
  const altOk = typeof alt === 'string' && alt.length <= read.MAX_TEXT;
  if (alt !== undefined && alt !== null && !altOk)
    report('alt', `${quote(alt)} is not text of at most ${read.MAX_TEXT} characters`);
  return {
    alt: altOk ? alt : '',
    caption: read.text(raw, 'caption', report),
    credit: read.text(raw, 'credit', report, 300, true),
    width: dimension(raw, 'width', report),
    height: dimension(raw, 'height', report),
  };
}

function dimension(raw: read.Json, key: string, report: read.Report): number | undefined {
  const value = read.field(raw, key);
  if (value === undefined || value === null) return undefined;
  if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 20_000)
    return value as number;
  report(key, `${quote(value)} is not a whole number of pixels from 1 to 20,000`);
  return undefined;
}

function person(raw: read.Json, key: string, report: read.Report): Person | undefined {
  const value = read.field(raw, key);
  if (value === undefined || value === null) return undefined;
  return personFrom(value, (field, problem) => report(field ? `${key}.${field}` : key, problem));
}

function personFrom(value: unknown, report: read.Report): Person | undefined {
  if (!read.isObject(value)) {
    report('', `${quote(value)} is not a person object`);
    return undefined;
  }
  const name = read.text(value, 'name', report, 300, true);
  if (!name) {
    report('name', 'is missing');
    return undefined;
  }
  return {
    name,
    rank: read.text(value, 'rank', report, 300, true),
    role: read.text(value, 'role', report, 300, true),
    organization: read.text(value, 'organization', report, 300, true),
  };
}

/** One `_mlo.contacts` entry; `undefined` (reported) without a name or a whole address. */
export function readContact(
  raw: unknown,
  report: read.Report,
  base: string | undefined,
): ContactPoint | undefined {
  if (!read.isObject(raw)) {
    report('', `${quote(raw)} is not a contact object`);
    return undefined;
  }
  // Names and address lines are short plain text like a title: entities decoded, cut if long.
  const name = read.text(raw, 'name', report, 300, true);
  const address = object(raw, 'address', report);
  const where: read.Report = (field, problem) => report(`address.${field}`, problem);
  const line = (key: string, max = 300, cut = true) =>
    address ? read.text(address, key, where, max, cut) : undefined;
  const [street, postalCode, locality, country] = [
    line('street'),
    line('postalCode', 40, false),
    line('locality'),
    line('country'),
  ];
  if (!name || !street || !postalCode || !locality || !country) {
    report(
      '',
      `has no ${!name ? 'name' : 'whole address (street, postalCode, locality, country)'} and is left out`,
    );
    return undefined;
  }
  return {
    name,
    unit: read.text(raw, 'unit', report, 300, true),
    address: { street, building: line('building'), postalCode, locality, country },
    phone: read.text(raw, 'phone', report, 60),
    email: read.text(raw, 'email', report, 320),
    url: read.url(raw, 'url', report, base),
  };
}

/**
 * From `unknown` (parsed JSON, or an object a framework hands over) to the typed model.
 * The envelope must be a JSON Feed; each item and contact is then checked on its own, so one
 * bad entry is dropped and reported instead of blanking the widget.
 */
import * as v from 'valibot';
import { FeedError } from './errors.js';
import { ProblemList } from './problems.js';
import { ContactSchema, FeedEnvelopeSchema, ItemSchema, type ContactOutput, type ItemOutput } from './schema.js';
import type { ContactPoint, Feed, FeedItem, NormalizedFeed, Person } from './types.js';
import { yieldToPage } from './yield.js';

export interface NormalizeOptions {
  /** URL that relative links and images resolve against: the feed's own URL, or the page's. */
  baseUrl?: string;
}

/**
 * The most items a widget will hold, and the most entries of `items` it will examine, valid or
 * not: past it the rest are skipped unread (a 100k-item feed, or 2.5 million `0`s, must not
 * hang a page or fill its memory).
 */
export const MAX_ITEMS = 10_000;
/** The most `_mlo.contacts` entries examined: an office has a handful. */
export const MAX_CONTACTS = 100;

/**
 * Checks and converts a feed in one go. Throws a `FeedError('schema')` when `data` is not a JSON
 * Feed at all; bad items and contacts are dropped and reported in `problems`.
 */
export function normalizeFeed(data: unknown, options: NormalizeOptions = {}): NormalizedFeed {
  const steps = normalizeSteps(data, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What `normalizeFeedInSlices` also takes: when to give the main thread back, and a stop. */
export interface SliceOptions extends NormalizeOptions {
  /** Work for at most about this long before yielding to the page (default 8 ms). */
  sliceMs?: number;
  /** Rejects with the signal's reason between slices once aborted. */
  signal?: AbortSignal;
  /** How to give the thread back between slices; default `scheduler.yield()`, else a message. */
  yieldTo?: () => Promise<unknown>;
}

/**
 * The same as `normalizeFeed`, in slices of about `sliceMs`, yielding to the page between them:
 * checking 10,000 items takes 70–100 ms on a fast machine, a long task that would hold up the
 * partner's page (input, animations) if done at once. The loader uses this; the synchronous
 * sources (`.feed`, inline JSON) show at once with `normalizeFeed`.
 */
export async function normalizeFeedInSlices(data: unknown, options: SliceOptions = {}): Promise<NormalizedFeed> {
  const sliceMs = options.sliceMs ?? 8;
  const steps = normalizeSteps(data, options);
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await (options.yieldTo ?? yieldToPage)();
      options.signal?.throwIfAborted();
      deadline = performance.now() + sliceMs;
    }
  }
}

/** The work of both, one item (or contact) per step. */
function* normalizeSteps(data: unknown, options: NormalizeOptions): Generator<void, NormalizedFeed> {
  const envelope = v.safeParse(FeedEnvelopeSchema, data);
  if (!envelope.success) {
    throw new FeedError('schema', `Not a JSON Feed: ${describeIssue(envelope.issues[0])}`);
  }
  const raw = envelope.output;
  const base = resolveUrl(raw.feed_url, options.baseUrl) ?? options.baseUrl;
  const problems = new ProblemList();
  const items: FeedItem[] = [];
  const seen = new Set<string>();

  if (raw.items.length > MAX_ITEMS) {
    problems.add(`items past ${MAX_ITEMS}: ${raw.items.length - MAX_ITEMS} skipped unread`);
  }
  for (let index = 0; index < Math.min(raw.items.length, MAX_ITEMS); index++) {
    const entry = raw.items[index];
    yield;
    const parsed = v.safeParse(ItemSchema, entry);
    if (!parsed.success) {
      problems.add(`items[${index}]: ${describeIssue(parsed.issues[0])}`);
      continue;
    }
    const item = toItem(parsed.output, base, raw.language);
    if (seen.has(item.id)) {
      problems.add(`items[${index}]: duplicate id "${item.id}"`);
      continue;
    }
    seen.add(item.id);
    items.push(item);
  }

  const contacts: ContactPoint[] = [];
  const rawContacts = raw._mlo?.contacts ?? [];
  if (rawContacts.length > MAX_CONTACTS) {
    problems.add(`_mlo.contacts past ${MAX_CONTACTS}: ${rawContacts.length - MAX_CONTACTS} skipped unread`);
  }
  for (let index = 0; index < Math.min(rawContacts.length, MAX_CONTACTS); index++) {
    yield;
    const parsed = v.safeParse(ContactSchema, rawContacts[index]);
    if (parsed.success) contacts.push(toContact(parsed.output, base));
    else problems.add(`_mlo.contacts[${index}]: ${describeIssue(parsed.issues[0])}`);
  }

  const feed: Feed = {
    title: raw.title,
    homePageUrl: resolveUrl(raw.home_page_url, base),
    feedUrl: resolveUrl(raw.feed_url, options.baseUrl),
    description: raw.description,
    language: raw.language,
    items,
    contacts,
  };
  return { feed, skipped: raw.items.length - items.length, problems: problems.toArray(), baseUrl: base };
}

function toItem(raw: ItemOutput, base: string | undefined, feedLanguage: string | undefined): FeedItem {
  const ext = raw._mlo;
  const imageSrc = resolveUrl(raw.image ?? raw.banner_image, base);
  return {
    id: String(raw.id),
    type: ext?.type ?? 'article',
    url: resolveUrl(raw.url, base),
    externalUrl: resolveUrl(raw.external_url, base),
    title: nonEmpty(raw.title),
    summary: nonEmpty(raw.summary),
    contentText: nonEmpty(raw.content_text),
    contentHtml: nonEmpty(raw.content_html),
    image: imageSrc
      ? {
          src: imageSrc,
          alt: ext?.image?.alt ?? '',
          caption: nonEmpty(ext?.image?.caption),
          credit: nonEmpty(ext?.image?.credit),
          width: ext?.image?.width,
          height: ext?.image?.height,
        }
      : undefined,
    datePublished: raw.date_published,
    dateModified: raw.date_modified,
    tags: (raw.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
    language: raw.language ?? feedLanguage,
    authors: (raw.authors ?? []).map((a) => ({ name: nonEmpty(a.name), url: resolveUrl(a.url, base) })),
    speaker: person(ext?.speaker),
    context: nonEmpty(ext?.context),
    sourceUrl: resolveUrl(ext?.sourceUrl, base),
    visitor: person(ext?.visitor),
    location: nonEmpty(ext?.location),
    metWith: (ext?.metWith ?? []).map(person).filter((p): p is Person => p !== undefined),
  };
}

function toContact(raw: ContactOutput, base: string | undefined): ContactPoint {
  const { street, building, postalCode, locality, country } = raw.address;
  return {
    name: raw.name.trim(),
    unit: nonEmpty(raw.unit),
    address: { street, building: nonEmpty(building), postalCode, locality, country },
    phone: nonEmpty(raw.phone),
    email: nonEmpty(raw.email),
    url: resolveUrl(raw.url, base),
  };
}

function person(raw: { name: string; rank?: string; role?: string; organization?: string } | undefined): Person | undefined {
  const name = nonEmpty(raw?.name);
  if (!raw || !name) return undefined;
  return { name, rank: nonEmpty(raw.rank), role: nonEmpty(raw.role), organization: nonEmpty(raw.organization) };
}

const nonEmpty = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/**
 * Makes a relative URL absolute against the base. This only resolves; whether a URL may be
 * rendered is decided at render time by the one allow-list in `internal/safe-url.ts`.
 */
export function resolveUrl(raw: string | undefined, base: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!base) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'invalid';
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

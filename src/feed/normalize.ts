/**
 * From `unknown` (parsed JSON, or an object a framework hands over) to the typed model.
 * The envelope must be a JSON Feed (an object with a JSON Feed `version` and an `items` list);
 * everything else is read forgivingly (read-item.ts): a bad field is dropped and reported in
 * plain words, an item only when it cannot be shown at all.
 */
import { FeedError } from './errors.js';
import { readAlternates } from './follow.js';
import { ProblemList } from './problems.js';
import * as read from './read-fields.js';
import { readContact } from './read-extension.js';
import { readItem } from './read-item.js';
import { quote, readVersion } from './read-values.js';
import type { ContactPoint, Feed, FeedItem, NormalizedFeed } from './types.js';
import { yieldToPage } from '../util/yield.js';

export interface NormalizeOptions {
  /** URL that relative links and images resolve against: the feed's own URL, or the page's. */
  baseUrl?: string;
  /**
   * Called with every problem, unbounded and with where it is, besides the bounded plain-words
   * `problems` (the `mlo-newsroom validate` command reports from this).
   */
  onProblem?: (problem: FeedProblem) => void;
}

/** One problem with its place: the feed itself, an item or a contact (by index), and the field. */
export interface FeedProblem {
  where: 'feed' | 'item' | 'contact';
  /** The item's or contact's index in the feed's list (0-based). */
  index?: number;
  /** The field (`date_published`, `authors[2].name`, `_mlo.image.alt`); `''` for the item itself. */
  field: string;
  /** What is wrong, in plain words. */
  problem: string;
}

/**
 * The most items a widget will hold, and the most entries of `items` it will examine, valid or
 * not: past it the rest are skipped unread (a 100k-item feed, or 2.5 million `0`s, must not
 * hang a page or fill its memory).
 */
export const MAX_ITEMS = 10_000;
/** The most `_mlo.contacts` entries examined: an office has a handful. */
const MAX_CONTACTS = 100;

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
export async function normalizeFeedInSlices(
  data: unknown,
  options: SliceOptions = {},
): Promise<NormalizedFeed> {
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
function* normalizeSteps(
  data: unknown,
  options: NormalizeOptions,
): Generator<void, NormalizedFeed> {
  if (!read.isObject(data)) throw notAFeed(`it is ${quote(data)}, not an object`);
  const version = read.field(data, 'version');
  if (readVersion(version) === undefined) {
    throw notAFeed(
      version === undefined
        ? 'it has no "version"'
        : `version ${quote(version)} is not a JSON Feed version`,
    );
  }
  const rawItems = read.field(data, 'items');
  if (!Array.isArray(rawItems)) throw notAFeed(`"items" is ${quote(rawItems)}, not a list`);

  const problems = new ProblemList();
  const hook = options.onProblem;
  const feedReport = (field: string, problem: string) => {
    problems.add(`feed: ${field} ${problem}`);
    hook?.({ where: 'feed', field, problem });
  };
  const feedUrl = read.url(data, 'feed_url', feedReport, options.baseUrl);
  const base = feedUrl ?? options.baseUrl;
  const title = read.text(data, 'title', feedReport, read.MAX_TEXT, true);
  if (title === undefined) feedReport('title', 'is missing');
  const language = read.language(data, 'language', feedReport);
  const feedExt = read.field(data, '_mlo');
  const keep = read.isObject(feedExt)
    ? read.keep(feedExt, (field, problem) => feedReport(`_mlo.${field}`, problem))
    : [];
  const alternates = read.isObject(feedExt)
    ? readAlternates(feedExt, (field, problem) => feedReport(`_mlo.${field}`, problem), base)
    : [];
  const context = { base, language, authors: read.authors(data, feedReport, base), keep };
  const items: FeedItem[] = [];
  const seen = new Set<string>();

  if (rawItems.length > MAX_ITEMS) {
    const problem = `past ${MAX_ITEMS}: ${rawItems.length - MAX_ITEMS} skipped unread`;
    problems.add(`items ${problem}`);
    hook?.({ where: 'feed', field: 'items', problem });
  }
  for (let index = 0; index < Math.min(rawItems.length, MAX_ITEMS); index++) {
    yield;
    const at = `item ${index + 1}`;
    const report = (field: string, problem: string) => {
      problems.add(`${at}:${field ? ` ${field}` : ''} ${problem}`);
      hook?.({ where: 'item', index, field, problem });
    };
    const item = readItem(rawItems[index], report, context);
    if (!item) continue;
    if (seen.has(item.id)) {
      report('', `has the same id as an earlier item ("${item.id.slice(0, 40)}") and is left out`);
      continue;
    }
    seen.add(item.id);
    items.push(item);
  }

  const contacts: ContactPoint[] = [];
  const ext = read.field(data, '_mlo');
  const rawContacts = read.isObject(ext) ? read.list(ext, 'contacts', feedReport, Infinity) : [];
  if (rawContacts.length > MAX_CONTACTS) {
    problems.add(
      `_mlo.contacts past ${MAX_CONTACTS}: ${rawContacts.length - MAX_CONTACTS} skipped unread`,
    );
  }
  for (let index = 0; index < Math.min(rawContacts.length, MAX_CONTACTS); index++) {
    yield;
    const at = `_mlo.contacts[${index}]`;
    const contact = readContact(
      rawContacts[index],
      (field, problem) => {
        problems.add(`${at}:${field ? ` ${field}` : ''} ${problem}`);
        hook?.({ where: 'contact', index, field, problem });
      },
      base,
    );
    if (contact) contacts.push(contact);
  }

  const feed: Feed = {
    title: title ?? '',
    homePageUrl: read.url(data, 'home_page_url', feedReport, base),
    feedUrl,
    nextUrl: read.url(data, 'next_url', feedReport, base),
    description: read.text(data, 'description', feedReport, 10_000, true),
    language,
    items,
    contacts,
    ...(keep.length ? { keep } : {}),
    ...(alternates.length ? { alternates } : {}),
  };
  return {
    feed,
    skipped: rawItems.length - items.length,
    problems: problems.toArray(),
    baseUrl: base,
  };
}

const notAFeed = (why: string) => new FeedError('schema', `Not a JSON Feed: ${why}`);

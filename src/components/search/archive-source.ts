/**
 * `<mlo-search index="…/index.json">`: results from a prebuilt archive index instead of the
 * feed's items. The index is opened on first focus; each query fetches only its shards and the
 * docs it shows (src/search/archive.ts), by the feed's request rules, once per URL per page.
 * While files are on their way, or when one fails, the last results stay on show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ItemType } from '../../feed/types.js';
import { DEFAULT_MAX_BYTES } from '../../feed/load.js';
import type { Messages } from '../../i18n/index.js';
import { isFeedError, type FeedError } from '../../feed/errors.js';
import type { ArchiveSearch } from '../../search/archive.js';
import type { SearchEngine } from './load-engine.js';
import { arrange, type Results } from './results.js';

/** One request per file URL on the page (files are content-hashed; `index.json` is per visit). */
const requests = new Map<string, Promise<unknown>>();
/** URLs that failed: asked again, they go to the server, past a cached failure (Chromium keeps one). */
const failed = new Set<string>();

function loadOnce(engine: SearchEngine, url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = engine.fetchJson(url, { revalidate: failed.has(url) });
    // A failure is not kept: Retry, or the next query, asks again.
    request.catch(() => {
      requests.delete(url);
      failed.add(url);
    });
    requests.set(url, request);
  }
  return request;
}

export interface ArchiveInput {
  engine: SearchEngine | undefined;
  url: string;
  lang: string;
  query: string;
  types: readonly ItemType[] | undefined;
  limit: number;
}

export class ArchiveSource {
  private search?: ArchiveSearch;
  private last?: Results;

  constructor(private readonly onChange: () => void) {}

  /** Opens the index at `url` (on focus), once per URL. */
  open(engine: SearchEngine, url: string): void {
    if (this.search?.url !== url) {
      this.search = new engine.ArchiveSearch(url, (file) => loadOnce(engine, file), this.onChange);
      this.last = undefined;
    }
    this.search.open();
  }

  /** The results, or the last ones while files load or after a failure; `undefined` before any. */
  get({ engine, url, lang, query, types, limit }: ArchiveInput): Results | undefined {
    if (!engine) return undefined;
    if (this.search?.url !== url) this.open(engine, url);
    const found = this.search!.results(query, lang, types, limit);
    if (!found) return this.last;
    const shown = found.items.map((item, k) => ({ item, ...found.hits[k] }));
    this.last = { ...arrange(query, shown, limit), count: found.count };
    return this.last;
  }

  /** Why the index failed, when it did (a `FeedError` from the request, or a malformed file). */
  get error(): FeedError | Error | undefined {
    const error = this.search?.error;
    if (!error) return undefined;
    return isFeedError(error) || error instanceof Error
      ? error
      : new Error('The index could not be read');
  }

  retry(): void {
    this.search?.retry();
    this.onChange();
  }
}

/** Under the field when a file of the index failed: what happened, and Retry. The results stay. */
export function renderArchiveNotice(
  error: FeedError | Error | undefined,
  m: Messages,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const why = isFeedError(error)
    ? m.errors[error.reason]({ status: error.status, megabytes: DEFAULT_MAX_BYTES / 1024 / 1024 })
    : m.errors.parse({});
  return html`<div part="notice" class="notice notice--error">
    <strong>${m.search.archiveFailed}</strong>
    <span>${why}</span>
    <button part="button retry" class="button" type="button" @click=${onRetry}>${m.state.retry}</button>
  </div>`;
}

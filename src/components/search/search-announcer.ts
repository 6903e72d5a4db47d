/**
 * What `<mlo-search>`'s status region says after typing pauses (announcer.ts keeps the time):
 * the count once the results for the text are there, "Loading…" while they are on their way,
 * and then `searched` (`mlo-search`), with the same query and count as was said.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { Announcer } from './announcer.js';
import { describe, type Results } from './results.js';

/** The widget as the announcements read it. */
interface SearchStatus {
  m: Messages;
  /** The field's text. */
  value: string;
  results: Results | undefined;
  /** Results cannot come: the feed, the index or the engine failed. */
  failed: boolean;
  /** The results for `value` are still on their way (the feed, or the index's files). */
  waiting: boolean;
}

/** `searched` fires `mlo-search`: the element dispatches it, where the manifest finds it. */
export function searchAnnouncer(
  host: ReactiveControllerHost,
  status: () => SearchStatus,
  searched: (query: string, count: number) => void,
): Announcer {
  return new Announcer(
    host,
    // After a pause in typing: what to announce, once results exist.
    () => {
      const { m, value, results, failed } = status();
      const query = value.trim();
      if ((!results || results.query !== value) && query && !failed) return undefined;
      return describe(m, query, results, failed);
    },
    // After the render that announced the count: `mlo-search`, with the same query and count.
    () => {
      const { value, results } = status();
      searched(value, value.trim() ? (results?.all.length ?? 0) : 0);
    },
    // While the feed is still on its way: said after the pause, then the count when it comes.
    () => {
      const { m, value, waiting } = status();
      return value.trim() && waiting ? m.state.loading : undefined;
    },
  );
}

/**
 * What `<mlo-search>`'s status region says after typing pauses (announcer.ts keeps the time):
 * the count once the results for the text are there, "Loading…" while they are on their way,
 * and, after the render that said it, `announced` (the element fires `mlo-search` there).
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

/** `announced` runs after the render that said the count: the element fires `mlo-search` there. */
export function searchAnnouncer(
  host: ReactiveControllerHost,
  status: () => SearchStatus,
  announced: () => void,
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
    announced,
    // While the feed is still on its way: said after the pause, then the count when it comes.
    () => {
      const { m, value, waiting } = status();
      return value.trim() && waiting ? m.state.loading : undefined;
    },
  );
}

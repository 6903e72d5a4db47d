/**
 * The console's side of a feed's problems: one warning per feed, in the same plain words as
 * `mlo-load`'s `problems`, so a partner who never listens to events still learns why items are
 * missing. Visitors see only the quiet count in the list.
 */
import type { NormalizedFeed } from '../feed/types.js';

/**
 * Results already warned about. A feed from `src` is one shared result for every widget that
 * names it (the page's request cache), so a page with five widgets on one feed warns once.
 */
const warned = new WeakSet<NormalizedFeed>();
/** How many problems the warning quotes; `mlo-load`'s `problems` has them all (bounded). */
const QUOTED = 5;

/** One console warning per feed that had problems, in the same plain words as `mlo-load`. */
export function warnOnce(result: NormalizedFeed, source: string | undefined): void {
  if (!result.problems.length || warned.has(result)) return;
  warned.add(result);
  const { skipped, problems } = result;
  const shown = problems
    .slice(0, QUOTED)
    .map((p) => `\n  - ${p}`)
    .join('');
  const more =
    problems.length > QUOTED
      ? `\n  (${problems.length - QUOTED} more in the mlo-load event's problems)`
      : '';
  const items = skipped
    ? `${skipped} item${skipped === 1 ? '' : 's'} could not be shown`
    : 'every item is shown';
  console.warn(
    `mlo-newsroom: the feed ${source ?? '(given inline)'} has problems; ${items}.${shown}${more}`,
  );
}

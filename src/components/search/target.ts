/**
 * `<mlo-search target="news">`: the search filters a news list on the page instead of showing
 * its own list of results. The list opts in with a `filterIds` property (a set of item ids to
 * show, `undefined` for all); an element without one is left alone. One with a `filterResults`
 * property also gets the search's key, count and archive results (internal/filter-results.ts).
 */
import type { FilterResults } from '../../internal/filter-results.js';
import type { SearchHit } from './search-chunk.js';

/** An element that can be filtered: `<mlo-news-list>`, or anything with the same properties. */
export type FilterTarget = HTMLElement & {
  filterIds?: ReadonlySet<string>;
  filterResults?: FilterResults;
  readonly filterPage?: number;
};

/** Elements whose definition is awaited, so a re-render does not wait twice. */
const awaiting = new WeakSet<Element>();

/**
 * Shows `hits` (or everything, for `undefined`) in the element `host.target` names, in the
 * host's document or shadow root. A previous target that is no longer named is reset. An
 * element not upgraded yet is filtered once its definition arrives (`onDefined` re-renders).
 * Returns the element now filtered.
 */
export function applyFilter(
  previous: FilterTarget | undefined,
  host: (HTMLElement & { target?: string }) | undefined,
  hits: readonly SearchHit[] | undefined,
  onDefined?: () => void,
  results?: FilterResults,
): FilterTarget | undefined {
  const element = host?.target ? findTarget(host, host.target) : undefined;
  if (previous && previous !== element) clearFilter(previous);
  if (!element) return undefined;
  if (!('filterIds' in element)) {
    const tag = element.localName;
    if (onDefined && tag.includes('-') && !customElements.get(tag) && !awaiting.has(element)) {
      awaiting.add(element);
      void customElements.whenDefined(tag).then(() => {
        awaiting.delete(element);
        onDefined();
      });
    }
    return undefined;
  }
  const ids = hits ? new Set(hits.map((hit) => hit.item.id)) : undefined;
  // Both in one task: the list updates once, seeing the ids with the search they are for.
  if ('filterResults' in element && element.filterResults !== (hits && results))
    element.filterResults = hits && results;
  if (!sameIds(element.filterIds, ids)) element.filterIds = ids;
  return element;
}

function clearFilter(element: FilterTarget): void {
  if ('filterResults' in element) element.filterResults = undefined;
  element.filterIds = undefined;
}

function findTarget(host: HTMLElement, id: string): FilterTarget | undefined {
  const root = host.getRootNode();
  const found =
    root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null;
  return found && found !== host ? found : undefined;
}

function sameIds(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * The news list's filter bar (`filters="type tag year"`): one row per facet, a label and its
 * values, each with the number of items it would leave (src/feed/facets.ts). Up to CHIP_MAX
 * values are toggle buttons (`aria-pressed`; several in one facet add up: OR), more are a
 * `<select>` (one value). Facets combine with each other (AND) and with `<mlo-search target>`
 * (the counts are over what the search left). Every row has the same block size, loading or
 * loaded, chips or select, so the bar is part of the skeleton and of the partner stylesheet's
 * room (news-list-metrics.ts FILTER_ROW): nothing moves when it fills. A server render shows it
 * hidden, in its room, until the script can make it work.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  countAll,
  facetsOf,
  filterByFacets,
  type Facet,
  type FacetName,
  type FacetSelection,
  type FacetValue,
} from '../../feed/facets.js';
import type { FeedItem, ItemType } from '../../feed/types.js';
import { formatNumber, type Lang, type Messages } from '../../i18n/index.js';
import { contentLang, inScript } from '../../internal/views.js';

/** The most values shown as buttons; a facet with more is a `<select>`. */
const CHIP_MAX = 8;

/** The visitor's choices, kept across live refresh and Load more (they are not the data's). */
export class ListFilters {
  selection: FacetSelection = {};
  /** A choice was made since the last live news: the status region says the new count. */
  announce = false;

  constructor(private readonly onChange: () => void) {}

  /** The choices of the facets named in `filters`; a facet dropped from it no longer filters. */
  active(names: readonly FacetName[]): FacetSelection {
    const active: FacetSelection = {};
    for (const name of names) if (this.selection[name]?.length) active[name] = this.selection[name];
    return active;
  }

  /** The items the active choices keep. */
  apply(items: FeedItem[], names: readonly FacetName[]): FeedItem[] {
    return names.length ? filterByFacets(items, this.active(names)) : items;
  }

  choose(name: FacetName, values: readonly string[]): void {
    this.selection = { ...this.selection, [name]: values };
    this.announce = true;
    this.onChange();
  }

  /** A button: adds its value to the facet's choice, or takes it out; "All" clears it. */
  toggle(name: FacetName, value: string | undefined): void {
    const chosen = this.selection[name] ?? [];
    if (value === undefined) return this.choose(name, []);
    this.choose(
      name,
      chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value],
    );
  }
}

export interface FilterContext {
  lang: Lang;
  m: Messages;
  filters: ListFilters;
}

/** The bar over `items` (what the list shows before its own choices), in the widget's language. */
export function renderFilters(items: readonly FeedItem[], names: FacetName[], c: FilterContext) {
  if (!names.length) return nothing;
  const selection = c.filters.active(names);
  const facets = facetsOf(items, names, selection);
  return html`<div part="filters" class="filters" role="group" aria-label=${c.m.filters.label}>
    ${facets.map((facet) => renderFacet(facet, countAll(items, selection, facet.name), selection, c))}
  </div>`;
}

/** The bar's room while the feed loads: the same rows, labelled, without values. */
export function renderFiltersSkeleton(names: FacetName[], m: Messages) {
  if (!names.length) return nothing;
  return html`<div part="filters" class="filters" aria-hidden="true">
    ${names.map(
      (name) => html`<div class="facet">
        <span class="facet-label">${m.filters[name]}</span>
        <span class="skeleton line chip-placeholder"></span>
      </div>`,
    )}
  </div>`;
}

function renderFacet(facet: Facet, all: number, selection: FacetSelection, c: FilterContext) {
  const { name, values } = facet;
  const chosen = selection[name] ?? [];
  const id = `filter-${name}`;
  const n = (count: number) => formatNumber(c.lang, count);
  if (values.length > CHIP_MAX) {
    const change = (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      c.filters.choose(name, value ? [value] : []);
    };
    return html`<div class="facet">
      <label class="facet-label" for=${id}>${c.m.filters[name]}</label>
      <select part="select" class="select" id=${id} .value=${live(chosen[0] ?? '')} @change=${change}>
        <option value="">${c.m.filters.all} (${n(all)})</option>
        ${values.map(
          (v) =>
            html`<option value=${v.value} ?selected=${chosen[0] === v.value}>${labelOf(name, v, c).text} (${n(v.count)})</option>`,
        )}
      </select>
    </div>`;
  }
  const chip = (
    value: string | undefined,
    text: unknown,
    count: number,
    pressed: boolean,
    lang?: string,
  ) =>
    html`<button part="button filter" class="button chip" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => c.filters.toggle(name, value)}>
      <span lang=${ifDefined(lang)}>${text}</span> <span class="count">${n(count)}</span>
    </button>`;
  return html`<div class="facet" role="group" aria-labelledby=${id}>
    <span class="facet-label" id=${id}>${c.m.filters[name]}</span>
    <div class="chips">
      ${chip(undefined, c.m.filters.all, all, !chosen.length)}
      ${values.map((v) => {
        const label = labelOf(name, v, c);
        return chip(v.value, label.text, v.count, chosen.includes(v.value), label.lang);
      })}
    </div>
  </div>`;
}

/** A value as shown: a type's plural name, a year, a tag as its first item writes it. */
function labelOf(
  name: FacetName,
  v: FacetValue,
  c: FilterContext,
): { text: string; lang?: string } {
  if (name === 'type') return { text: c.m.typesPlural[v.value as ItemType] ?? v.value };
  if (name === 'year') return { text: v.value };
  const tag = v.first.tags.find((t) => t.toLocaleLowerCase() === v.value) ?? v.value;
  return { text: inScript(v.first, c.lang)(tag) ?? tag, lang: contentLang(v.first, c.lang) };
}

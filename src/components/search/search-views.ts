/**
 * Template pieces of `<mlo-search>`: results grouped by type, options with the matched spans
 * marked. The engine arrives as an argument (it is loaded lazily), so this module imports
 * only its types.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lang, Messages } from '../../i18n/index.js';
import { contentLang, displayTitle, inScript, renderDate } from '../../internal/views.js';
import type { HighlightSegment, SearchHit } from './search-chunk.js';
import type { SearchEngine } from './load-engine.js';
import type { Results } from './results.js';

/** What every option needs besides its hit. */
interface OptionContext {
  engine: SearchEngine;
  query: string;
  lang: Lang;
  m: Messages;
  active: number;
}

/** The listbox's content: options, or groups of options under a label. */
function renderOptions(results: Results, ctx: OptionContext): TemplateResult[] {
  if (!results.groups) return results.shown.map((hit, index) => renderOption(hit, index, ctx));
  // The APG grouped listbox: a `group` named by a presentational label inside it.
  return results.groups.map(
    (group) => html`<div role="group" class="group" aria-labelledby="group-${group.type}">
      <div role="presentation" part="group-label" class="group-label" id="group-${group.type}">
        ${ctx.m.typesPlural[group.type]}
      </div>
      ${group.hits.map((hit, k) => renderOption(hit, group.start + k, ctx))}
    </div>`,
  );
}

/**
 * One option: the title with the matched spans marked, where else it matched when not in the
 * title, its type and date. No link inside: choosing is the component's job (Enter or click).
 * Serbian items are shown in the widget's script and marked in that display text.
 *
 * Named by the title alone and described by the rest (one run-on name read "…in Belgrade
 * Aleksandar Vučić Visit 17 July 2019"), and the option carries the item's language, since a
 * screen reader speaks the name in the option's; the type and date keep the widget's. The
 * described parts are out of the name (`aria-hidden`: a description still reads a hidden
 * element it names), so the name is the whole visible label (WCAG 2.5.3, axe's
 * label-content-name-mismatch).
 */
function renderOption(hit: SearchHit, index: number, ctx: OptionContext): TemplateResult {
  const { item } = hit;
  const tx = inScript(item, ctx.lang);
  const title = tx(displayTitle(item)) ?? item.id;
  const snippet = ctx.engine.snippet(item, hit.field, ctx.query, (text) => tx(text) ?? text);
  const lang = contentLang(item, ctx.lang);
  const id = `option-${index}`;
  return html`<div
    role="option"
    part="option"
    class="option"
    id=${id}
    data-index=${index}
    lang=${ifDefined(lang)}
    aria-labelledby="${id}-title"
    aria-describedby=${snippet ? `${id}-snippet ${id}-meta` : `${id}-meta`}
    aria-selected=${index === ctx.active ? 'true' : 'false'}
  >
    <span part="option-title" class="title" id="${id}-title">${marks(ctx.engine.highlight(title, ctx.query))}</span>
    ${snippet ? html`<span part="snippet" class="snippet" id="${id}-snippet" aria-hidden="true">${marks(snippet)}</span>` : nothing}
    <span class="meta" id="${id}-meta" lang=${ifDefined(lang ? ctx.lang : undefined)} aria-hidden="true">
      <span part="type" class="type">${ctx.m.types[item.type]}</span>
      ${renderDate(item.datePublished, ctx.lang)}
    </span>
  </div>`;
}

/** Segments as text with `<mark>`s, through Lit's escaping bindings: never HTML. */
const marks = (segments: HighlightSegment[]) =>
  segments.map((s) => (s.match ? html`<mark part="mark">${s.text}</mark>` : s.text));

export interface PopupOptions {
  results: Results | undefined;
  /** The listbox is displayed (there are options and the popup is open). */
  expanded: boolean;
  /** Shown instead of options: no results, loading, or why results cannot be shown. */
  message: string | undefined;
  ctx: OptionContext | undefined;
  onOptionClick: (event: MouseEvent) => void;
}

/**
 * The panel under the field. The listbox stays in the DOM, hidden, so `aria-controls` always
 * names an element. A press inside keeps the focus in the field (no blur, no closing).
 */
/* eslint-disable lit-a11y/click-events-have-key-events -- the listbox follows the APG combobox:
   keys stay on the input (aria-activedescendant), so only the pointer acts on the popup itself. */
export function renderPopup({
  results,
  expanded,
  message,
  ctx,
  onOptionClick,
}: PopupOptions): TemplateResult {
  return html`<div part="popup" class="popup" ?hidden=${!expanded && !message} @mousedown=${preventDefault}>
    <div
      part="listbox"
      class="listbox"
      id="listbox"
      role="listbox"
      tabindex="-1"
      aria-label=${ifDefined(ctx?.m.search.heading)}
      ?hidden=${!expanded}
      @click=${onOptionClick}
    >
      ${expanded && results && ctx ? renderOptions(results, ctx) : nothing}
    </div>
    ${message ? html`<p part="message" class="message">${message}</p>` : nothing}
  </div>`;
}
/* eslint-enable lit-a11y/click-events-have-key-events */

const preventDefault = (event: Event) => event.preventDefault();

/**
 * The field of `<mlo-search>`: its label, the input (the combobox, or a plain search field
 * with `target`), the clear button, the popup (search-views.ts) and, with `action`, the form
 * and its Search button. The handlers are the combobox's (combobox.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Lang, Messages } from '../../i18n/index.js';
import type { SearchEngine } from './load-engine.js';
import { describe, type Results } from './results.js';
import { renderPopup } from './search-views.js';

/** The popup's state and the field's event handlers: a `Combobox`. */
interface FieldBox {
  readonly open: boolean;
  readonly active: number;
  onFocus(event: FocusEvent): void;
  onInput(event: InputEvent): void;
  onKeydown(event: KeyboardEvent): void;
  onFocusOut(event: FocusEvent): void;
  onClear(): void;
  onSubmit(event: SubmitEvent): void;
  onOptionClick(event: MouseEvent): void;
}

interface FieldView {
  m: Messages;
  lang: Lang;
  /** `undefined` until it is loaded: the options then wait for it. */
  engine: SearchEngine | undefined;
  results: Results | undefined;
  /** Results cannot come: the popup says why. */
  failed: boolean;
  value: string;
  placeholder: string | undefined;
  /** The safe URL of `action`, or `undefined`. */
  action: string | undefined;
  /** A plain search field filtering a list (`target`), not the WAI-ARIA combobox. */
  plain: boolean;
  box: FieldBox;
}

export function renderField(view: FieldView): TemplateResult {
  const { m, action, engine, results, value: query, box } = view;
  const { open, active } = box;
  const combobox = !view.plain;
  const expanded = combobox && open && !!results?.shown.length;
  const popup = combobox
    ? renderPopup({
        results,
        expanded,
        message:
          open && !expanded ? describe(m, query, results, view.failed) || undefined : undefined,
        ctx: engine && { engine, query, lang: view.lang, m, active },
        onOptionClick: box.onOptionClick,
      })
    : nothing;
  const field = html`<label part="label" class="label" for="input">${m.search.label}</label>
      <div class="row">
      <div class="field" @focusout=${box.onFocusOut}>
        <input
          id="input"
          name=${ifDefined(action ? 'q' : undefined)}
          part="input"
          class="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          role=${ifDefined(combobox ? 'combobox' : undefined)}
          aria-autocomplete=${ifDefined(combobox ? 'list' : undefined)}
          aria-controls=${ifDefined(combobox ? 'listbox' : undefined)}
          aria-expanded=${ifDefined(combobox ? String(expanded) : undefined)}
          aria-activedescendant=${ifDefined(expanded && active >= 0 ? `option-${active}` : undefined)}
          placeholder=${view.placeholder ?? m.search.placeholder}
          .value=${live(query)}
          @focus=${box.onFocus}
          @input=${box.onInput}
          @keydown=${box.onKeydown}
        />
        ${
          query
            ? html`<button part="button clear-button" class="clear" type="button" aria-label=${m.search.clear} @click=${box.onClear}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
            </button>`
            : nothing
        }
        ${popup}
      </div>
      ${action ? html`<button part="button submit-button" class="button submit" type="submit">${m.search.submit}</button>` : nothing}
      </div>`;
  return action
    ? html`<form part="form" role="search" action=${action} method="get" @submit=${box.onSubmit}>${field}</form>`
    : field;
}

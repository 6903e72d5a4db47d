/**
 * The combobox of `<mlo-search>` as a reactive controller: whether the popup is open, the
 * active option, and what focus, typing, keys, a click on an option and the form do with them.
 * What a key does is keys.ts; this applies it. The handlers are arrow functions: Lit calls
 * event listeners with the element as `this`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MloSelectEvent } from '../../events.js';
import { safeUrl } from '../../internal/safe-url.js';
import { comboboxKey } from './keys.js';
import type { Results } from './results.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    value: string;
    target?: string;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };

export class Combobox implements ReactiveController {
  /** The popup is open (it shows when there is something in it). */
  open = false;
  /** The index of the active option, or -1. */
  active = -1;
  /** The active option at the last update: a new one is scrolled into view. */
  private shown = -1;

  /**
   * `results` are the host's on show; `use` runs when the field is focused or typed in (the
   * host loads its engine); `changed` when the text changed or the popup opened (announce).
   */
  constructor(
    private readonly host: Host,
    private readonly results: () => Results | undefined,
    private readonly use: () => void,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  /** Sets both, and updates the host when either changed (as its own `@state` would). */
  private set(open: boolean, active: number): void {
    if (open === this.open && active === this.active) return;
    this.open = open;
    this.active = active;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const { active, host } = this;
    if (active !== this.shown && active >= 0)
      host.renderRoot.querySelector(`#option-${active}`)?.scrollIntoView({ block: 'nearest' });
    this.shown = active;
  }

  private choose(index: number, originalEvent: Event): void {
    const hit = this.results()?.shown[index];
    if (!hit) return;
    this.set(false, -1);
    const select = new MloSelectEvent(hit.item, originalEvent);
    this.host.dispatchEvent(select);
    if (select.defaultPrevented) return;
    const url = safeUrl(hit.item.url ?? hit.item.externalUrl);
    if (url) window.location.href = url;
  }

  readonly onClear = (): void => {
    const { host } = this;
    host.value = '';
    this.set(false, -1);
    this.changed();
    host.renderRoot.querySelector<HTMLInputElement>('#input')?.focus();
  };

  readonly onFocus = (): void => {
    this.use();
    if (this.host.value.trim() && !this.open) {
      this.set(true, this.active);
      this.changed();
    }
  };

  readonly onInput = (event: InputEvent): void => {
    const { host } = this;
    this.use();
    host.value = (event.target as HTMLInputElement).value;
    this.set(host.value.trim() !== '', -1);
    this.changed();
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.host.renderRoot.contains(event.relatedTarget as Node | null)) this.set(false, -1);
  };

  readonly onOptionClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option) this.choose(Number(option.dataset.index), event);
  };

  /** Nothing to send: an empty field does not leave the page. */
  readonly onSubmit = (event: SubmitEvent): void => {
    if (!this.host.value.trim()) event.preventDefault();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const { open, active } = this;
    const { value, target } = this.host;
    const count = target ? 0 : (this.results()?.shown.length ?? 0);
    const hasText = value.trim() !== '';
    const action = comboboxKey(event.key, event.altKey, {
      count: hasText ? count : 0,
      expanded: !target && open && hasText,
      active,
      hasText: value !== '',
    });
    if (!action) return;
    if (action.do === 'caret') return this.set(open, -1);
    event.preventDefault();
    if (action.do === 'choose') return this.choose(action.active, event);
    if (action.do === 'clear') return this.onClear();
    this.set(action.do !== 'close', action.do === 'move' ? action.active : -1);
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long a new region stays empty before its first text: a live region inserted already
 * filled, or filled in the same task, is often not announced (assistive technologies pick up
 * changes to regions they already know). A later state change fills it at once.
 */
export const FIRST_FILL_DELAY = 150;

/**
 * One persistent, visually hidden `role="status"` region per widget, present from the first
 * render and filled after it: loading, error, stale and empty are announced from here once each,
 * while the visible notices are plain text (six widgets on a page no longer insert six live
 * regions at once). The region sits outside Lit's template, so no render replaces it.
 */
export class StatusRegion implements ReactiveController {
  readonly element: HTMLElement;
  private known = false;
  /** The next fill says its text again even when it has not changed (see `renew`). */
  private again = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly text: () => string,
  ) {
    this.element = document.createElement('div');
    this.element.setAttribute('role', 'status');
    this.element.setAttribute('part', 'status');
    this.element.className = 'visually-hidden';
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.known = true;
      this.fill();
    }, FIRST_FILL_DELAY);
  }

  hostUpdated(): void {
    if (this.known) this.fill();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.known = false;
    this.element.textContent = '';
  }

  /**
   * The next text is said again even when it is the same as before (a Retry that failed again):
   * a live region does not repeat itself, so the same words are varied invisibly.
   */
  renew(): void {
    this.again = true;
  }

  private fill(): void {
    const text = this.text();
    const current = this.element.textContent;
    const same = (current.endsWith(NBSP) ? current.slice(0, -1) : current) === text;
    const again = this.again && text !== '';
    this.again = false;
    if (same && !again) return;
    this.element.textContent = same && current === text ? `${text}${NBSP}` : text;
  }
}

const NBSP = '\u00a0';

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampDelay, MAX_DELAY_MS } from '../../util/delay.js';

export interface RotationOptions {
  /** Whether there is anything to rotate (the `rotate` attribute is on, two or more quotes). */
  enabled: () => boolean;
  /** Milliseconds a quote stays before the next. */
  delay: () => number;
  /** Shows the next quote. */
  advance: () => void;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * When a rotating quote moves on by itself, following the WAI-ARIA carousel pattern and WCAG 2.2.2
 * (Pause, Stop, Hide): it waits while the pointer is over the carousel, while focus is inside it,
 * while the page is hidden, and after the visitor pauses it. Under `prefers-reduced-motion: reduce`
 * it starts paused: nothing moves until the visitor presses Resume.
 */
export class RotationController implements ReactiveController {
  /** The visitor's choice (the pause/resume button), or the reduced-motion default. */
  paused = false;

  private hovered = false;
  private focused = false;
  private pageHidden = false;
  private chosen = false;
  private timer?: ReturnType<typeof setTimeout>;
  private motion?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RotationOptions,
  ) {
    host.addController(this);
  }

  /** Rotating on its own right now (the quote region is then `aria-live="off"`). */
  get playing(): boolean {
    return (
      this.options.enabled() && !this.paused && !this.hovered && !this.focused && !this.pageHidden
    );
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.pageHidden = document.hidden;
    this.motion = window.matchMedia?.(REDUCED_MOTION);
    this.motion?.addEventListener?.('change', this.handleMotion);
    if (!this.chosen) this.paused = this.motion?.matches ?? false;
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.motion?.removeEventListener?.('change', this.handleMotion);
    this.stop();
  }

  hostUpdated(): void {
    if (!this.playing) this.stop();
    else
      this.timer ??= setTimeout(
        () => {
          this.timer = undefined;
          if (this.playing) this.options.advance();
        },
        clampDelay(this.options.delay(), MAX_DELAY_MS),
      );
  }

  /** The pause/resume button. */
  toggle(): void {
    this.chosen = true;
    this.paused = !this.paused;
    this.host.requestUpdate();
  }

  /** The pointer entered or left the carousel. */
  hover(inside: boolean): void {
    this.hovered = inside;
    this.host.requestUpdate();
  }

  /** Focus entered or left the carousel. */
  focus(inside: boolean): void {
    this.focused = inside;
    this.host.requestUpdate();
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly handleVisibility = () => {
    this.pageHidden = document.hidden;
    this.host.requestUpdate();
  };

  /** Turning reduced motion on stops the rotation; turning it off does not restart it. */
  private readonly handleMotion = (event: MediaQueryListEvent) => {
    if (!event.matches) return;
    this.paused = true;
    this.host.requestUpdate();
  };
}

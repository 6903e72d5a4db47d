import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Milliseconds of quiet typing before the count is announced (and `mlo-search` fires). */
export const ANNOUNCE_DELAY = 300;

/**
 * The text of a `role="status"` region, updated only after typing pauses, so a screen reader
 * reads "5 results" once rather than after every keystroke. When the pause ends before there
 * is anything to say (the engine or the feed still loading), it waits for the host's next
 * update that has.
 */
export class Announcer implements ReactiveController {
  /** What the status region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;
  private waiting = false;
  /** A new text went into this update; `onAnnounced` runs once it is rendered. */
  private announced = false;

  /**
   * `compute` returns the text to announce, or `undefined` when it cannot be known yet;
   * `onAnnounced` runs after the render that shows a new text (the host fires its event there);
   * `interim` what to say while `compute` cannot tell yet (nothing by default).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly compute: () => string | undefined,
    private readonly onAnnounced: () => void = () => {},
    private readonly interim: () => string | undefined = () => undefined,
    private readonly delay = ANNOUNCE_DELAY,
  ) {
    host.addController(this);
  }

  /** Something changed: announce after the pause, replacing any announcement pending. */
  schedule(): void {
    clearTimeout(this.timer);
    this.waiting = false;
    this.timer = setTimeout(() => this.run(), this.delay);
  }

  /** Waiting for data: the update that brings it also renders the text (no second update). */
  hostUpdate(): void {
    if (this.waiting) this.run(false);
  }

  hostUpdated(): void {
    if (!this.announced) return;
    this.announced = false;
    this.onAnnounced();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.waiting = false;
  }

  private run(request = true): void {
    const text = this.compute();
    this.waiting = text === undefined;
    if (text === undefined) {
      // Something to say meanwhile ("Loading news…" for a slow feed), once, without `onAnnounced`.
      const meanwhile = this.interim();
      if (meanwhile && meanwhile !== this.text) {
        this.text = meanwhile;
        if (request) this.host.requestUpdate();
      }
      return;
    }
    // A live region does not repeat itself: vary the same text invisibly so it is read again.
    this.text = text && text === this.text ? `${text}\u00a0` : text;
    this.announced = true;
    if (request) this.host.requestUpdate();
  }
}

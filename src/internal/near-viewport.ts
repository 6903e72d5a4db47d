/**
 * When a widget far from the visible area should render its first items: once it comes within a
 * viewport of it (IntersectionObserver), or once the page is idle, whichever is first. A widget
 * below the fold then does its rendering when the visitor may soon see it, or when the partner's
 * page has nothing better to do, not in the middle of the page's load.
 *
 * A widget already near (or not laid out: hidden, in a closed `<details>`) renders at once, in
 * the same task: waiting for the observer's first answer would cost it a frame, in which its
 * skeleton would paint and then be replaced in view. Shifts a far widget causes when it renders
 * are out of view, so they do not count as layout shift.
 */
const IDLE_TIMEOUT_MS = 2_000;

/** Calls back once the page is idle (at most `IDLE_TIMEOUT_MS` late), or after a short timer. */
export type WhenIdle = (callback: () => void) => void;

const whenIdle: WhenIdle = (callback) =>
  typeof globalThis.requestIdleCallback === 'function'
    ? globalThis.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
    : setTimeout(callback, 200);

/**
 * Resolves at once for an element near the visible area (within a viewport's height of it); else
 * when it comes near, or when the page is idle, so `state` and `mlo-load` still come within a
 * couple of seconds for a widget nobody scrolls to. The caller checks its own abort signal after.
 */
export function nearViewport(element: Element, idle: WhenIdle = whenIdle): Promise<void> {
  const Observer = globalThis.IntersectionObserver;
  if (Observer === undefined || isNear(element)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve();
    };
    const observer = new Observer((entries) => entries.some((e) => e.isIntersecting) && done(), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    idle(done);
  });
}

/** Within a viewport's height of the visible area, or without a box to tell (hidden). */
function isNear(element: Element): boolean {
  const { top, bottom, width, height } = element.getBoundingClientRect();
  const viewport = globalThis.innerHeight;
  return (width === 0 && height === 0) || (bottom >= -viewport && top <= 2 * viewport);
}

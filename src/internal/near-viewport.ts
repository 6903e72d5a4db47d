/**
 * Resolves when `element` comes within a viewport's height of the visible area, or when the page
 * is idle, whichever is first: a widget below the fold renders its items when the visitor may
 * soon see it, not in the middle of the partner's page load. Until then it keeps its skeleton,
 * which is sized like the loaded widget, so nothing moves when the items replace it.
 */
const IDLE_TIMEOUT_MS = 2_000;

export function nearViewport(element: Element): Promise<void> {
  const Observer = globalThis.IntersectionObserver;
  if (Observer === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      if (typeof globalThis.cancelIdleCallback === 'function') globalThis.cancelIdleCallback(idle);
      else clearTimeout(idle);
      resolve();
    };
    const observer = new Observer(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) done();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    // Not near (or not shown at all): when the page has nothing better to do.
    const idle: number =
      typeof globalThis.requestIdleCallback === 'function'
        ? globalThis.requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS })
        : (setTimeout(done, 200) as unknown as number);
  });
}

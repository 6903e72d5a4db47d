/**
 * Gives the main thread back to the page for a moment: `scheduler.yield()` where the browser has
 * it (continuations run before other queued tasks), else a message to ourselves, which, unlike
 * `setTimeout`, is not clamped to 4 ms when nested nor to one second in a background tab.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * The first render of a widget whose feed is already in memory or on its way (the script-tag
 * loader's prefetch, another widget's request for the same URL): reading it starts before that
 * render, which waits a moment for it, so the widget draws its items in one pass instead of a
 * skeleton that is replaced a frame later: the skeleton's template, style, layout and paint were
 * main-thread work that showed nothing (bench/run.mjs, paint, #31). A feed still far away gets
 * the skeleton as before, only up to `FIRST_WAIT_MS` later; the partner stylesheet holds the
 * room meanwhile (no `state` attribute yet), and a server render never waits.
 */
import { feedStore } from '../feed/store.js';
import { feedUrl } from '../feed/urls.js';

/** How long the first render waits for a feed on its way before it draws the skeleton. */
export const FIRST_WAIT_MS = 100;

/** Whether the feed at `src` is in memory, being fetched, or prefetched on this page. */
export function feedOnItsWay(src: string): boolean {
  let url: string;
  try {
    url = feedUrl(src);
  } catch {
    return false;
  }
  const store = feedStore();
  return store.done.has(url) || store.inflight.has(url) || store.prefetched.has(url);
}

/** `loading`, or `FIRST_WAIT_MS`, whichever settles first; never rejects. */
export function waitBriefly(loading: Promise<unknown>, ms = FIRST_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    loading.then(done, done);
  });
}

import type { FeedItem } from '../../src/feed/types.js';

/** A JSON Feed 1.1 object from raw item objects. */
export const jsonFeed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Test newsroom',
  language: 'en',
  items,
  ...extra,
});

/** `count` dated articles, newest first by id: a-0 is newest. */
export const articles = (count: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: count }, (_, i) => ({
    id: `a-${i}`,
    url: `https://news.example/a-${i}`,
    title: `Article ${i}`,
    summary: `Summary of article ${i}`,
    content_text: `Body ${i}`,
    date_published: new Date(
      Date.UTC(2024, 0, 31 - (i % 30), 12) - Math.floor(i / 30) * 864e5 * 31,
    ).toISOString(),
    ...extra,
  }));

let sample: unknown;
/** The sample newsroom, fetched once from the test server. */
export async function sampleFeed(): Promise<unknown> {
  sample ??= await (await fetch('/demo/data/newsroom.json')).json();
  return structuredClone(sample);
}

export const ids = (items: FeedItem[]) => items.map((i) => i.id);

/** Waits until the element's `state` attribute is one of the given values. */
export async function untilState(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  ...states: string[]
) {
  for (let i = 0; i < 400; i++) {
    await el.updateComplete;
    if (states.includes(el.getAttribute('state') ?? '')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`state stayed ${el.getAttribute('state')}, expected ${states.join('/')}`);
}

/** The next event of a kind, typed from the global event map (`mlo-load` → MloLoadEvent). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), {
      once: true,
    }),
  );
}

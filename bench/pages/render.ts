/**
 * Browser side of the render benchmark (bundled by bench/run.mjs with esbuild, driven over
 * Playwright). `<mlo-news-list limit=N>` given `.feed`, against a vanilla-DOM baseline that builds
 * the same markup (the list's `renderItem`) into a shadow root carrying the list's own styles.
 * Exposes `window.bench`.
 */
import '../../src/define.js';

declare global {
  interface Window {
    gc?: () => void;
    bench: typeof bench;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

interface RawItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  date_published: string;
  image: string;
  _mlo: { type: string; image: { alt: string; width: number; height: number } };
}

const TYPES = ['article', 'article', 'article', 'statement', 'visit'];
const LABELS: Record<string, string> = { statement: 'Statement', visit: 'Visit' };

/** `count` items, newest first, every one with an image, a date and a summary. */
export function makeFeed(count: number) {
  const items: RawItem[] = Array.from({ length: count }, (_, i) => ({
    id: `n-${i}`,
    url: `https://news.example/items/${i}`,
    title: `Minister meets partners on regional cooperation, item ${i}`,
    summary: `Talks covered defence cooperation, training and joint exercises planned for next year (${i}).`,
    content_text: `Full text of item ${i}.`,
    date_published: new Date(Date.UTC(2025, 0, 1) - i * 36e5).toISOString(),
    image: `/img/${i % 50}.svg`,
    _mlo: { type: TYPES[i % TYPES.length], image: { alt: `Photo ${i}`, width: 600, height: 400 } },
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench newsroom',
    language: 'en',
    items,
  };
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** The vanilla baseline: the same elements, attributes and parts as `renderItem`, by hand. */
function renderVanilla(root: ShadowRoot, feed: ReturnType<typeof makeFeed>, limit: number): void {
  const list = document.createElement('div');
  list.setAttribute('part', 'feed');
  list.className = 'feed';
  list.setAttribute('role', 'feed');
  list.setAttribute('aria-label', 'News');
  list.setAttribute('aria-busy', 'false');
  const items = feed.items.slice(0, limit);
  items.forEach((item, index) => {
    const article = document.createElement('article');
    article.setAttribute('part', 'item');
    article.className = 'item';
    article.tabIndex = -1;
    article.setAttribute('aria-posinset', String(index + 1));
    article.setAttribute('aria-setsize', String(items.length));
    const id = `t-${index}`;
    article.setAttribute('aria-labelledby', id);
    const figure = document.createElement('figure');
    figure.setAttribute('part', 'figure');
    figure.className = 'figure';
    const img = document.createElement('img');
    img.setAttribute('part', 'image');
    img.className = 'image';
    img.src = new URL(item.image, location.href).href;
    img.alt = item._mlo.image.alt;
    img.width = item._mlo.image.width;
    img.height = item._mlo.image.height;
    img.loading = 'lazy';
    img.decoding = 'async';
    img.referrerPolicy = 'no-referrer';
    figure.append(img);
    const body = document.createElement('div');
    body.className = 'body';
    if (item._mlo.type !== 'article') {
      const type = document.createElement('span');
      type.setAttribute('part', 'type');
      type.className = 'type';
      type.textContent = LABELS[item._mlo.type] ?? item._mlo.type;
      body.append(type);
    }
    const heading = document.createElement('div');
    heading.setAttribute('part', 'title');
    heading.className = 'title';
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', '3');
    heading.id = id;
    const link = document.createElement('a');
    link.setAttribute('part', 'link');
    link.href = item.url;
    link.textContent = item.title;
    link.addEventListener('click', () => {});
    heading.append(link);
    const time = document.createElement('time');
    time.setAttribute('part', 'date');
    time.className = 'date';
    time.dateTime = item.date_published;
    time.textContent = dateFormat.format(new Date(item.date_published));
    const p = document.createElement('p');
    p.setAttribute('part', 'summary');
    p.className = 'summary';
    p.textContent = item.summary;
    body.append(heading, time, p);
    article.append(figure, body);
    list.append(article);
  });
  root.append(list);
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
const host = () => document.getElementById('host')!;

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

const feeds = new Map<number, ReturnType<typeof makeFeed>>();

const bench = {
  /** Builds the feed objects up front, so generating them is never timed. */
  prepare(sizes: number[]) {
    for (const n of sizes) feeds.set(n, makeFeed(n));
    return { memory: !!performance.memory, gc: typeof window.gc === 'function' };
  },
  heap(): number {
    window.gc?.();
    window.gc?.();
    return performance.memory?.usedJSHeapSize ?? NaN;
  },
  /** Empties the page between runs. */
  async clear() {
    host().replaceChildren();
    await frame();
    await frame();
  },
  /**
   * One render: `kind` is `mlo` or `vanilla`. Timed from setting `.feed` (or starting the DOM
   * build) to rendered: every item in the shadow root, a frame, forced layout. Heap after is
   * measured with a full GC, relative to the empty page before.
   */
  async render(kind: 'mlo' | 'vanilla', n: number) {
    await bench.clear();
    const feed = feeds.get(n) ?? makeFeed(n);
    const heapBefore = bench.heap();
    const seen = longTasks.length;
    let el: HTMLElement & { updateComplete?: Promise<boolean>; feed?: unknown; limit?: number };
    let t0: number;
    if (kind === 'mlo') {
      el = document.createElement('mlo-news-list');
      el.setAttribute('limit', String(n));
      host().append(el);
      await (el.updateComplete ?? Promise.resolve());
      await frame();
      t0 = performance.now();
      el.feed = feed;
      for (let i = 0; i < 100; i++) {
        await el.updateComplete;
        if (el.shadowRoot!.querySelectorAll('article').length >= n) break;
      }
    } else {
      el = document.createElement('div');
      const root = el.attachShadow({ mode: 'open' });
      const ctor = customElements.get('mlo-news-list') as unknown as {
        elementStyles: { styleSheet?: CSSStyleSheet }[];
      };
      root.adoptedStyleSheets = ctor.elementStyles.map((s) => s.styleSheet!).filter(Boolean);
      host().append(el);
      await frame();
      t0 = performance.now();
      renderVanilla(root, feed, n);
    }
    await frame();
    void el.shadowRoot!.firstElementChild?.getBoundingClientRect();
    void document.body.offsetHeight;
    const ms = performance.now() - t0;
    const articles = el.shadowRoot!.querySelectorAll('article').length;
    // Long-task entries arrive after the task ends: give the observer a moment.
    await new Promise((r) => setTimeout(r, 150));
    const tasks = longTasks.slice(seen).filter((t) => t.startTime + t.duration >= t0);
    const heapAfter = bench.heap();
    return {
      ms,
      articles,
      heapBytes: heapAfter - heapBefore,
      longTasks: tasks.length,
      longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    };
  },
};
window.bench = bench;

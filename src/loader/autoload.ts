/**
 * Loads each element's code the first time its tag appears in the document, the way Shoelace's
 * autoloader does: the script-tag loader (src/cdn.ts, src/cdn-classic.ts) is this, a list of
 * tags and the feed prefetch, so a page with one news list downloads the news list and the code
 * the elements share, nothing else. Each module registers its element itself (through
 * `defineElement`), and the browser upgrades every instance already in the page.
 *
 * What it sees: the tags in the document when it starts, and any later insertion into the
 * document (one `MutationObserver` on the whole tree, disconnected once every tag has loaded).
 * Inside another component's shadow root it sees nothing; such pages import the element's own
 * entry, or the one-file build, which registers every element.
 */

/** How to load one tag's code; resolves once the element is registered. */
export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Resolves once `tag`'s code has loaded (at once if the tag was taken); never rejects. */
  loaded(tag: string): Promise<void>;
}

export interface AutoloadOptions {
  /** Called for each element of a known tag found before its tag is defined (the prefetch). */
  found?: (element: Element) => void;
}

export function autoload(loaders: Loaders, options: AutoloadOptions = {}): Autoloader {
  const registry = globalThis.customElements;
  const doc = globalThis.document;
  const tags = Object.keys(loaders);
  const waiting = new Map<string, { promise: Promise<void>; done: () => void }>();
  const loading = new Set<string>();
  const loadedCount = () => tags.filter((tag) => registry?.get(tag) !== undefined).length;
  const wait = (tag: string) => {
    let entry = waiting.get(tag);
    if (!entry) {
      let done!: () => void;
      const promise = new Promise<void>((resolve) => (done = resolve));
      waiting.set(tag, (entry = { promise, done }));
    }
    return entry;
  };
  const api: Autoloader = {
    loaded: (tag) =>
      registry === undefined || registry.get(tag) !== undefined
        ? Promise.resolve()
        : wait(tag).promise,
  };
  if (registry === undefined || doc === undefined || tags.length === 0) return api;
  const selector = tags.join(',');

  const start = (tag: string): void => {
    if (loading.has(tag)) return;
    if (registry.get(tag) !== undefined) return wait(tag).done();
    loading.add(tag);
    loaders[tag]().then(
      () => {
        wait(tag).done();
        if (loadedCount() === tags.length) observer.disconnect();
      },
      (error: unknown) => {
        // A failed chunk (offline, a CDN hiccup): say so, and try again on the next insertion
        // (not at once for the elements already there, which would retry in a loop).
        console.warn(`mlo-newsroom: could not load <${tag}>`, error);
        loading.delete(tag);
      },
    );
  };

  const visit = (element: Element): void => {
    const tag = element.localName;
    if (!tags.includes(tag)) return;
    if (registry.get(tag) === undefined) options.found?.(element);
    start(tag);
  };
  const scan = (root: Element | Document): void => {
    if (root.nodeType === 1) visit(root as Element);
    for (const element of root.querySelectorAll(selector)) visit(element);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
  });
  observer.observe(doc, { childList: true, subtree: true });
  scan(doc);
  return api;
}

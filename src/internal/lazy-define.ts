/**
 * Loads an element's module the first time its tag appears in the document, the way Shoelace's
 * autoloader does: the script-tag build uses it for `<mlo-search>`, so a page with only a news
 * list never downloads the search box. The module registers the element itself (through
 * `defineElement`), and the browser upgrades every instance already in the page.
 *
 * What it sees: the tag in the document when the script runs, and any later insertion into the
 * document (a `MutationObserver` on the whole tree, disconnected once the module is in). Inside
 * another component's shadow root it sees nothing; such pages import the element's own entry.
 */

/** What `lazyDefine` is waiting for, so tests and callers can tell loading from idle. */
export interface LazyDefinition {
  /** Resolves when the module has loaded (or the tag was already taken); never rejects. */
  readonly loaded: Promise<void>;
}

export function lazyDefine(tag: string, load: () => Promise<unknown>): LazyDefinition {
  const registry = globalThis.customElements;
  const doc = globalThis.document;
  if (registry === undefined || doc === undefined || registry.get(tag) !== undefined) {
    return { loaded: Promise.resolve() };
  }

  let done!: () => void;
  const loaded = new Promise<void>((resolve) => (done = resolve));
  let observer: MutationObserver | undefined;
  let loading = false;

  const start = (): void => {
    if (loading) return;
    loading = true;
    observer?.disconnect();
    load().then(done, (error: unknown) => {
      // A failed chunk (offline, a CDN hiccup): say so, and try again on the next insertion
      // (not at once for the elements already there, which would retry in a loop).
      console.warn(`mlo-newsroom: could not load <${tag}>`, error);
      loading = false;
      observe();
    });
  };

  const found = (nodes: NodeList): boolean => {
    for (const node of nodes) {
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.localName === tag || element.getElementsByTagName(tag).length > 0) return true;
    }
    return false;
  };

  const observe = (): void => {
    observer ??= new MutationObserver((records) => {
      if (records.some((record) => found(record.addedNodes))) start();
    });
    observer.observe(doc, { childList: true, subtree: true });
  };

  if (doc.getElementsByTagName(tag).length > 0) start();
  else observe();
  return { loaded };
}

/**
 * What both script-tag loaders run (src/cdn.ts as a module, src/cdn-classic.ts as a classic
 * script): the autoloader over every element, fetching each element's chunk and the chunks it
 * imports side by side, and the feed prefetch. `__MLO_CHUNKS__` is written in by the build
 * (scripts/build.mjs, step loaders) from the elements build's manifest: tag → [its chunk, what it imports],
 * relative to the loader's own URL.
 */
import { prefetchFeed } from '../feed/prefetch.js';
import { autoload } from './autoload.js';

declare const __MLO_CHUNKS__: Record<string, readonly string[]>;
/** The Serbian language pack's chunk (src/i18n/serbian.ts), relative to the loader too. */
declare const __MLO_SERBIAN__: string;

/** Starts the loader; `base` is the URL the files in `__MLO_CHUNKS__` are relative to. */
export function start(base: string): void {
  const loaders = Object.fromEntries(
    Object.entries(__MLO_CHUNKS__).map(([tag, files]) => [
      tag,
      () => {
        // All at once: the element's chunk and the shared chunk download side by side instead
        // of one after the other (the module map fetches and runs each URL once).
        const imports = files.map((file) => import(/* @vite-ignore */ new URL(file, base).href));
        for (const other of imports.slice(1)) other.catch(() => {});
        return imports[0];
      },
    ]),
  );
  let serbian = false;
  autoload(loaders, {
    found(element) {
      // A widget that speaks Serbian fetches its language pack before it renders: started here,
      // it comes beside the element's code rather than after it.
      const lang = element.closest('[lang]:not([lang=""])')?.getAttribute('lang');
      if (!serbian && /^sr\b/i.test(lang ?? document.documentElement.lang)) {
        serbian = true;
        import(/* @vite-ignore */ new URL(__MLO_SERBIAN__, base).href).catch(() => {});
      }
      const src = element.getAttribute('src');
      // Inline data wins over `src` when the element reads it: nothing to fetch then.
      if (src && !element.querySelector(':scope > script[type="application/json"]'))
        prefetchFeed(src);
    },
  });
}

/**
 * The Serbian language pack: the Serbian Latin catalog, the Cyrillic one derived from it, and
 * transliteration. A page whose widgets speak English never downloads it (language-pack.ts
 * loads it); a Serbian page loads it before its widgets' first render. No side effects.
 */
import type { Messages } from './messages.js';
import { srLatn } from './messages/sr-latn.js';
import { latinToCyrillic } from './translit.js';

export { latinToCyrillic, toScript } from './translit.js';

export const latin: Messages = srLatn;

/**
 * Names kept in Latin in the Cyrillic catalog, like the acronyms beside them (JSON, RSS): the
 * feed format "Atom" is a name, not the word "атом".
 */
const CATALOG_KEEP: readonly string[] = ['Atom'];

/** Private-use characters stand in for string arguments while a message is transliterated. */
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER = /[\ue000-\ue0ff]/gu;

/**
 * The Cyrillic twin of a Serbian Latin catalog. Functions are wrapped: string arguments (a search
 * query, a formatted date, a name) are masked so only the message's own words are converted, never
 * what the caller passes in. Numbers and detail objects pass through to pick plural forms.
 */
function deriveCyrillic<T>(value: T): T {
  if (typeof value === 'string') return latinToCyrillic(value, { keep: CATALOG_KEEP }) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => string;
    return ((...args: unknown[]) => {
      const strings: string[] = [];
      const masked = args.map((arg) => {
        if (typeof arg !== 'string') return arg;
        strings.push(arg);
        return String.fromCharCode(PLACEHOLDER_BASE + strings.length - 1);
      });
      return latinToCyrillic(fn(...masked), { keep: CATALOG_KEEP }).replace(
        PLACEHOLDER,
        (ch) => strings[ch.charCodeAt(0) - PLACEHOLDER_BASE] ?? '',
      );
    }) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, deriveCyrillic(entry)]),
    ) as T;
  }
  return value;
}

/** The Cyrillic catalog, derived on first use: a page that never speaks Cyrillic skips the work. */
let cyrillicCatalog: Messages | undefined;
export function cyrillic(): Messages {
  return (cyrillicCatalog ??= deriveCyrillic(srLatn));
}

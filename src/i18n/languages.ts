/**
 * The languages the widgets speak and how a BCP 47 tag from a page or a feed maps onto them.
 * Plain functions: no DOM, no Lit.
 */

/** A supported UI language: English, Serbian in Latin script, Serbian in Cyrillic script. */
export type Lang = 'en' | 'sr-Latn' | 'sr-Cyrl';

export const LANGS: readonly Lang[] = ['en', 'sr-Latn', 'sr-Cyrl'];

/** What a widget speaks when nothing on the page says otherwise, or says something unsupported. */
export const DEFAULT_LANG: Lang = 'en';

/** The script a Serbian tag names explicitly; `undefined` when the tag does not say. */
export type SerbianScript = 'Latn' | 'Cyrl';

/** Splits a tag into lower-cased subtags; accepts `_` as a separator (`sr_RS` from POSIX locales). */
function subtags(tag: string): string[] {
  return tag.trim().toLowerCase().split(/[-_]/).filter(Boolean);
}

/** True when the tag's primary language is Serbian (`sr`, `sr-Latn`, `sr-RS`, ...). */
export function isSerbian(tag: string | null | undefined): boolean {
  return typeof tag === 'string' && subtags(tag)[0] === 'sr';
}

/**
 * The script subtag of a Serbian tag, wherever it sits (`sr-Latn-RS` and the non-canonical
 * `sr-RS-Latn` both name Latin). `undefined` for non-Serbian tags and for tags without a script.
 */
export function serbianScript(tag: string | null | undefined): SerbianScript | undefined {
  if (!isSerbian(tag)) return undefined;
  const parts = subtags(tag as string).slice(1);
  if (parts.includes('latn')) return 'Latn';
  if (parts.includes('cyrl')) return 'Cyrl';
  // The legacy POSIX modifier `sr_RS@latin` names Latin too.
  if (parts.some((part) => part.endsWith('@latin'))) return 'Latn';
  return undefined;
}

/**
 * Maps a BCP 47 tag onto a supported language, case-insensitively; `undefined` when unsupported.
 *
 * - `en`, `en-GB`, `en-US`, ... → `en`.
 * - `sr-Latn`, `sr-Latn-RS`, `sr-RS-Latn`, `sr_RS@latin` → `sr-Latn`; `sr-Cyrl*` → `sr-Cyrl`.
 * - Bare `sr`, `sr-RS`, `sr-ME`, `sr-BA`: CLDR's likely-subtags data gives Serbian the default
 *   script Cyrillic (`sr` → `sr-Cyrl-RS`, also for Montenegro and Bosnia), so they map to `sr-Cyrl`.
 *   That is also what the Constitution of Serbia names as the official script.
 * - `sh` (deprecated Serbo-Croatian), `bs`, `hr`, `cnr`: distinct languages or ambiguous; they map
 *   to `undefined` and the caller falls back (no guessing which script or variant they meant).
 */
export function matchLang(tag: string | null | undefined): Lang | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = subtags(tag)[0];
  if (primary === 'en') return 'en';
  if (primary !== 'sr') return undefined;
  return serbianScript(tag) === 'Latn' ? 'sr-Latn' : 'sr-Cyrl';
}

/**
 * The locale handed to `Intl` for a language. English uses `en-GB`: day-month-year order like the
 * Serbian versions ("17 July 2019", "17/07/2019"), which a Serbian audience reads without the
 * US month-first ambiguity, and the British spelling NATO itself writes in.
 * Serbian names its region so every engine picks the Serbian (ekavian) data, not another variant.
 */
export function intlLocale(lang: Lang): string {
  switch (lang) {
    case 'en':
      return 'en-GB';
    case 'sr-Latn':
      return 'sr-Latn-RS';
    case 'sr-Cyrl':
      return 'sr-Cyrl-RS';
  }
}

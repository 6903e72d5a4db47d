/**
 * Which languages are here. English is always (it is the fallback); Serbian, both scripts, is a
 * pack of its own (serbian.ts: its catalog and transliteration, about a third of the language
 * layer), fetched once by the first widget that speaks it and awaited before that widget's first
 * render, so no widget shows English first and then Serbian. The server, which renders every
 * language in one synchronous pass, installs it up front (`useSerbian`).
 */
import type * as Serbian from './serbian.js';
import type { Lang } from './languages.js';

let pack: typeof Serbian | undefined;
let pending: Promise<void> | undefined;

/** The Serbian pack, once loaded. */
export const serbianPack = (): typeof Serbian | undefined => pack;

/** Installs the Serbian pack at once (the server, and anything that imports it statically). */
export function useSerbian(serbian: typeof Serbian): void {
  pack = serbian;
}

/**
 * `undefined` when `lang` can be spoken now; else the promise of its pack. It never rejects: when
 * the pack cannot be fetched the widget speaks English (the next widget tries again).
 */
export function languageReady(lang: Lang): Promise<void> | undefined {
  if (lang === 'en' || pack) return undefined;
  return (pending ??= import('./serbian.js').then(useSerbian, () => {
    pending = undefined;
  }));
}

/**
 * Transliteration as the widgets call it: through the Serbian pack (language-pack.ts), which a
 * widget that speaks Serbian has loaded before it renders. English needs none of it; text for a
 * Serbian widget whose pack failed to load stays as written.
 */
import { serbianPack } from './language-pack.js';
import type { Lang } from './languages.js';
import type { TranslitOptions } from './translit.js';

/** `toScript` of translit.ts: feed text in the script of the UI. */
export function toScript(
  text: string,
  sourceLang: string | null | undefined,
  targetLang: Lang,
  options?: TranslitOptions,
): string {
  const pack = targetLang === 'en' ? undefined : serbianPack();
  return pack ? pack.toScript(text, sourceLang, targetLang, options) : text;
}

/** `latinToCyrillic` of translit.ts, for the widgets' own Serbian words (dates). */
export function latinToCyrillic(text: string): string {
  return serbianPack()?.latinToCyrillic(text) ?? text;
}

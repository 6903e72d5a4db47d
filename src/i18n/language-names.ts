/**
 * A language named in itself ("Srpski", "Српски", "Deutsch"), as a language switcher names it:
 * a reader looks for their own language's name, whatever the page is in. Ours are fixed (the
 * script is the difference between the two Serbians); others come from `Intl.DisplayNames`.
 */
import { matchLang } from './languages.js';

const OURS: Record<string, string> = { en: 'English', 'sr-Latn': 'Srpski', 'sr-Cyrl': 'Српски' };

/** The language's own name, capitalized; the tag itself when the engine does not know it. */
export function languageName(tag: string): string {
  const ours = matchLang(tag);
  // A bare `sr` is Cyrillic for matchLang, but a feed's `sr` item names no script: say Serbian.
  if (ours && (ours === 'en' || /-(latn|cyrl)\b/i.test(tag))) return OURS[ours];
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name.toLowerCase() !== tag.toLowerCase())
      return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // An engine without DisplayNames, or a tag it refuses: the tag is still a name.
  }
  return tag;
}

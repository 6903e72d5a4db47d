/** Numbers and plural forms for the message catalogs, through `Intl` with cached instances. */
import { intlLocale, type Lang } from './languages.js';

/**
 * The forms of a counted phrase; `#` stands for the formatted number. English uses `one` and
 * `other`; Serbian also `few` (2–4, 22–24, ... but not 12–14): "1 rezultat", "2 rezultata",
 * "5 rezultata", "21 rezultat". A missing form falls back to `other`.
 */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** The CLDR plural category of `n` in `lang` ("one", "few", "other", ...). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/** A number as the language writes it ("1,234.5" in English, "1.234,5" in Serbian). */
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/** Picks the plural form of `n` and puts the formatted number in place of `#`. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const form = forms[pluralCategory(lang, n)] ?? forms.other;
  return form.replaceAll('#', formatNumber(lang, n));
}

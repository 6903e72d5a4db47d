/**
 * Numbers and plural forms for the message catalogs, written out for our three languages rather
 * than through `Intl.PluralRules` / `Intl.NumberFormat`: the first `Intl` object a page creates
 * loads the engine's locale data, one 50–100 ms task at 4× CPU (measured for dates by
 * `npm run bench -- --only dates`; any kind of `Intl` object pays it first),
 * which a rotating quote or the first search announcement would otherwise pay. The rules are
 * CLDR's for `en` and `sr`; tests check them against `Intl` for 0–1,000 and for decimals.
 */
import type { Lang } from './languages.js';

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

/**
 * The CLDR plural category of `n`: English has `one` (exactly 1) and `other`; Serbian reads the
 * integer digits, or the fraction digits when there are any: `one` ends in 1 but not 11, `few`
 * ends in 2–4 but not 12–14, else `other` ("1 rezultat", "3 rezultata", "11 rezultata").
 */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  if (!Number.isFinite(n)) return 'other';
  const [int = '0', fraction = ''] = String(Math.abs(n)).split('.');
  if (lang === 'en') return int === '1' && fraction === '' ? 'one' : 'other';
  const ends = (digits: string, mod10: number[], not100: number[]) => {
    const last2 = Number(digits.slice(-2));
    return mod10.includes(last2 % 10) && !not100.includes(last2);
  };
  const digits = fraction === '' ? int : fraction;
  if (ends(digits, [1], [11])) return 'one';
  if (ends(digits, [2, 3, 4], [12, 13, 14])) return 'few';
  return 'other';
}

/** A number as the language writes it, at most one decimal: "1,234.5" in English, "1.234,5" in Serbian. */
export function formatNumber(lang: Lang, n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const [int = '0', fraction = '0'] = Math.abs(n).toFixed(1).split('.');
  const sign = n < 0 && (int !== '0' || fraction !== '0') ? '-' : '';
  return `${sign}${groupThousands(int, group)}${fraction === '0' ? '' : decimal + fraction}`;
}

/** "1234567" → "1,234,567": a loop (the lookahead pattern it replaces rescanned the digits). */
function groupThousands(digits: string, separator: string): string {
  if (!/^\d+$/.test(digits)) return digits; // 1e+21 and up
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** "A", "A and B", "A, B and C" (en-GB), "A, B i C" / "A, B и C" (Serbian), as CLDR writes lists. */
export function formatList(lang: Lang, items: readonly string[]): string {
  const and = lang === 'en' ? 'and' : lang === 'sr-Cyrl' ? 'и' : 'i';
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Picks the plural form of `n` and puts the formatted number in place of `#`. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const form = forms[pluralCategory(lang, n)] ?? forms.other;
  return form.replaceAll('#', formatNumber(lang, n));
}

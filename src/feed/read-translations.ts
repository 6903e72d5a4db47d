/**
 * `_mlo.translations`: the other language versions of an item, each `{ language, id }` (another
 * item of the feed) or `{ language, url }` (a page elsewhere), or both (the id wins when the
 * feed has that item). Read forgivingly: a bad entry is reported and left out, never the item.
 */
import * as read from './read-fields.js';
import { quote } from './read-values.js';
import type { Translation } from './types.js';

/** A statement is rarely in more than a handful of languages; a list past this is cut. */
export const MAX_TRANSLATIONS = 50;

export function readTranslations(
  ext: read.Json,
  report: read.Report,
  base: string | undefined,
): Translation[] {
  const out: Translation[] = [];
  const seen = new Set<string>();
  read.list(ext, 'translations', report, MAX_TRANSLATIONS).forEach((entry, i) => {
    const at: read.Report = (field, problem) =>
      report(`translations[${i}]${field ? `.${field}` : ''}`, problem);
    if (!read.isObject(entry)) return at('', `${quote(entry)} is not a translation object`);
    const language = read.language(entry, 'language', at);
    const id = readId(entry, at);
    const url = read.url(entry, 'url', at, base);
    if (!language) return at('', 'has no language and is left out');
    if (id === undefined && url === undefined) return at('', 'has no id or url and is left out');
    const key = language.toLowerCase();
    if (seen.has(key)) return at('language', `"${language}" is named twice: the first is kept`);
    seen.add(key);
    out.push({ language, ...(id !== undefined ? { id } : {}), ...(url ? { url } : {}) });
  });
  return out;
}

/**
 * The item's list less what cannot be another version of it: itself, and its own language
 * (a translation is in another language; `sr-Latn` and `sr-Cyrl` are two).
 */
export function ownTranslations(
  list: Translation[] | undefined,
  item: { id: string; language?: string },
  report: read.Report,
): Translation[] {
  const own = item.language?.toLowerCase();
  return (list ?? []).filter((entry) => {
    const at = '_mlo.translations';
    if (entry.id === item.id) report(at, `"${entry.language}" names the item itself: left out`);
    else if (entry.language.toLowerCase() === own)
      report(at, `"${entry.language}" is the item's own language: left out`);
    else return true;
    return false;
  });
}

/** A string or a number, as an item's own id is read (read-item.ts). */
function readId(raw: read.Json, report: read.Report): string | undefined {
  const value = read.field(raw, 'id');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() && value.length <= read.MAX_URL)
    return value.trim();
  if (value !== undefined && value !== null) report('id', `${quote(value)} is not a usable id`);
  return undefined;
}

/**
 * The part of `<mlo-search>` that is loaded on first use: the search engine (`src/search`) and
 * the matched-text snippets built with it. `search.ts` reaches this module only through
 * `import()`, so a bundler puts it, with the whole engine, in a chunk of its own that a page
 * fetches only when a visitor focuses the field or types.
 */
import type { FeedItem } from '../../feed/types.js';
import {
  SEARCH_FIELDS,
  SearchIndex,
  highlight,
  type HighlightSegment,
  type SearchField,
} from '../../search/index.js';
import { forEachField } from '../../search/fields.js';

export { SearchIndex, highlight, type HighlightSegment };
export { ArchiveSearch } from '../../search/archive.js';
export { recordItem } from './target-items.js';
export { fetchJson } from '../../feed/fetch-json.js';
export type { SearchHit } from '../../search/index.js';

/** Characters of context kept before the first match, and the most a snippet shows. */
const BEFORE = 40;
const LENGTH = 140;

/**
 * Where a hit matched when that is not its title: the matched name, tag or place whole, or a
 * window of the summary, quote or body around the first match, with the matches marked.
 * `tx` puts feed text in the widget's script; highlighting runs on that display text (the fold
 * maps Cyrillic and Latin to one form, so a Latin query marks Cyrillic text and back).
 */
export function snippet(
  item: FeedItem,
  field: SearchField,
  query: string,
  tx: (text: string) => string,
): HighlightSegment[] | undefined {
  if (field === 'title') return undefined;
  const bit = 1 << SEARCH_FIELDS.indexOf(field);
  let found: HighlightSegment[] | undefined;
  forEachField(item, (text, fieldBit) => {
    if (found || fieldBit !== bit) return;
    const segments = highlight(tx(text), query);
    if (segments.some((s) => s.match)) found = segments;
  });
  return found && clip(found);
}

/** The segments cut to a window around the first match, with ellipses where text was cut. */
function clip(segments: HighlightSegment[]): HighlightSegment[] {
  const text = segments.map((s) => s.text).join('');
  if (text.length <= LENGTH) return segments;
  let first = 0;
  for (const s of segments) {
    if (s.match) break;
    first += s.text.length;
  }
  let from = Math.max(0, first - BEFORE);
  if (from > 0) from = nextWordStart(text, from, first);
  let to = Math.min(text.length, from + LENGTH);
  if (to < text.length) to = previousWordEnd(text, to, first + 1);

  const out: HighlightSegment[] = [];
  let at = 0;
  for (const s of segments) {
    const start = Math.max(at, from);
    const end = Math.min(at + s.text.length, to);
    if (start < end) out.push({ text: s.text.slice(start - at, end - at), match: s.match });
    at += s.text.length;
  }
  if (from > 0) out.unshift({ text: '…', match: false });
  if (to < text.length) out.push({ text: '…', match: false });
  return out;
}

/** The start of the first whole word at or after `from`, never past `limit`. */
function nextWordStart(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? from : from + space + 1;
}

/** The end of the last whole word before `to`, never before `limit`. */
function previousWordEnd(text: string, to: number, limit: number): number {
  const space = text.lastIndexOf(' ', to);
  return space > limit ? space : to;
}

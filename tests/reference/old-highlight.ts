// src/search/highlight.ts as it was before #31 made it faster, unchanged but for its imports: the oracle
// that tests/hostile/same-results.test.ts compares the new code with. Not shipped.
import { typoDistance } from '../../src/search/distance.js';
import { foldWithMap } from './old-fold.js';
import { forEachWord, tokenize } from './old-tokenize.js';

/** A piece of the original text; `match` marks what the query matched. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into segments that concatenate back to exactly `text`, marking the spans the
 * query matched by the same rules as `SearchIndex`: a whole word, the start of a word (only
 * the typed part is marked), or a word within the typo tolerance (the whole word is marked).
 * Matching runs on folded text and maps back through the fold's offset map, so "Вучић" is
 * marked for `vucic` and "Đokoviću" shows "Đoković" marked for `djokovic`.
 * Plain strings in and out: render `text` through an escaping binding, never as HTML.
 */
export function highlight(text: string, query: string): HighlightSegment[] {
  if (!text) return [];
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return [{ text, match: false }];
  const { folded, start, end } = foldWithMap(text);
  const segments: HighlightSegment[] = [];
  let done = 0; // original index up to which segments are emitted
  forEachWord(folded, (s, e) => {
    let marked = 0; // folded units marked from s
    for (const word of words) {
      if (word.length <= e - s && folded.startsWith(word, s)) {
        marked = Math.max(marked, word.length);
      } else if (marked < e - s && typoDistance(word, folded.slice(s, e)) > 0) {
        marked = e - s;
      }
    }
    if (marked === 0) return;
    const from = start[s];
    const to = end[s + marked - 1];
    if (from > done) segments.push({ text: text.slice(done, from), match: false });
    segments.push({ text: text.slice(from, to), match: true });
    done = to;
  });
  if (done < text.length) segments.push({ text: text.slice(done), match: false });
  return segments;
}

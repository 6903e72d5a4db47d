/**
 * Where transliteration must not touch the text: URLs, e-mail addresses and domain names, found
 * by scanning, not by searching with regular expressions. The patterns this replaces were
 * searched with `matchAll`, which tries every start position; on long runs of letters, dots or
 * `%-` they rescanned the rest of the run from each and took seconds (#12). Here every character
 * is looked at a bounded number of times: the text is cut into tokens (runs without whitespace,
 * `<`, `>` or `"`), and each token is read left to right once.
 *
 * What is kept (the same as before):
 * - a URL: `scheme://…`, `www.…`, `mailto:…`, `tel:…`, from there to the end of the token;
 * - an e-mail address: `local@domain.tld` (the local part: letters, digits, `._%+-`);
 * - a domain name ending in a common TLD (`nato.int`, `mod.gov.rs`), with its `/path`, where it
 *   does not follow a letter, digit, `@`, `.`, `/` or `-`.
 */
import { ASCII_LETTER, is, LABEL, LETTER_OR_DIGIT, LOCAL, SCHEME } from './kinds.js';

const TLDS = new Set([
  'com',
  'org',
  'net',
  'int',
  'gov',
  'mil',
  'edu',
  'eu',
  'info',
  'io',
  'rs',
  'срб',
  'me',
  'ba',
  'hr',
  'mk',
  'si',
]);
const URL_STARTS = ['://', 'www.', 'mailto:', 'tel:'];

const isLetterOrDigit = (code: number): boolean => is(code, LETTER_OR_DIGIT);
const isLabelChar = (code: number): boolean => is(code, LABEL);
const isLocalChar = (code: number): boolean => is(code, LOCAL);

/** A token: a run without whitespace, `<`, `>` or `"`. */
const TOKEN = /[^\s<>"]+/g;
/** Every URL, address and domain holds one of these; most words of prose hold none. */
const LINK_MARK = /[@.:]/;

/** [start, end) ranges of `text` that are URLs, addresses or domains; they may overlap. */
export function linkRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (LINK_MARK.test(match[0]))
      tokenRanges(text, match.index, match.index + match[0].length, ranges);
  }
  return ranges;
}

function tokenRanges(text: string, start: number, end: number, out: [number, number][]): void {
  // Addresses and domains are looked for in the whole token, a URL's too: ranges may overlap
  // (`a@www.b`), and the caller merges them.
  const url = urlStart(text, start, end);
  let i = start;
  while (i < end) {
    // An address starts where a run of local characters does, a domain where a run of label
    // characters does: elsewhere nothing is looked for.
    const before = text.charCodeAt(i - 1); // NaN at the start: nothing
    const code = text.charCodeAt(i);
    const found =
      (isLocalChar(code) && !isLocalChar(before) ? email(text, i, end) : undefined) ??
      (isLabelChar(code) && !isLabelChar(before) ? domain(text, i, end, end) : undefined);
    if (found) {
      out.push(found);
      i = found[1];
    } else i++;
  }
  if (url !== undefined) out.push([url, end]);
}

/** Where the first URL in the token starts, if any. */
function urlStart(text: string, start: number, end: number): number | undefined {
  const lower = text.slice(start, end).toLowerCase();
  let best: number | undefined;
  for (const marker of URL_STARTS) {
    // Each occurrence in turn: `://a://b` has its URL at the second. A scheme never holds `:` or
    // `/`, so the scans to the left never cross an earlier marker: linear in the token.
    for (
      let at = lower.indexOf(marker);
      at >= 0 && (best === undefined || start + at < best);
      at = lower.indexOf(marker, at + 1)
    ) {
      // Something must follow the marker: `http://` alone is not a URL.
      if (start + at + marker.length >= end) break;
      let from = start + at;
      if (marker === '://') {
        // The scheme: the whole run of scheme characters before `://`, starting with a letter.
        while (from > start && is(text.charCodeAt(from - 1), SCHEME)) from--;
        if (from === start + at || !is(text.charCodeAt(from), ASCII_LETTER)) continue;
      }
      best = from;
      break;
    }
  }
  return best;
}

/** An e-mail address starting exactly at `i`, the start of a run of local characters. */
function email(text: string, i: number, limit: number): [number, number] | undefined {
  let at = i;
  while (at < limit && isLocalChar(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 64) return undefined;
  const count = labels(text, at + 1, limit);
  return count ? [i, ends[count - 1]] : undefined;
}

/**
 * A domain name with a known TLD starting exactly at `i`, the start of a run of label characters,
 * with its path to the token's end.
 */
function domain(
  text: string,
  i: number,
  limit: number,
  tokenEnd: number,
): [number, number] | undefined {
  const before = text.charCodeAt(i - 1);
  if (before === 64 || before === 46 || before === 47) return undefined; // after `@./`
  const count = labels(text, i, limit);
  // The longest run of labels whose last label is a known TLD, not followed by a letter or digit.
  for (let k = count - 1; k >= 1; k--) {
    const labelStart = ends[k - 1] + 1;
    const labelEnd = ends[k];
    // The TLD is a prefix of the label (2 to 4 characters) ending before a non-letter, non-digit.
    for (let tldEnd = Math.min(labelEnd, labelStart + 4); tldEnd > labelStart + 1; tldEnd--) {
      if (
        !isLetterOrDigit(text.charCodeAt(tldEnd)) &&
        TLDS.has(text.slice(labelStart, tldEnd).toLowerCase())
      ) {
        return [i, text.charCodeAt(tldEnd) === 47 ? tokenEnd : tldEnd];
      }
    }
  }
  return undefined;
}

/** Where each label of the last `labels` run ends: one array, reused (a run per label start). */
const ends: number[] = [];

/**
 * Labels (`[\p{L}\p{N}-]+`) separated by single dots, from `i`: how many (their ends are in
 * `ends`), or 0 when there is no dot between two labels.
 */
function labels(text: string, i: number, limit: number): number {
  let count = 0;
  let at = i;
  for (;;) {
    const from = at;
    while (at < limit && isLabelChar(text.charCodeAt(at))) at++;
    if (at === from) break;
    ends[count++] = at;
    if (text.charCodeAt(at) !== 46 || !isLabelChar(text.charCodeAt(at + 1))) break;
    at++;
  }
  return count > 1 ? count : 0;
}

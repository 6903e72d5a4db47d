// src/i18n/kept.ts as it was before #31 made it faster, unchanged but for its imports: the oracle
// that tests/hostile/same-results.test.ts compares the new code with. Not shipped.
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

const isLetterOrDigit = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isLabelChar = (ch: string | undefined): boolean => ch === '-' || isLetterOrDigit(ch);
const isLocalChar = (ch: string | undefined): boolean =>
  ch !== undefined && (isLetterOrDigit(ch) || '._%+-'.includes(ch));
const isSchemeChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[a-z0-9+.-]/i.test(ch);

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
    const found = email(text, i, end) ?? domain(text, i, end, end);
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
        while (from > start && isSchemeChar(text[from - 1])) from--;
        if (from === start + at || !/[a-z]/i.test(text[from])) continue;
      }
      best = from;
      break;
    }
  }
  return best;
}

/** An e-mail address starting exactly at `i` (at the start of its run of local characters). */
function email(text: string, i: number, limit: number): [number, number] | undefined {
  if (!isLocalChar(text[i]) || isLocalChar(text[i - 1])) return undefined;
  let at = i;
  while (at < limit && isLocalChar(text[at])) at++;
  if (text[at] !== '@') return undefined;
  const end = labels(text, at + 1, limit);
  return end !== undefined && end.dots > 0 ? [i, end.end] : undefined;
}

/** A domain name with a known TLD starting exactly at `i`, with its path to the token's end. */
function domain(
  text: string,
  i: number,
  limit: number,
  tokenEnd: number,
): [number, number] | undefined {
  if (!isLabelChar(text[i]) || (i > 0 && (isLabelChar(text[i - 1]) || '@./'.includes(text[i - 1]))))
    return undefined;
  const run = labels(text, i, limit);
  if (!run || run.dots === 0) return undefined;
  // The longest run of labels whose last label is a known TLD, not followed by a letter or digit.
  for (let k = run.ends.length - 1; k >= 1; k--) {
    const labelStart = run.ends[k - 1] + 1;
    const labelEnd = run.ends[k];
    // The TLD is a prefix of the label (2 to 4 characters) ending before a non-letter, non-digit.
    for (let tldEnd = Math.min(labelEnd, labelStart + 4); tldEnd > labelStart + 1; tldEnd--) {
      if (
        TLDS.has(text.slice(labelStart, tldEnd).toLowerCase()) &&
        !isLetterOrDigit(text[tldEnd])
      ) {
        return [i, text[tldEnd] === '/' ? tokenEnd : tldEnd];
      }
    }
  }
  return undefined;
}

/**
 * Labels (`[\p{L}\p{N}-]+`) separated by single dots, from `i`: where each label ends, how many
 * dots joined them, and where the last one ends (a trailing dot is not part of it).
 */
function labels(
  text: string,
  i: number,
  limit: number,
): { end: number; dots: number; ends: number[] } | undefined {
  const ends: number[] = [];
  let at = i;
  for (;;) {
    const from = at;
    while (at < limit && isLabelChar(text[at])) at++;
    if (at === from) break;
    ends.push(at);
    if (text[at] !== '.' || !isLabelChar(text[at + 1])) break;
    at++;
  }
  return ends.length ? { end: ends[ends.length - 1], dots: ends.length - 1, ends } : undefined;
}

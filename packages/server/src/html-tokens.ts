/**
 * The few pieces of the HTML tokenizer body-limits.ts needs to walk markup without parsing it:
 * where a tag's name is, where the tag ends (quoted attribute values skipped as the tokenizer
 * skips them) and where a comment ends.
 */
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

export function after(html: string, what: string, from: number): number {
  const at = html.indexOf(what, from);
  return at < 0 ? html.length : at + what.length;
}

/** Past the comment that starts at `from` (just after `<!--`), as the HTML tokenizer ends it. */
export function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  for (let at = html.indexOf('--', from); at >= 0; at = html.indexOf('--', at + 1)) {
    if (html.startsWith('>', at + 2)) return at + 3;
    if (html.startsWith('!>', at + 2)) return at + 4;
  }
  return html.length;
}

/** The tag name at `from` (lowercased) and the index past the tag's `>` (quoted values skipped). */
export function readTag(html: string, from: number): [string, number] {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  const name = html.slice(from, i).toLowerCase();
  // Attributes: a quote opens a value only after a name and `=` (and spaces), as in the tokenizer.
  let named = false;
  let value = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return [name, i + 1];
    if (value && (c === 34 || c === 39)) {
      i = after(html, html[i], i + 1);
      named = value = false;
      continue;
    }
    if (value && !isSpace(c)) {
      // An unquoted value runs to a space or `>`.
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
      named = value = false;
      continue;
    }
    if (c === 61 /* = */ && named) value = true;
    else if (c === 47 /* / */) named = false;
    else if (!isSpace(c)) named = true;
    i++;
  }
  return [name, html.length];
}

/**
 * HTML to searchable text without a DOM or a regex: tags become spaces (so `<p>a</p><p>b</p>`
 * stays two words), `<script>`/`<style>` bodies and comments vanish, and the common entities
 * are decoded. For indexing and snippets only; never a sanitizer, never rendered as HTML.
 */

/**
 * The named entities feeds write, as name-and-character pairs in one string (HTML's full list of
 * 2,231 would cost kilobytes in every page). Latin letters with a mark (`&eacute;`, `&scaron;`,
 * `&Ccaron;`) need no row: they are composed from the letter and the mark (MARKS).
 */
const TABLE =
  'amp& lt< gt> quot" apos\' nbsp\u00a0 shy\u00ad ndash– mdash— hellip… laquo« raquo» lsquo‘ rsquo’ ' +
  'ldquo“ rdquo” bdquo„ dstrokđ DstrokĐ szligß copy© reg® trade™ euro€ deg° bull• middot·';
const NAMED: Record<string, string> = {};
for (const pair of TABLE.split(' ')) NAMED[pair.slice(0, -1)] = pair.slice(-1);
/** The combining mark of `&eacute;` and its kind, as its offset from U+0300. */
const MARKS: Record<string, number> = {
  grave: 0,
  acute: 1,
  circ: 2,
  tilde: 3,
  macr: 4,
  dot: 7,
  uml: 8,
  ring: 10,
  dblac: 11,
  caron: 12,
  cedil: 39,
  ogon: 40,
};

/** `&eacute;` as `é`: the letter and the mark, when they compose to one character. */
function named(name: string): string | undefined {
  if (Object.hasOwn(NAMED, name)) return NAMED[name];
  const mark = name.slice(1);
  if (!Object.hasOwn(MARKS, mark) || !/^[a-z]$/i.test(name[0])) return undefined;
  const letter = (name[0] + String.fromCharCode(0x300 + MARKS[mark])).normalize('NFC');
  return letter.length === 1 ? letter : undefined;
}

function isNameStart(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 47 ||
    code === 33 ||
    code === 63
  );
}

/**
 * Index after the `>` that closes the tag opened at `lt`, honouring quoted attribute values. As
 * in HTML, a quote opens a value only right after `=`: the stray one in `<a href=x.org/">` is part
 * of the value, not the start of a quote that would swallow the rest of the text.
 */
function tagEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return close < 0 ? html.length : close + 3;
  }
  let quote = 0;
  let afterEquals = false;
  for (let i = lt + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      continue;
    }
    if ((c === 34 || c === 39) && afterEquals) quote = c;
    else if (c === 62) return i + 1;
    afterEquals = c === 61 || (afterEquals && (c === 32 || c === 9 || c === 10 || c === 13));
  }
  return html.length;
}

function rawTextEnd(html: string, from: number, name: string): number {
  for (let close = html.indexOf('</', from); close >= 0; close = html.indexOf('</', close + 2)) {
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name)
      return tagEnd(html, close);
  }
  return html.length;
}

/** The longest entity read, `&` to `;`: `&#x10FFFF;` and the names above fit. */
const MAX_ENTITY = 12;

function decodeEntity(html: string, amp: number): [string, number] | null {
  // Only the next few characters: `indexOf(';')` to the end of the text for every `&` was
  // quadratic on a body of `&&&&…`.
  const semi = html.slice(amp + 1, amp + MAX_ENTITY + 1).indexOf(';') + amp + 1;
  if (semi === amp) return null;
  const body = html.slice(amp + 1, semi);
  if (body.charCodeAt(0) === 35) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const n = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    return [String.fromCodePoint(n), semi + 1];
  }
  const char = named(body);
  return char === undefined ? null : [char, semi + 1];
}

/**
 * The entities in plain text decoded, once (`&amp;lt;` is `&lt;`); a lone `&` stays. Linear: each
 * `&` looks at most MAX_ENTITY characters ahead.
 */
export function decodeEntities(text: string): string {
  let out = '';
  let run = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const hit = decodeEntity(text, i);
    if (!hit) continue;
    out += text.slice(run, i) + hit[0];
    run = hit[1];
    i = run - 1;
  }
  return out + text.slice(run);
}

/** Plain text of an HTML fragment. */
export function stripTags(html: string): string {
  let out = '';
  let run = 0;
  let i = 0;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 60 && isNameStart(html.charCodeAt(i + 1))) {
      out += html.slice(run, i) + ' ';
      let next = tagEnd(html, i);
      const name = html.slice(i + 1, i + 7).toLowerCase();
      if (name.startsWith('script') || name.startsWith('style')) {
        next = rawTextEnd(html, next, name.startsWith('script') ? 'script' : 'style');
      }
      i = run = next;
    } else if (c === 38) {
      const hit = decodeEntity(html, i);
      if (hit) {
        out += html.slice(run, i) + hit[0];
        i = run = hit[1];
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  return out + html.slice(run);
}

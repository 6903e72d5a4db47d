/**
 * HTML to searchable text without a DOM or a regex: tags become spaces (so `<p>a</p><p>b</p>`
 * stays two words), `<script>`/`<style>` bodies and comments vanish, and the common entities
 * are decoded. For indexing and snippets only; never a sanitizer, never rendered as HTML.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  shy: '\u00ad',
  scaron: 'š',
  Scaron: 'Š',
  zcaron: 'ž',
  Zcaron: 'Ž',
  ccaron: 'č',
  Ccaron: 'Č',
  cacute: 'ć',
  Cacute: 'Ć',
  dstrok: 'đ',
  Dstrok: 'Đ',
  eacute: 'é',
};

function isNameStart(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 47 ||
    code === 33 ||
    code === 63
  );
}

/** Index after the `>` that closes the tag opened at `lt`, honouring quoted attribute values. */
function tagEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return close < 0 ? html.length : close + 3;
  }
  let quote = 0;
  for (let i = lt + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i + 1;
    }
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
  return Object.hasOwn(NAMED, body) ? [NAMED[body], semi + 1] : null;
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

/**
 * The one allow-list for every URL that comes from a feed. Lit escapes text but never checks
 * URLs (lit/lit#1196), so every `href`/`src` binding goes through `safeUrl` or `safeImageUrl`.
 *
 * The check mirrors the WHATWG URL parser, which is what the browser will use on the value:
 * it strips leading/trailing C0 controls and spaces and deletes every tab, CR and LF before it
 * looks for a scheme, so `  JaVa\tScRiPt:` is `javascript:`. We do the same, then read the
 * scheme ourselves and again from `new URL()`, and accept only what is on the list.
 * Values are meant for attribute/property bindings, not for concatenation into HTML strings.
 */

const MAX_URL = 2048;
/** Data URLs for images (a small inline logo or thumbnail) may be larger. */
const MAX_DATA_IMAGE = 1024 * 1024;

const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['https:', 'http:']);

const TAB_NEWLINE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** `//host`, `\\host`, `/\host`: the parser reads all of them as "same scheme, other host". */
const SCHEME_RELATIVE = /^[/\\]{2}/;
/** No `svg+xml`: an SVG can carry script and links. No parameters, no whitespace. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/]+={0,2}$/i;

/** A link for `href`: https, http, mailto, tel or relative; `undefined` when unsafe. */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_URL) return undefined;
  return check(raw, LINK_SCHEMES, base);
}

/** An image `src`: https, http, relative or a base64 PNG/JPEG/GIF/WebP/AVIF data URL. */
export function safeImageUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_DATA_IMAGE) return undefined;
  const url = clean(raw);
  if (/^data:/i.test(url)) return DATA_IMAGE.test(url) ? url : undefined;
  if (raw.length > MAX_URL) return undefined;
  return check(raw, IMAGE_SCHEMES, base);
}

/** Whitespace-only or empty input is "no URL", not "the current page". */
function check(raw: string, schemes: ReadonlySet<string>, base?: string): string | undefined {
  const url = clean(raw);
  if (url === '' || CONTROL.test(url)) return undefined;

  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !schemes.has(`${scheme}:`)) return undefined;
  // The stricter checks the contact card uses hold for links in any field: no `?bcc=`/`&body=`
  // headers in a mailto:, no `*`/`#` (USSD codes) or pauses in a tel:.
  if (scheme === 'mailto') return safeMailto(url);
  if (scheme === 'tel') return safeTel(url);

  const resolvedBase = httpBase(base);
  let parsed: URL;
  try {
    parsed = new URL(url, resolvedBase ?? 'https://invalid.invalid/');
  } catch {
    return undefined;
  }
  if (!schemes.has(parsed.protocol)) return undefined;
  // `https://ministry.example@evil.example/` reads as the ministry to a human: refuse userinfo.
  if (parsed.username !== '' || parsed.password !== '') return undefined;

  if (scheme !== undefined || resolvedBase !== undefined) return parsed.href;
  // Scheme-relative: resolve it so the value is absolute and unambiguous.
  if (SCHEME_RELATIVE.test(url)) return parsed.href;
  return url;
}

/**
 * What the URL parser does before anything else: strip C0 controls and spaces at both ends, then
 * delete tabs and newlines. A loop, not `/[\0- ]+$/`: that pattern retried from every position of
 * a long run of spaces, quadratic before any length check.
 */
function clean(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 0x20) start++;
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end--;
  return raw.slice(start, end).replace(TAB_NEWLINE, '');
}

/**
 * The base to resolve against: the feed URL, itself resolved against the page (a feed at
 * `/data/feed.json` is common). Only an http(s) base is used; anything else is ignored.
 */
function httpBase(base: string | undefined): string | undefined {
  if (typeof base !== 'string' || base.trim() === '') return undefined;
  try {
    const page = globalThis.document?.baseURI;
    const url = page ? new URL(base, page) : new URL(base);
    return IMAGE_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const LOCAL_PART = /^[a-z0-9_+'-]+(?:\.[a-z0-9_+'-]+)*$/i;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/**
 * `mailto:` for a plain address. No display names, no `?subject=`/`&cc=` headers, no `%`
 * escapes and no comments: what is left cannot smuggle a header or a second recipient.
 * A Unicode domain is converted to its ASCII (punycode) form.
 */
export function safeMailto(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined;
  const value = email.trim().replace(/^mailto:/i, '');
  if (value.length > 254) return undefined;
  const at = value.lastIndexOf('@');
  if (at < 1) return undefined;
  const local = value.slice(0, at);
  const domain = asciiDomain(value.slice(at + 1));
  if (local.length > 64 || !LOCAL_PART.test(local) || domain === undefined) return undefined;
  return `mailto:${local}@${domain}`;
}

function asciiDomain(domain: string): string | undefined {
  if (domain === '' || /[\s/?#@%:\\[\]]/.test(domain)) return undefined;
  let host: string;
  try {
    host = new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return undefined;
  // A bare IPv4 address is not a mail domain a newsroom publishes.
  if (labels.every((label) => /^\d+$/.test(label))) return undefined;
  return host;
}

const PHONE_CHARS = /^\+?[0-9 ()./-]+$/;

/**
 * `tel:` for a number as people write it: `+381 (0)11 306-8000`, `011/306 8000`,
 * `00381 11 3068000`. The result holds only digits and a leading `+`; letters, `;ext=`,
 * `,`/`p`/`w` pauses, `*` and `#` (USSD/MMI codes) are refused.
 */
export function safeTel(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  let value = phone.trim().replace(/^tel:/i, '');
  if (value.length > 40 || !PHONE_CHARS.test(value)) return undefined;
  // The "(0)" trunk prefix is dialled only inside the country, never after +CC.
  if (value.startsWith('+')) value = value.replace(/\(\s*0\s*\)/g, '');
  let digits = value.replace(/[^0-9+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const count = digits.replace('+', '').length;
  if (count < 3 || count > 15) return undefined;
  return `tel:${digits}`;
}

/** A `src` for `<audio>`/`<video>`: https, http or relative, nothing else (no data:, no blob:). */
export function safeMediaUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_URL) return undefined;
  return check(raw, IMAGE_SCHEMES, base);
}

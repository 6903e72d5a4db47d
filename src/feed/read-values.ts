/**
 * Reading the values publishers actually write: dates in RFC 3339, RFC 2822 (what RSS and many
 * PHP scripts emit) and `YYYY-MM-DD HH:MM:SS ±ZZZZ` (what `date()` and Hugo templates print),
 * language tags with underscores, and the JSON Feed version URL in any spelling. Plain functions;
 * every pattern is anchored and free of nested or overlapping quantifiers (linear time).
 */

/** RFC 3339 and its common relatives: a space for `T`, no seconds, `+0200` or a space before the zone. */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)? ?([Zz]|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The zone names RFC 2822 (§4.3) still allows; any other name reads as UTC, as it says. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A feed date as RFC 3339 (`2023-07-10T00:00:00+00:00`, or `2023-07-10` for a bare day), keeping
 * the publisher's wall clock and offset; `undefined` when it is not a date we can read.
 */
export function readDate(raw: string): string | undefined {
  let value = raw.trim();
  if (value.length > 64) return undefined;
  // Go's default time format, which Hugo templates print when not told otherwise, names the
  // zone after the offset: `2023-07-01 09:00:00 +0200 CEST`. The offset says it all.
  const words = value.split(' ');
  if (
    words.length > 2 &&
    /^[A-Z]{2,5}$/.test(words[words.length - 1]) &&
    /^[+-]\d{4}$/.test(words[words.length - 2])
  ) {
    value = words.slice(0, -1).join(' ');
  }
  return readIso(value) ?? readRfc2822(value);
}

function readIso(value: string): string | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  if (!validDay(Number(y), Number(mo), Number(d))) return undefined;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 60) return undefined;
  const offset = readOffset(zone);
  if (offset === null) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ? `.${fraction}` : ''}${offset}`;
}

/** `Z`, `+02:00`, `+0200` or `+02` as `+02:00`; no zone at all stays without one (local wall clock). */
function readOffset(zone: string | undefined): string | null {
  if (zone === undefined) return '';
  if (zone === 'Z' || zone === 'z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || 0);
  if (hours > 23 || minutes > 59) return null;
  return `${zone[0]}${pad(hours)}:${pad(minutes)}`;
}

/** `Mon, 10 Jul 2023 00:00:00 GMT`, `10 Jul 23 9:05 +0200`, day name and seconds optional. */
function readRfc2822(value: string): string | undefined {
  const tokens = value.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (tokens.length > 0 && /^[a-z]{3,9}$/i.test(tokens[0]) && !/^\d/.test(tokens[0]))
    tokens.shift();
  if (tokens.length < 3 || tokens.length > 5) return undefined;
  const [dayText, monthText, yearText, timeText, zoneText] = tokens;
  const month = MONTHS.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
  if (!/^\d{1,2}$/.test(dayText) || month === 0 || !/^(?:\d{2}|\d{4})$/.test(yearText))
    return undefined;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const day = Number(dayText);
  if (!validDay(year, month, day)) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (timeText === undefined) return date;
  const time = TIME.exec(timeText);
  if (!time) return undefined;
  const [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  let offset = 'Z';
  if (zoneText !== undefined) {
    if (/^[+-]\d{4}$/.test(zoneText)) offset = readOffset(zoneText) ?? 'Z';
    else if (/^[a-z]{1,5}$/i.test(zoneText)) {
      const named = ZONES[zoneText.toLowerCase()] ?? 0;
      offset = named === 0 ? 'Z' : `-${pad(-named)}:00`;
    } else return undefined;
  }
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${offset}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = month === 2 && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)) ? 1 : 0;
  return day <= last - leap;
}

/**
 * A BCP 47 tag in its conventional case (`en_US` → `en-US`, `sr-latn` → `sr-Latn`);
 * `undefined` for anything that is not one.
 */
export function readLanguage(raw: string): string | undefined {
  const value = raw.trim().replace(/_/g, '-');
  if (value.length === 0 || value.length > 35) return undefined;
  const parts = value.split('-');
  if (!/^[a-z]{2,3}$/i.test(parts[0])) return undefined;
  if (!parts.every((part) => /^[a-z0-9]{1,8}$/i.test(part))) return undefined;
  return parts
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 4 && /^[a-z]+$/i.test(part))
        return part[0].toUpperCase() + part.slice(1).toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/**
 * The major version a JSON Feed `version` names, in any spelling of the URL (`http:`, `www.`,
 * a trailing slash); `undefined` when it is not a JSON Feed version. Later versions are read as
 * 1.1 is: the spec asks readers to be future-compatible.
 */
export function readVersion(raw: unknown): number | undefined {
  if (typeof raw !== 'string' || raw.length > 100) return undefined;
  const m = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/(\d{1,3})(?:\.\d{1,3})?\/?$/i.exec(
    raw.trim(),
  );
  return m ? Number(m[1]) : undefined;
}

/** A value to quote in a problem line: short, on one line; only its kind when it is not text. */
export function quote(value: unknown): string {
  if (typeof value !== 'string') {
    const kind = Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value === 'object'
          ? 'an object'
          : `a ${typeof value}`;
    return `(${kind})`;
  }
  const line = value.slice(0, 40).replace(/\s+/g, ' ');
  return `"${line.length > 24 || value.length > 40 ? `${line.slice(0, 24)}…` : line}"`;
}

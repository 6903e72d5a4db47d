/**
 * Feed dates for people: parsed strictly, formatted with `Intl` per language.
 *
 * A feed date is shown as the calendar date the publisher wrote. "2019-07-17" and
 * "2019-07-17T00:00:00Z" are calendar dates, and "2019-07-17T00:30:00+02:00" was the 17th where it
 * was published; formatting the instant in the viewer's zone would show the 16th in New York.
 * So the wall-clock fields of the string are formatted in UTC: no zone can shift the day, and every
 * viewer sees the date the publisher's own site shows. Strings without an offset are read the same way.
 */
import { intlLocale, type Lang } from './languages.js';
import { cyrillicToLatin, latinToCyrillic } from './translit.js';

export type DateStyle = 'long' | 'short';

/** RFC 3339 / ISO 8601: a date, optionally a time (seconds and fraction optional) and an offset. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

interface ParsedDate {
  /** The moment in time. */
  instant: Date;
  /** A Date whose UTC fields are the fields as written (the publisher's wall clock). */
  wallClock: Date;
}

function parse(iso: unknown): ParsedDate | undefined {
  if (typeof iso !== 'string') return undefined;
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) =>
    part === undefined ? undefined : Number(part),
  ) as number[];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60) return undefined;
  const wallClock = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  wallClock.setUTCFullYear(year, month - 1, day);
  wallClock.setUTCHours(hour, minute, Math.min(second, 59), Number(`0.${match[7] ?? 0}`) * 1000);
  // Date rolls "2019-02-30" over into March: a day past the month's end is junk, not a date.
  if (wallClock.getUTCDate() !== day) return undefined;
  const offset = match[8];
  let offsetMinutes = 0;
  if (offset && offset.toUpperCase() !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || 0);
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const instant = new Date(wallClock.getTime() - offsetMinutes * 60_000);
  return { instant, wallClock };
}

/** The moment an ISO 8601 / RFC 3339 string names; `undefined` for anything else. Never throws. */
export function parseDate(iso: string | null | undefined): Date | undefined {
  return parse(iso)?.instant;
}

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
};

/** Serbian month names, for an engine whose `Intl` has no Serbian at all. */
const SR_MONTHS = [
  'januar', 'februar', 'mart', 'april', 'maj', 'jun',
  'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar',
];

const formatters = new Map<string, (date: Date) => string>();

function hasSerbianData(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 &&
    new Intl.DateTimeFormat(locale).resolvedOptions().locale.toLowerCase().startsWith('sr');
}

function createFormatter(lang: Lang, style: DateStyle): (date: Date) => string {
  const locale = intlLocale(lang);
  if (lang !== 'en' && !hasSerbianData(locale)) {
    const manual = (date: Date): string =>
      style === 'long'
        ? `${date.getUTCDate()}. ${SR_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}.`
        : `${date.getUTCDate()}. ${date.getUTCMonth() + 1}. ${date.getUTCFullYear()}.`;
    return lang === 'sr-Cyrl' ? (date) => latinToCyrillic(manual(date)) : manual;
  }
  const format = new Intl.DateTimeFormat(locale, STYLES[style]);
  // An engine with Serbian data for one script only answers in that script: convert the output.
  if (lang === 'sr-Cyrl') {
    return (date) => {
      const text = format.format(date);
      return /[a-z]/i.test(text) ? latinToCyrillic(text) : text;
    };
  }
  if (lang === 'sr-Latn') {
    return (date) => {
      const text = format.format(date);
      return /[\u0400-\u04ff]/.test(text) ? cyrillicToLatin(text) : text;
    };
  }
  return (date) => format.format(date);
}

/**
 * A feed date as the language writes it: long "17 July 2019" / "17. jul 2019." / "17. јул 2019.",
 * short "17/07/2019" / "17. 7. 2019.". The calendar date as written (see the module comment).
 * An empty string when the input is not a date, so a widget can leave the date out.
 */
export function formatDate(iso: string | null | undefined, lang: Lang, style: DateStyle = 'long'): string {
  const parsed = parse(iso);
  if (!parsed) return '';
  const key = `${lang}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = createFormatter(lang, style);
    formatters.set(key, formatter);
  }
  return formatter(parsed.wallClock);
}

/**
 * Feed dates for people: parsed strictly, formatted per language.
 *
 * A feed date is shown as the calendar date the publisher wrote. "2019-07-17" and
 * "2019-07-17T00:00:00Z" are calendar dates, and "2019-07-17T00:30:00+02:00" was the 17th where it
 * was published; formatting the instant in the viewer's zone would show the 16th in New York.
 * So the wall-clock fields of the string are formatted in UTC: no zone can shift the day, and every
 * viewer sees the date the publisher's own site shows. Strings without an offset are read the same way.
 */
import type { Lang } from './languages.js';
import { latinToCyrillic } from './script.js';

/**
 * `long` stands alone (a list's date line: "17. jul 2019."), `running` sits in a sentence
 * ("Ažurirano 17. jula 2019.": Serbian puts the month in the genitive there), `short` is numeric.
 * English writes `running` as `long`.
 */
export type DateStyle = 'long' | 'running' | 'short';

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
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
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

/*
 * Written by hand, not with `Intl.DateTimeFormat`: the first `Intl` object a page creates loads
 * the engine's locale data, one 55–100 ms task at 4× CPU throttling in Chromium (`npm run bench
 * -- --only dates`), and a news list would pay it on every partner page just to write "17 July
 * 2019". Our three languages have one fixed pattern each, the patterns `Intl` gives for en-GB and
 * sr-Latn-RS (a test checks every month against `Intl` where the engine has the data), and the
 * output no longer differs between engines (a Serbian short date's spaces, a Cyrillic month
 * missing from an engine's data).
 */
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SR_MONTHS = [
  'januar',
  'februar',
  'mart',
  'april',
  'maj',
  'jun',
  'jul',
  'avgust',
  'septembar',
  'oktobar',
  'novembar',
  'decembar',
];
/** The genitive, for a date in running text ("27. novembra 2026."). */
const SR_MONTHS_GENITIVE = [
  'januara',
  'februara',
  'marta',
  'aprila',
  'maja',
  'juna',
  'jula',
  'avgusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
];
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `wallClock`'s UTC fields (the date as published), in the language's pattern. */
function write(date: Date, lang: Lang, style: DateStyle): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  if (lang === 'en') {
    return style === 'short'
      ? `${twoDigits(day)}/${twoDigits(month + 1)}/${year}`
      : `${day} ${EN_MONTHS[month]} ${year}`;
  }
  if (style === 'short') return `${day}. ${month + 1}. ${year}.`;
  const latin = `${day}. ${(style === 'running' ? SR_MONTHS_GENITIVE : SR_MONTHS)[month]} ${year}.`;
  return lang === 'sr-Cyrl' ? latinToCyrillic(latin) : latin;
}

/**
 * A feed date as the language writes it: long "17 July 2019" / "17. jul 2019." / "17. јул 2019.",
 * running "17 July 2019" / "17. jula 2019." / "17. јула 2019.", short "17/07/2019" / "17. 7. 2019.". The calendar date as written (see the module comment).
 * An empty string when the input is not a date, so a widget can leave the date out.
 */
export function formatDate(
  iso: string | null | undefined,
  lang: Lang,
  style: DateStyle = 'long',
): string {
  const parsed = parse(iso);
  return parsed ? write(parsed.wallClock, lang, style) : '';
}

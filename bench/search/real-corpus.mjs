// Two public datasets turned into JSON Feed 1.1 pages for bench/search-real.mjs: HuffPost news in
// English (JSON lines) and RTS headlines in Serbian, Cyrillic and Latin (CSV). Their data is
// third-party and never committed: the bench reads it from the paths it is given.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file's text: a path, or `<git dir>::<path>` for a file at the HEAD of a bare mirror (the
 * mirrors on the bench machine have no work tree). A clear error when it is not there.
 */
export function readSource(spec, what) {
  const [gitDir, path] = spec.split('::');
  if (path !== undefined) {
    if (!existsSync(gitDir)) throw new Error(`${what}: no git directory ${gitDir}`);
    try {
      return execFileSync('git', ['-C', gitDir, 'show', `HEAD:${path}`], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch {
      throw new Error(`${what}: no ${path} at HEAD of ${gitDir}`);
    }
  }
  if (!existsSync(spec)) throw new Error(`${what}: no file ${spec}`);
  return readFileSync(spec, 'utf8');
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF, a byte order mark) into objects. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  const [head, ...body] = rows.filter((r) => r.some((f) => f.trim()));
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h.trim(), r[k] ?? ''])));
}

// The months as RTS abbreviates them, in both scripts.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'avg', 'sep', 'okt', 'nov', 'dec'];
const MONTHS_CYRL = [
  'јан',
  'феб',
  'мар',
  'апр',
  'мај',
  'јун',
  'јул',
  'авг',
  'сеп',
  'окт',
  'нов',
  'дец',
];
const SERBIAN_DATE =
  /(\d{1,2})\.\s*(\p{L}{3})\p{L}*\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?:\s*->\s*(\d{1,2}):(\d{2}))?/u;

/** The offset of Belgrade's wall clock at that moment (CET or CEST), as `+01:00`. */
function belgradeOffset(utcGuess) {
  const name = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Belgrade',
    timeZoneName: 'longOffset',
  })
    .formatToParts(utcGuess)
    .find((p) => p.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * `петак, 16. јан 2026, 13:45 -> 14:12` (or in Latin): published at 13:45 Belgrade time, updated
 * at 14:12 (the next day when the second time is earlier). RFC 3339 with Belgrade's offset.
 */
export function parseSerbianDate(text) {
  const m = SERBIAN_DATE.exec(text);
  if (!m) return {};
  const month = Math.max(
    MONTHS.indexOf(m[2].toLowerCase()),
    MONTHS_CYRL.indexOf(m[2].toLowerCase()),
  );
  if (month < 0) return {};
  const at = (day, h, min) => {
    const wall = Date.UTC(Number(m[3]), month, day, h, min);
    const offset = belgradeOffset(new Date(wall - 3600e3));
    const d = new Date(wall);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00${offset}`;
  };
  const day = Number(m[1]);
  const published = at(day, Number(m[4]), Number(m[5]));
  if (m[6] === undefined) return { published };
  const later = Number(m[6]) * 60 + Number(m[7]) < Number(m[4]) * 60 + Number(m[5]);
  return { published, modified: at(day + (later ? 1 : 0), Number(m[6]), Number(m[7])) };
}

/** HuffPost's JSON lines (News Category Dataset) as JSON Feed items. */
export function huffpostItems(text) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((r) => ({
      id: r.link,
      url: r.link,
      title: r.headline,
      ...(r.short_description ? { summary: r.short_description } : {}),
      // A date without a time: midnight UTC (the dataset gives no zone).
      ...(/^\d{4}-\d\d-\d\d$/.test(r.date) ? { date_published: `${r.date}T00:00:00Z` } : {}),
      ...(r.authors ? { authors: [{ name: r.authors }] } : {}),
      tags: r.category ? [r.category] : [],
      language: 'en',
    }));
}

/**
 * RTS's headlines as JSON Feed items. The Latin file holds the same URLs as the Cyrillic one;
 * RTS serves its Latin pages under /lat/, so those are the Latin items' URLs (and ids).
 */
export function rtsItems(text, language) {
  return parseCsv(text)
    .filter((r) => r.headline.trim() && r.url)
    .map((r) => {
      const url = language === 'sr-Latn' ? r.url.replace('rts.rs/', 'rts.rs/lat/') : r.url;
      const { published, modified } = parseSerbianDate(r.datePublished);
      const section = /rts\.rs\/(?:lat\/)?vesti\/([^/]+)\//.exec(url)?.[1];
      return {
        id: url,
        url,
        title: r.headline.trim(),
        ...(published ? { date_published: published } : {}),
        ...(modified ? { date_modified: modified } : {}),
        tags: section ? [section] : [],
        language,
      };
    });
}

/** Pages of `size` items, `<prefix>-1.json` first, linked by next_url. Returns the first. */
export function writePages(items, dir, prefix, title, size = 1000) {
  for (let p = 0; p * size < items.length; p++) {
    const next = (p + 1) * size < items.length ? { next_url: `${prefix}-${p + 2}.json` } : {};
    const feed = { version: 'https://jsonfeed.org/version/1.1', title, ...next };
    feed.items = items.slice(p * size, (p + 1) * size);
    writeFileSync(join(dir, `${prefix}-${p + 1}.json`), JSON.stringify(feed));
  }
  return join(dir, `${prefix}-1.json`);
}

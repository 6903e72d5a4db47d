/**
 * What a list needs from an HTML body without rendering it: its beginning as plain text (the text
 * of an untitled note, the excerpt of an HTML-only item) and its first image. No DOM, no regex
 * over the whole body: both look at a bounded prefix, so a megabyte body costs what 20 kB do.
 */
import { stripTags } from '../util/strip-tags.js';

/** How much of a body is looked at; a note's text or an excerpt is far shorter. */
const PREFIX = 20_000;
const MAX_TEXT = 1_000;

/** The body's beginning as plain text, whitespace collapsed, at most about 1,000 characters. */
export function htmlToText(html: string): string | undefined {
  const text = stripTags(html.slice(0, PREFIX)).replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return cutAtWord(text, MAX_TEXT);
}

/** At most `max` characters, cut before the word that would be cut in half, with "…" added. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  // A loop from the end, not a regex: the spaces before the cut word go too ("a b c" → "a b…").
  let end = max;
  while (end > 0 && !/\s/.test(text[end - 1])) end--;
  if (end === 0) return `${text.slice(0, max)}…`;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}

const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const ALT = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The `src` and `alt` of the first `<img>` in the body, entities in them decoded. */
export function firstImage(html: string): { src: string; alt: string } | undefined {
  const head = html.slice(0, PREFIX);
  const start = head.toLowerCase().indexOf('<img');
  if (start < 0) return undefined;
  const end = head.indexOf('>', start);
  const tag = head.slice(start + 4, end < 0 ? undefined : end);
  const src = attribute(SRC, tag);
  return src ? { src, alt: attribute(ALT, tag) ?? '' } : undefined;
}

function attribute(pattern: RegExp, tag: string): string | undefined {
  const m = pattern.exec(tag);
  const value = m?.[1] ?? m?.[2] ?? m?.[3];
  return value === undefined ? undefined : stripTags(value).trim() || undefined;
}

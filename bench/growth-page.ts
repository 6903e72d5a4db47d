/**
 * The text paths `bench/growth.mjs` times, bundled for the page: each takes one hostile string.
 * A plain linear pass over the same string (`baseline`) is timed beside them.
 */
import { normalizeFeed } from '../src/feed/normalize.js';
import { latinToCyrillic, cyrillicToLatin } from '../src/i18n/translit.js';
import { safeImageUrl, safeUrl } from '../src/internal/safe-url.js';
import { sanitizeToFragment } from '../src/internal/sanitize.js';
import { firstParagraph } from '../src/internal/views.js';
import { quoteParagraphs } from '../src/components/quote/quote-figure.js';
import { fold } from '../src/search/fold.js';
import { highlight } from '../src/search/highlight.js';
import { stripTags } from '../src/util/strip-tags.js';
import { SearchIndex } from '../src/search/search-index.js';
import type { FeedItem } from '../src/feed/types.js';

const item = (text: string): FeedItem =>
  ({
    id: 'x',
    type: 'quote',
    contentText: text,
    tags: [],
    authors: [],
    metWith: [],
  }) as unknown as FeedItem;

/**
 * Keep lists (`_mlo.keep`) of the shapes that were slow before #23 made them one pass: one word
 * many times, many distinct words, and entries that are prefixes of each other. Built once, as an
 * item's list is, so the timed calls reuse the list's automaton.
 */
const randomWord = (seed: number) => {
  let x = seed + 1;
  const next = (n: number) => (x = (x * 48271) % 2147483647) % n;
  return Array.from({ length: 3 + next(8) }, () => 'abcdeijklmnoprstuvz'[next(19)]).join('');
};
const KEEP_LISTS = {
  '500 × "a"': Array<string>(500).fill('a'),
  '1,000 words': Array.from({ length: 1_000 }, (_, i) => randomWord(i)),
  // "a", "aa", … 200 letters (the longest an entry may be), then "b", "ab", "aab", … "c", "ac", ….
  '1,000 prefixes': Array.from({ length: 1_000 }, (_, i) =>
    i < 200 ? 'a'.repeat(i + 1) : 'a'.repeat(i % 200) + 'bcde'[Math.floor(i / 200) - 1],
  ),
};

export const paths: Record<string, (text: string) => unknown> = {
  baseline: (text) => {
    let n = 0;
    for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
    return n;
  },
  // Two native passes that build a new string, for scale: no text path of ours can beat them.
  'native toLowerCase()': (text) => text.toLowerCase(),
  "native normalize('NFD')": (text) => text.normalize('NFD'),
  'feed reader (a feed of it)': (text) =>
    normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [
        { id: '1', title: text.slice(0, 1000), content_text: text, summary: text.slice(0, 1000) },
      ],
    }),
  'feed reader (junk items)': (text) =>
    normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: text.split(''),
    }),
  'transliteration to Cyrillic': (text) => latinToCyrillic(text),
  'transliteration to Latin': (text) => cyrillicToLatin(text),
  ...Object.fromEntries(
    Object.entries(KEEP_LISTS).map(([name, keep]) => [
      `transliteration, keep ${name}`,
      (text: string) => latinToCyrillic(text, { keep }),
    ]),
  ),
  'search folding': (text) => fold(text),
  'search highlighting': (text) => highlight(text, 'nato beograd @ ://'),
  'search index (one item)': (text) =>
    new SearchIndex([{ ...item(text), title: text.slice(0, 500), type: 'article' }]),
  'tag stripping': (text) => stripTags(text),
  'URL check': (text) => [
    safeUrl(`https://a.example/${text}`),
    safeImageUrl(`https://a.example/x.png${text}`),
    safeImageUrl(text),
  ],
  'quote marks': (text) => quoteParagraphs(item(`“${text}`)),
  'summary cut': (text) => firstParagraph(text),
  sanitizer: (text) => sanitizeToFragment(`<p>${text}</p>`),
};

Object.assign(globalThis, { mloGrowth: paths });

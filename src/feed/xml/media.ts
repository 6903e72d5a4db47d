/**
 * Pictures and files of an RSS item or Atom entry, as JSON Feed's `image` and `attachments`:
 * `itunes:image`, `media:content` and `media:thumbnail` (also inside `media:group`, as YouTube
 * writes them), RSS `enclosure` and Atom `link rel="enclosure"`.
 */
import { resolveUrl } from '../urls.js';
import { attr, childText, kids, NS, type Ns } from './dom.js';

export interface JsonAttachment {
  url: string;
  mime_type: string;
  title?: string;
  size_in_bytes?: number;
  duration_in_seconds?: number;
}

/** Common extensions, for enclosures that name no type. */
const TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
};

function typeOf(url: string, declared: string | undefined, medium?: string): string {
  if (declared && declared.includes('/')) return declared.toLowerCase();
  const ext = /\.([a-z0-9]{2,4})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  if (ext && TYPES[ext]) return TYPES[ext];
  if (medium === 'image' || medium === 'audio' || medium === 'video') return `${medium}/*`;
  return 'application/octet-stream';
}

const size = (value: string | undefined) =>
  value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;

/** `1:02:03`, `62:03` or `3723` seconds. */
function duration(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,9}(?::\d{1,2}){0,2}$/.test(value)) return undefined;
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * `rss` is the namespaces RSS's own `enclosure` may be in (dom.ts, `Ns`). `alt` is the first
 * image's `media:description` (Mastodon writes a picture's alt text there).
 */
export function media(
  item: Element,
  base: string | undefined,
  rss: Ns = null,
): { image?: string; alt?: string; attachments: JsonAttachment[] } {
  const images: string[] = [];
  const attachments: JsonAttachment[] = [];
  let alt: string | undefined;
  const add = (
    href: string | undefined,
    type: string | undefined,
    extra: Partial<JsonAttachment> = {},
    medium?: string,
    description?: string,
  ) => {
    const url = resolveUrl(href, base);
    if (!url) return;
    const mime = typeOf(url, type, medium);
    if (!mime.startsWith('image/')) {
      if (attachments.length < 20) attachments.push({ url, mime_type: mime, ...extra });
    } else if (images.push(url) === 1) alt = description;
  };

  const itunesImage = attr(kids(item, NS.itunes, 'image')[0], 'href');
  if (itunesImage) images.push(resolveUrl(itunesImage, base)!);
  for (const enclosure of kids(item, rss, 'enclosure')) {
    add(attr(enclosure, 'url'), attr(enclosure, 'type'), {
      size_in_bytes: size(attr(enclosure, 'length')),
    });
  }
  for (const link of kids(item, NS.atom, 'link')) {
    if (attr(link, 'rel') !== 'enclosure') continue;
    add(attr(link, 'href'), attr(link, 'type'), {
      title: attr(link, 'title'),
      size_in_bytes: size(attr(link, 'length')),
    });
  }
  const groups = [item, ...kids(item, NS.media, 'group')];
  for (const group of groups) {
    for (const content of kids(group, NS.media, 'content')) {
      add(
        attr(content, 'url'),
        attr(content, 'type'),
        {
          size_in_bytes: size(attr(content, 'fileSize')),
          duration_in_seconds: size(attr(content, 'duration')),
        },
        attr(content, 'medium'),
        childText(content, NS.media, 'description'),
      );
    }
  }
  for (const group of groups) {
    const thumbnail = attr(kids(group, NS.media, 'thumbnail')[0], 'url');
    if (thumbnail) images.push(resolveUrl(thumbnail, base)!);
  }
  // A podcast's episode length is on the item, not on its enclosure.
  const seconds = duration(childText(item, NS.itunes, 'duration'));
  const playable = attachments.find((a) => /^(?:audio|video)\//.test(a.mime_type));
  if (seconds !== undefined && playable && playable.duration_in_seconds === undefined)
    playable.duration_in_seconds = seconds;
  return { image: images[0], alt, attachments };
}

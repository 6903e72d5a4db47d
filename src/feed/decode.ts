/**
 * A feed's bytes to text, the encoding decided as browsers decide it for XML: a byte-order mark,
 * else the `charset` of the Content-Type, else the XML declaration's `encoding` (read from the
 * first bytes as ASCII, or UTF-16 recognized from `<?` without a mark, XML 1.0 appendix F), else
 * UTF-8. Labels are the WHATWG ones `TextDecoder` knows (`windows-1251`, `GB2312`, `KOI8-R`,
 * `Shift_JIS`, `ISO-8859-1`, ...). The widgets' loader and the command both read through this.
 * Part of the entry, so small: counting undecodable bytes is the command's (server/source.ts).
 */
import { FeedError } from './errors.js';

export interface DecodedFeed {
  text: string;
  /** The WHATWG name of the encoding used: `utf-8`, `windows-1251`, `gbk`, `utf-16le`, ... */
  encoding: string;
  /** What decided it. */
  source: 'bom' | 'header' | 'xml-declaration' | 'default';
}

export function decodeFeed(bytes: Uint8Array, contentType = ''): DecodedFeed {
  const [a, b, c] = bytes;
  let source: DecodedFeed['source'] = 'bom';
  let label =
    a === 0xef && b === 0xbb && c === 0xbf
      ? 'utf-8'
      : a === 0xfe && b === 0xff
        ? 'utf-16be'
        : a === 0xff && b === 0xfe
          ? 'utf-16le'
          : undefined;
  if (!label) {
    source = 'header';
    label = /;\s*charset=["']?([^"';\s]+)/i.exec(contentType)?.[1];
  }
  if (!label) {
    source = 'xml-declaration';
    label =
      a === 0x3c && b === 0 ? 'utf-16le' : a === 0 && b === 0x3c ? 'utf-16be' : declared(bytes);
  }
  if (!label) {
    source = 'default';
    label = 'utf-8';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch (error) {
    const detail = `Unknown encoding "${label.slice(0, 40)}" (from the ${source})`;
    throw new FeedError('parse', detail, undefined, { cause: error });
  }
  return { text: decoder.decode(bytes), encoding: decoder.encoding, source };
}

/** The XML declaration's `encoding`, read as ASCII: so not UTF-16, whatever it says (as HTML reads <meta>). */
function declared(bytes: Uint8Array): string | undefined {
  const label = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)/.exec(
    String.fromCharCode(...bytes.subarray(0, 256)),
  )?.[1];
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

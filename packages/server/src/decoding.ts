/**
 * A feed's bytes to text in the command: the widgets' own rule (feed/decode.ts), plus what only
 * the command reports: how many characters could not be decoded (each became U+FFFD), and the
 * notes `validate` gives about the encoding and about blank space before `<?xml`.
 */
import { decodeFeed, type DecodedFeed } from '../../../src/feed/decode.js';
import type { ReadFeed } from './read.js';
import type { ReportEntry } from './validate.js';

export interface Decoding extends Omit<DecodedFeed, 'text'> {
  /** Characters that could not be decoded and became U+FFFD (not counting any the feed holds). */
  replaced: number;
}

export function decodeBytes(bytes: Uint8Array, contentType: string) {
  const decoded = decodeFeed(bytes, contentType);
  const { encoding } = decoded;
  const text =
    encoding === 'windows-1252' && NODE_LATIN1 ? asWindows1252(decoded.text) : decoded.text;
  const decoding: Decoding = { encoding, source: decoded.source, replaced: 0 };
  if (text.includes('\uFFFD')) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Some bytes did not decode. U+FFFD written in the feed itself (EF BF BD in UTF-8) is not
      // the decoder's doing: not counted.
      decoding.replaced = count(text) - (encoding === 'utf-8' ? writtenFffd(bytes) : 0);
    }
  }
  return { text, decoding };
}

const count = (text: string) => text.split('\uFFFD').length - 1;

function writtenFffd(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1))
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

/**
 * Node 20's ICU decodes `windows-1252` (and so `ISO-8859-1`, `latin1`, `us-ascii`) as ISO-8859-1:
 * 0x80–0x9F become C1 controls where browsers show € ‚ „ … ‘ ’ “ ” – —. The WHATWG table for them.
 */
const NODE_LATIN1 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '€';
const UPPER = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
const asWindows1252 = (text: string) =>
  text.replace(/[\x80-\x9f]/g, (c) => UPPER[c.charCodeAt(0) - 0x80]);

const SAID_BY: Record<Decoding['source'], string> = {
  bom: 'its byte-order mark',
  header: "the server's Content-Type",
  'xml-declaration': 'its XML declaration',
  default: 'the default (nothing declared)',
};

/** What `validate` says about how the feed was decoded. */
export function decodingEntries(read: ReadFeed): ReportEntry[] {
  const out: ReportEntry[] = [];
  const { decoding } = read;
  if (decoding && decoding.encoding !== 'utf-8')
    out.push({
      severity: 'note',
      path: '$',
      message: `decoded as ${decoding.encoding}, from ${SAID_BY[decoding.source]}`,
      hint: 'The widgets read it the same way; UTF-8 is what every feed reader expects.',
    });
  if (decoding?.replaced)
    out.push({
      severity: 'warning',
      path: '$',
      message: `${decoding.replaced} ${decoding.replaced === 1 ? 'character' : 'characters'} could not be decoded as ${decoding.encoding} and show as "\uFFFD" (the encoding from ${SAID_BY[decoding.source]})`,
      hint:
        decoding.source === 'header'
          ? 'Serve the feed with the charset it is written in (Content-Type: …; charset=…), or as UTF-8.'
          : 'Save the feed as UTF-8, or declare the encoding it is written in: <?xml version="1.0" encoding="…"?>.',
    });
  if (read.spaceBeforeDeclaration)
    out.push({
      severity: 'note',
      path: '$',
      message: 'blank space before <?xml … ?> was ignored (XML allows nothing before it)',
      hint: 'Start the file with <?xml: other feed readers refuse it.',
    });
  return out;
}

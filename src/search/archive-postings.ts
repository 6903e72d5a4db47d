/**
 * Postings lists of the archive index on disk (archive-format.ts), written by the builder and
 * read by the widget. In memory a posting is `doc << FIELD_BITS | mask` (as `buildPostings`
 * makes them); on disk only its doc and heaviest field: ranking needs nothing else.
 */
import { FIELD_BITS, MASK_FIELD } from './fields.js';

/**
 * A list as the shorter of two forms: per posting `(doc - previous doc) * 8 + heaviest field`
 * (a sparse list), or a string of one character per doc up to the last, `-` for none, `a` +
 * field for a posting (a dense one: a first letter's words are in most docs, and this form
 * compresses to three quarters of the numbers).
 */
export function encodePostings(
  list: ArrayLike<number>,
  from = 0,
  to = list.length,
): number[] | string {
  const out: number[] = [];
  let previous = -1;
  let length = 0;
  for (let p = from; p < to; p++) {
    const doc = list[p] >>> FIELD_BITS;
    const value = (doc - previous) * 8 + MASK_FIELD[list[p] & ((1 << FIELD_BITS) - 1)];
    out.push(value);
    length += String(value).length + 1;
    previous = doc;
  }
  if (previous + 1 >= length) return out;
  const dense: string[] = [];
  for (const value of out)
    dense.push('-'.repeat((value >>> 3) - 1), String.fromCharCode(97 + (value & 7)));
  return dense.join('');
}

/** Decodes (and checks: the file is data from the network) one postings list for `items` docs. */
export function decodePostings(raw: unknown, items: number): Int32Array {
  if (typeof raw === 'string') return decodeDense(raw, items);
  if (!Array.isArray(raw)) throw new TypeError('postings: not a list');
  const out = new Int32Array(raw.length);
  let doc = -1;
  for (let p = 0; p < raw.length; p++) {
    const value: unknown = raw[p];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 8)
      throw new TypeError('postings: not a posting');
    const field = value % 8;
    doc += (value - field) / 8;
    if (doc >= items || field >= FIELD_BITS) throw new TypeError('postings: out of range');
    out[p] = (doc << FIELD_BITS) | (1 << field);
  }
  return out;
}

function decodeDense(raw: string, items: number): Int32Array {
  if (raw.length > items) throw new TypeError('postings: out of range');
  let count = 0;
  for (let doc = 0; doc < raw.length; doc++) if (raw.charCodeAt(doc) !== 45) count++;
  const out = new Int32Array(count);
  let p = 0;
  for (let doc = 0; doc < raw.length; doc++) {
    const code = raw.charCodeAt(doc);
    if (code === 45) continue;
    const field = code - 97;
    if (field < 0 || field >= FIELD_BITS) throw new TypeError('postings: not a posting');
    out[p++] = (doc << FIELD_BITS) | (1 << field);
  }
  return out;
}

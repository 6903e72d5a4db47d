/**
 * Packing for `mlo-newsroom index`: entries (arriving in their final order) into files of about
 * a target size, each named by a hash of its bytes, so a host can cache every file but
 * `index.json` for a year and a rebuild changes the names of only what changed. A file is
 * written as soon as it is full: the build never holds the whole index in memory.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';

/** Receives each finished file (the builder writes it to disk, or keeps it for a test). */
export type FileSink = (name: string, text: string) => void;

/** `prefix.<first 16 hex of sha256>.json`: the same bytes always get the same name. */
export function hashedName(prefix: string, text: string): string {
  return `${prefix}.${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
}

/**
 * About what `text` weighs brotli-compressed, as a host serves it: a fast brotli of it alone,
 * which errs high (a file's entries share words, and a host compresses harder).
 */
const brotliSize = (text: string): number =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;

/**
 * Packs entries (JSON texts of array elements) into files of about `target` bytes: a file is
 * closed once it reaches the target, so a big entry makes a file of its own and is never split.
 * With `fit` (brotli bytes), a file is also closed before an entry that would take it past
 * `fit`: a keystroke fetches one file, and a big entry after small ones would double it.
 * `names[i]` is a file's name, `firsts[i]` the label of its first entry.
 */
export class Packer<T> {
  readonly names: string[] = [];
  readonly firsts: T[] = [];
  private open: string[] = [];
  private size = 0;
  private weight = 0;

  constructor(
    private readonly target: number,
    private readonly prefix: string,
    private readonly sink: FileSink,
    private readonly fit = Infinity,
  ) {}

  /** Whether `entry` would start a file (so it cannot lean on what the open file holds). */
  startsFile(entry: string): boolean {
    return this.open.length === 0 || this.weight + this.weigh(entry) > this.fit;
  }

  add(entry: string, label: T): void {
    const weight = this.weigh(entry);
    if (this.open.length > 0 && this.weight + weight > this.fit) this.close();
    this.weight += weight;
    if (this.open.length === 0) this.firsts.push(label);
    this.open.push(entry);
    this.size += entry.length + 1;
    if (this.size >= this.target) this.close();
  }

  /** Writes the last, partly filled file. */
  finish(): void {
    if (this.open.length > 0) this.close();
  }

  private weighed = { entry: '', weight: 0 };
  private weigh(entry: string): number {
    if (this.fit === Infinity) return 0;
    if (this.weighed.entry !== entry) this.weighed = { entry, weight: brotliSize(entry) };
    return this.weighed.weight;
  }

  private close(): void {
    const text = `[${this.open.join(',')}]`;
    const name = hashedName(this.prefix, text);
    this.names.push(name);
    this.sink(name, text);
    this.open = [];
    this.size = 0;
    this.weight = 0;
  }
}

/**
 * Packing for `mlo-newsroom index`: entries (arriving in their final order) into files of about
 * a target size, each named by a hash of its bytes, so a host can cache every file but
 * `index.json` for a year and a rebuild changes the names of only what changed. A file is
 * written as soon as it is full: the build never holds the whole index in memory.
 */
import { createHash } from 'node:crypto';

/** Receives each finished file (the builder writes it to disk, or keeps it for a test). */
export type FileSink = (name: string, text: string) => void;

/** `prefix.<first 16 hex of sha256>.json`: the same bytes always get the same name. */
export function hashedName(prefix: string, text: string): string {
  return `${prefix}.${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
}

/**
 * Packs entries (JSON texts of array elements) into files of about `target` bytes: a file is
 * closed once it reaches the target, so a big entry makes a file of its own and is never split.
 * `names[i]` is a file's name, `firsts[i]` the label of its first entry.
 */
export class Packer<T> {
  readonly names: string[] = [];
  readonly firsts: T[] = [];
  private open: string[] = [];
  private size = 0;

  constructor(
    private readonly target: number,
    private readonly prefix: string,
    private readonly sink: FileSink,
  ) {}

  add(entry: string, label: T): void {
    if (this.open.length === 0) this.firsts.push(label);
    this.open.push(entry);
    this.size += entry.length + 1;
    if (this.size >= this.target) this.close();
  }

  /** Writes the last, partly filled file. */
  finish(): void {
    if (this.open.length > 0) this.close();
  }

  private close(): void {
    const text = `[${this.open.join(',')}]`;
    const name = hashedName(this.prefix, text);
    this.names.push(name);
    this.sink(name, text);
    this.open = [];
    this.size = 0;
  }
}

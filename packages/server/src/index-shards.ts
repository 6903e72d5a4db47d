/**
 * Packing for `mlo-newsroom index`: entries (already in their final order) into files of about
 * a target size, each named by a hash of its bytes, so a host can cache every file but
 * `index.json` for a year and a rebuild changes the names of only what changed.
 */
import { createHash } from 'node:crypto';

export interface PackedFile {
  name: string;
  text: string;
}

/** `prefix.<first 16 hex of sha256>.json`: the same bytes always get the same name. */
export function hashedName(prefix: string, text: string): string {
  return `${prefix}.${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
}

/**
 * Packs `entries` (JSON texts of array elements) into files of about `target` bytes: a file is
 * closed once it reaches the target, so a big entry makes a file of its own and is never split.
 * Returns the files and, per file, the index of its first entry.
 */
export function pack(
  entries: readonly string[],
  target: number,
  prefix: string,
): { files: PackedFile[]; firsts: number[] } {
  const files: PackedFile[] = [];
  const firsts: number[] = [];
  let open: string[] = [];
  let size = 0;
  let first = 0;
  const close = () => {
    const text = `[${open.join(',')}]`;
    files.push({ name: hashedName(prefix, text), text });
    firsts.push(first);
    open = [];
    size = 0;
  };
  entries.forEach((entry, i) => {
    if (open.length === 0) first = i;
    open.push(entry);
    size += entry.length + 1;
    if (size >= target) close();
  });
  if (open.length > 0) close();
  return { files, firsts };
}

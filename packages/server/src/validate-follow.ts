/**
 * `validate --follow [N]`: walks a paged feed's archive through `next_url` (up to N files, the
 * first included, as a news list's Load more would) and checks what only the whole chain shows:
 * each file reads, ids stay unique across files, and the chain ends (a loop is reported).
 */
import { isFeedError } from '../../../src/feed/errors.js';
import { readFeed } from './read.js';
import { readSource } from './source.js';
import type { ReportEntry, ValidateOptions, ValidationReport } from './validate.js';

/** The widgets read at most this many files of one archive (news-list-archive.ts). */
const MAX_FOLLOW = 100;

export interface FollowedFile {
  url: string;
  items: number;
}

/** Adds the archive's files and findings to the first file's report (`files`, `entries`). */
export async function followArchive(
  report: ValidationReport & { files?: FollowedFile[] },
  firstUrl: string,
  firstNext: string | undefined,
  firstIds: string[],
  max: number,
  options: ValidateOptions,
): Promise<void> {
  const files: FollowedFile[] = [{ url: firstUrl, items: firstIds.length }];
  const seen = new Map(firstIds.map((id) => [id, 1]));
  const visited = new Set([firstUrl]);
  const add = (entry: ReportEntry) => report.entries.push(entry);
  let next = firstNext;
  while (next && files.length < Math.min(max, MAX_FOLLOW)) {
    const where = `file ${files.length + 1} (${next})`;
    if (visited.has(next)) {
      add({
        severity: 'warning',
        path: `$.next_url`,
        message: `${where} was read already: a loop; the widgets stop there`,
      });
      break;
    }
    visited.add(next);
    let read;
    try {
      read = readFeed(await readSource(next, options));
    } catch (error) {
      const message = isFeedError(error) || error instanceof Error ? error.message : String(error);
      add({
        severity: 'error',
        path: '$.next_url',
        message: `${where} cannot be read: ${message}`,
      });
      report.exitCode = 2;
      break;
    }
    const items = read.result.feed.items;
    files.push({ url: next, items: items.length });
    if (read.result.skipped) report.exitCode = Math.max(report.exitCode, 1) as 1 | 2;
    for (const [index, item] of items.entries()) {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, files.length);
      else {
        add({
          severity: 'error',
          path: `${where} $.items[${read.rawIndex[index]}].id`,
          message: `"${item.id.slice(0, 200)}" is the id of an item in file ${first}: the widgets show it once`,
          hint: 'Give every item of the archive its own id.',
        });
        report.exitCode = Math.max(report.exitCode, 1) as 1 | 2;
      }
    }
    next = read.result.feed.nextUrl;
  }
  if (next && files.length >= Math.min(max, MAX_FOLLOW) && !visited.has(next))
    add({ severity: 'note', path: '$.next_url', message: `stopped after ${files.length} files` });
  report.files = files;
}

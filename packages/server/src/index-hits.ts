/**
 * The best results of every query a first word's later letters make (four letters or more,
 * `vuci`, `vucic`), so that keystroke fetches one small file of records, not the docs files
 * its results are spread over (one to eight of them, about 36 kB each). Ranked by the widget's
 * own `ArchivePartSearch` over the group's words, so the build predicts exactly what it shows.
 */
import { ArchivePartSearch } from '../../../src/search/archive-part.js';
import { KEY_LENGTH, TOP_DOCS, type ShardEntry } from '../../../src/search/archive-format.js';
import type { Postings } from '../../../src/search/postings.js';

export class PrefixHits {
  private search?: ArchivePartSearch;
  private letter = '';

  /** @param least matches a query needs to be listed (the rarer ones fetch docs files). */
  constructor(
    private readonly items: number,
    private readonly postings: Postings,
    private readonly least: number,
  ) {}

  /**
   * `[prefix, best docs]` for every prefix of four letters or more of the words
   * `terms[lo..hi)` (the group `key`) that matches `least` items or more, in sorted order (a
   * prefix before the words it starts).
   */
  *of(key: string, lo: number, hi: number): Generator<[string, number[]]> {
    const { terms, offsets, postings } = this.postings;
    // A search of its own per first letter: it keeps every group it was given.
    if (!this.search || key[0] !== this.letter) {
      this.letter = key[0];
      const part = {
        items: this.items,
        keys: [''],
        shards: [''],
        docs: [],
        docFiles: [],
        types: '',
      };
      this.search = new ArchivePartSearch(part);
    }
    const words = terms.slice(lo, hi);
    const lists = words.map((_, k) => postings.subarray(offsets[lo + k], offsets[lo + k + 1]));
    const entry: ShardEntry = { kind: 'words', terms: words, postings: lists, docs: [] };
    this.search.add(0, new Map([[key, entry]]));
    let previous = '';
    for (const word of words) {
      let common = 0;
      while (common < previous.length && previous[common] === word[common]) common++;
      for (let length = Math.max(common + 1, KEY_LENGTH + 1); length <= word.length; length++) {
        const prefix = word.slice(0, length);
        const hits = this.search.search(prefix, TOP_DOCS) ?? [];
        if (this.search.count < this.least) continue;
        yield [prefix, hits.map((hit) => hit.doc)];
      }
      previous = word;
    }
  }
}

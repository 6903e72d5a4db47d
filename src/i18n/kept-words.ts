/**
 * Where the words of a keep list (`_mlo.keep`, the `keep` option) occur in a text, in one pass
 * whatever the list's length: an Aho–Corasick automaton over the list. Searching each entry with
 * `indexOf` cost one pass per entry and one range per occurrence, so 500 copies of "a" on a
 * 60 kB body made millions of ranges and took seconds, or the whole heap (#23). Here duplicates
 * are one entry, the text is read once, and each position adds at most one range.
 *
 * Entries match as they did: exactly, case-sensitively, anywhere (no word boundary), on UTF-16
 * code units as `indexOf` does. Every occurrence is kept, overlapping ones too (`aa` in `aaa`
 * keeps all three letters, where the `indexOf` loop skipped the second occurrence).
 */

/** A transition's key: the state times 2^16 plus the UTF-16 code unit. */
const key = (state: number, code: number) => state * 0x10000 + code;

class Automaton {
  /** The root's transitions as a table (most positions of a text are at the root): 0 is none. */
  private readonly root = new Int32Array(0x10000);
  /** Every other state's transitions. */
  private readonly next = new Map<number, number>();
  /** Where to go on a mismatch: the state of the longest proper suffix that is in the trie. */
  private readonly fail: number[] = [0];
  /** The length of the longest entry ending at each state (0: none). */
  private readonly longest: number[] = [0];

  constructor(words: Iterable<string>) {
    const depth = [0];
    const parent = [0];
    const code = [0];
    for (const word of words) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let to = this.go(state, c);
        if (to === undefined) {
          to = depth.length;
          depth.push(i + 1);
          parent.push(state);
          code.push(c);
          this.longest.push(0);
          if (state === 0) this.root[c] = to;
          else this.next.set(key(state, c), to);
        }
        state = to;
      }
      this.longest[state] = word.length;
    }
    // Failure links, shallow states first (a state's link is shallower than it).
    const byDepth: number[][] = [];
    for (let state = 1; state < depth.length; state++) (byDepth[depth[state]] ??= []).push(state);
    for (const state of byDepth.flat()) {
      const p = parent[state];
      let link = 0;
      if (p !== 0) {
        let f = this.fail[p];
        let to = this.go(f, code[state]);
        while (to === undefined && f !== 0) {
          f = this.fail[f];
          to = this.go(f, code[state]);
        }
        link = to ?? 0;
      }
      this.fail[state] = link;
      // The longest entry ending here is this state's own, else its link's (already known).
      if (!this.longest[state]) this.longest[state] = this.longest[link];
    }
  }

  private go(state: number, c: number): number | undefined {
    return state === 0 ? this.root[c] || undefined : this.next.get(key(state, c));
  }

  /** Adds to `out` [start, end) ranges covering every occurrence of every entry in `text`. */
  ranges(text: string, out: [number, number][]): void {
    let state = 0;
    let last: [number, number] | undefined;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = this.go(state, c);
      while (to === undefined && state !== 0) {
        state = this.fail[state];
        to = this.go(state, c);
      }
      state = to ?? 0;
      const length = this.longest[state];
      if (!length) continue;
      // Every entry ending here lies inside the longest one ending here.
      const start = i + 1 - length;
      if (last && start >= last[0] && start <= last[1]) last[1] = i + 1;
      else out.push((last = [start, i + 1]));
    }
  }
}

/**
 * One automaton per keep list, reused while the list is unchanged: the same `item.keep` array
 * reaches every text node and attribute of an article, one call each.
 */
const automata = new WeakMap<
  readonly unknown[],
  { entries: readonly unknown[]; automaton: Automaton | undefined }
>();

/**
 * Adds to `out` the [start, end) ranges of `text` that the string entries of `keep` cover (the
 * ranges may touch or overlap; the caller merges them). Non-string and empty entries are skipped.
 */
export function keptWordRanges(
  text: string,
  keep: readonly unknown[],
  out: [number, number][],
): void {
  let cached = automata.get(keep);
  // An array changed in place since: build again (comparing entries is cheap next to matching).
  if (
    !cached ||
    cached.entries.length !== keep.length ||
    cached.entries.some((entry, i) => entry !== keep[i])
  ) {
    const words = new Set<string>();
    for (const entry of keep) if (typeof entry === 'string' && entry) words.add(entry);
    cached = { entries: [...keep], automaton: words.size ? new Automaton(words) : undefined };
    automata.set(keep, cached);
  }
  cached.automaton?.ranges(text, out);
}

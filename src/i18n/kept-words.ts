/**
 * Where the words of a keep list (`_mlo.keep`, the `keep` option) occur in a text, in one pass
 * whatever the list's length: an Aho–Corasick automaton over the list. Searching each entry with
 * `indexOf` cost one pass per entry and one range per occurrence, so 500 copies of "a" on a
 * 60 kB body made millions of ranges and took seconds, or the whole heap (#23). Here duplicates
 * are one entry, the text is read once (twice for an item that adds words to the feed's list:
 * the feed's part is built once for all items), and each position adds at most one range.
 *
 * Entries match as they did: exactly, case-sensitively, anywhere (no word boundary), on UTF-16
 * code units as `indexOf` does. Every occurrence is kept, overlapping ones too (`aa` in `aaa`
 * keeps all three letters, where the `indexOf` loop skipped the second occurrence).
 */

import type { Ranges } from './ranges.js';

/** A transition's key: the state times 2^16 plus the UTF-16 code unit. */
const key = (state: number, code: number) => state * 0x10000 + code;

class Automaton {
  /**
   * The root's transitions as a table (most positions of a text are at the root), up to the
   * highest first code unit of an entry: 0 is none.
   */
  private readonly root: Int32Array;
  /** Every other state's transitions. */
  private readonly next = new Map<number, number>();
  /** Where to go on a mismatch: the state of the longest proper suffix that is in the trie. */
  private readonly fail: Int32Array;
  /** The length of the longest entry ending at each state (0: none). */
  private readonly longest: Int32Array;

  constructor(words: readonly string[]) {
    this.root = new Int32Array(Math.max(...words.map((word) => word.charCodeAt(0))) + 1);
    const depth = [0];
    const parent = [0];
    const code = [0];
    const ends = [0];
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
          ends.push(0);
          if (state === 0) this.root[c] = to;
          else this.next.set(key(state, c), to);
        }
        state = to;
      }
      ends[state] = word.length;
    }
    this.longest = Int32Array.from(ends);
    this.fail = new Int32Array(depth.length);
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
  ranges(text: string, out: Ranges): void {
    let state = 0;
    /** The index in `out` of this pass's last range (-1: none yet). */
    let last = -1;
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
      if (last >= 0 && start >= out.starts[last] && start <= out.ends[last]) out.ends[last] = i + 1;
      else {
        last = out.length;
        out.push(start, i + 1);
      }
    }
  }
}

/**
 * One compiled list per keep array, reused while the array is unchanged: the same `item.keep`
 * array reaches every text node and attribute of an article, one call each.
 */
const compiled = new WeakMap<readonly unknown[], { entries: unknown[]; parts: Automaton[] }>();

/**
 * Lists built whole, most recent first. Each item's list is the feed's followed by the item's
 * own (a new array per item), so a list that starts with one of these reuses its automaton and
 * builds one for the rest only: a feed's 500 long entries are built once, not once per item.
 */
const bases: { words: string[]; automaton: Automaton }[] = [];
const MAX_BASES = 8;

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The automata whose ranges together cover `words`: at most two, so at most two passes. */
function compile(words: string[]): Automaton[] {
  if (!words.length) return [];
  let best: { words: string[]; automaton: Automaton } | undefined;
  let shared = 0;
  for (const base of bases) {
    const common = commonPrefix(base.words, words);
    if (common === base.words.length) {
      best = base;
      shared = common;
      break;
    }
    if (common > shared) shared = common;
  }
  if (!best) {
    // No base is a prefix: the part shared with one (the feed's list) becomes a base of its own.
    const prefix = shared ? words.slice(0, shared) : words;
    best = { words: prefix, automaton: new Automaton(prefix) };
    shared = prefix.length;
  }
  const at = bases.indexOf(best);
  if (at >= 0) bases.splice(at, 1);
  bases.unshift(best);
  bases.length = Math.min(bases.length, MAX_BASES);
  const rest = words.slice(shared);
  return rest.length ? [best.automaton, new Automaton(rest)] : [best.automaton];
}

/**
 * Adds to `out` the [start, end) ranges of `text` that the string entries of `keep` cover (the
 * ranges may touch or overlap; the caller merges them). Non-string and empty entries are skipped;
 * a repeated entry is one.
 */
export function keptWordRanges(text: string, keep: readonly unknown[], out: Ranges): void {
  let list = compiled.get(keep);
  // An array changed in place since: compile again (comparing entries is cheap next to matching).
  if (
    !list ||
    list.entries.length !== keep.length ||
    list.entries.some((entry, i) => entry !== keep[i])
  ) {
    const words = new Set<string>();
    for (const entry of keep) if (typeof entry === 'string' && entry) words.add(entry);
    list = { entries: [...keep], parts: compile([...words]) };
    compiled.set(keep, list);
  }
  for (const automaton of list.parts) automaton.ranges(text, out);
}

/**
 * The problems a feed reports, bounded whatever the feed holds: a 5 MB feed of `0,0,0,…` has
 * 2.5 million bad entries, and one string each, kept for the page's life, was ~470 MB.
 * The first `MAX_PROBLEMS` are kept, each cut to `MAX_PROBLEM_LENGTH` characters (a validator
 * message may quote the bad value, which can be a megabyte long); the rest are only counted and
 * become one "and N more" line.
 */
const MAX_PROBLEMS = 100;
const MAX_PROBLEM_LENGTH = 200;

export class ProblemList {
  private readonly kept: string[] = [];
  private dropped = 0;

  add(problem: string): void {
    if (this.kept.length >= MAX_PROBLEMS) {
      this.dropped++;
      return;
    }
    this.kept.push(
      problem.length > MAX_PROBLEM_LENGTH
        ? `${problem.slice(0, MAX_PROBLEM_LENGTH - 1)}…`
        : problem,
    );
  }

  /** The kept problems, then `… and N more problems` when some were only counted. */
  toArray(): string[] {
    return this.dropped > 0
      ? [...this.kept, `… and ${this.dropped} more problems`]
      : [...this.kept];
  }
}

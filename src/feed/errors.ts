/** Why a feed could not be shown. Every fault of the network or the data ends in one of these. */
export type FeedErrorReason =
  | 'timeout'
  | 'network'
  | 'not-found'
  | 'http'
  | 'server'
  | 'rate-limited'
  | 'not-json'
  | 'parse'
  | 'too-large'
  | 'schema'
  | 'aborted';

/** A typed, expected failure of loading or reading a feed. Never thrown past a widget. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly reason: FeedErrorReason,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown; line?: number },
  ) {
    super(message, options);
    this.line = options?.line;
  }

  /** For a feed that is not well-formed XML: the line where the parser stopped. */
  readonly line?: number;
}

/** The error a cancelled load rejects with (the element went away, or a newer request won). */
export const abortedError = (): FeedError => new FeedError('aborted', 'Loading was cancelled');

export const isFeedError = (error: unknown): error is FeedError => error instanceof FeedError;

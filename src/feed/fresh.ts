/**
 * What a poll needs from a response besides the feed: a fingerprint that tells "unchanged"
 * without parsing, and how long the server asks us to wait before the next poll.
 */

/**
 * The response's validator when the browser lets us read it (same origin, or a feed server that
 * sends `Access-Control-Expose-Headers: ETag`): then an unchanged feed's body is not even read.
 */
export function headerFingerprint(headers: Headers): string | undefined {
  const etag = headers.get('ETag');
  if (etag) return `etag ${etag}`;
  const modified = headers.get('Last-Modified');
  return modified ? `modified ${modified}` : undefined;
}

/**
 * Otherwise a hash of the body text (FNV-1a, 32 bits, with the length): a few ms for a large
 * feed, against tens of ms of parsing and checking it again.
 */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `text ${text.length} ${(hash >>> 0).toString(36)}`;
}

/**
 * How long the server asks us to wait, in ms: `Retry-After` (seconds or a date) or
 * `Cache-Control: max-age`; 0 when it says nothing. A poll waits at least this long.
 */
export function serverWaitMs(headers: Headers): number {
  const retry = headers.get('Retry-After')?.trim();
  if (retry) {
    if (/^\d+$/.test(retry)) return Number(retry) * 1000;
    const at = Date.parse(retry);
    if (!Number.isNaN(at)) return Math.max(0, at - Date.now());
  }
  const age = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(headers.get('Cache-Control') ?? '');
  return age ? Number(age[1]) * 1000 : 0;
}

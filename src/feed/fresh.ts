/**
 * A feed's fingerprint, which tells a poll that the feed has not changed without parsing it.
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

/** How long a feed's server asks a poll to wait (poll.ts; not in the entry: polls are lazy). */

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

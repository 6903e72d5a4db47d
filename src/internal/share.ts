/**
 * Sharing without anyone else's code: the browser's own share sheet (Web Share) where it has
 * one, else the clipboard. Nothing is fetched, no cookie is set, no script is loaded, so a strict
 * CSP holds; both APIs need a click (transient activation), which is where these are called from.
 */

/** What happened: shared, copied, the reader closed the sheet, or the clipboard was refused. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'refused';

/** The text on the clipboard; `false` when there is no clipboard or it was refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Not in an insecure context, nor in older engines; refused by a permission policy.
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The share sheet where the browser has one (and accepts the data), else the link copied. A
 * share sheet that fails for another reason than the reader closing it falls back to copying.
 */
export async function shareLink(data: { title?: string; url: string }): Promise<ShareOutcome> {
  const nav = navigator as Navigator & Partial<Pick<Navigator, 'share' | 'canShare'>>;
  if (typeof nav.share === 'function' && (nav.canShare?.(data) ?? true)) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if ((error as Error | undefined)?.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(data.url)) ? 'copied' : 'refused';
}

/** Quotation marks by the language of the words: „…“ for Serbian, “…” otherwise. */
export function quoted(words: string, language: string | undefined): string {
  return /^sr\b/i.test(language ?? '') ? `„${words}“` : `“${words}”`;
}

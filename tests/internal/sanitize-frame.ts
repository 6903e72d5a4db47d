/**
 * Runs `sanitizeToFragment` in a fresh frame, so no module loaded by another test counts and the
 * frame's own CSP or feature set applies. Replies carry an id: WebKit's event.source for a srcdoc
 * frame is not always === frame.contentWindow (seen when the first script posts late).
 */
export interface FrameResult {
  html?: string;
  error?: string;
  /** Module URLs the frame fetched that belong to the DOMPurify sanitizer. */
  purify: string[];
  /** CSP violations the frame saw: directive, blocked URI, sample. */
  violations: string[];
}

export interface FrameOptions {
  /** Markup for the frame's head (a CSP `<meta>`, say). */
  head?: string;
  /** A classic script run before the module (to fake an engine's API, say). */
  setup?: string;
  markup: string;
  baseUrl?: string;
}

export function sanitizeInFrame({
  head = '',
  setup,
  markup,
  baseUrl,
}: FrameOptions): Promise<FrameResult> {
  const moduleUrl = new URL('../../src/internal/sanitize.ts', import.meta.url).href;
  const id = Math.random().toString(36).slice(2);
  const frame = document.createElement('iframe');
  const args = [markup, ...(baseUrl ? [baseUrl] : [])].map((a) => JSON.stringify(a)).join(', ');
  frame.srcdoc = `<!doctype html>${head}${setup ? `<script>${setup}</script>` : ''}
<script type="module">
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
  // Late violations are reported asynchronously: wait a little before answering.
  const send = (data) => setTimeout(() => {
    const purify = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /sanitizer-chunk|dompurify/i.test(n));
    parent.postMessage({ frameId: ${JSON.stringify(id)}, purify, violations, ...data }, '*');
  }, 50);
  try {
    const { sanitizeToFragment } = await import(${JSON.stringify(moduleUrl)});
    const fragment = await sanitizeToFragment(${args});
    const div = document.createElement('div');
    div.append(fragment);
    send({ html: div.innerHTML });
  } catch (error) {
    send({ error: String(error) });
  }
</script>`;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.data?.frameId !== id) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data as FrameResult);
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

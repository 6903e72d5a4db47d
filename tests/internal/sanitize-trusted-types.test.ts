import { expect } from '@open-wc/testing';
import { SANITIZER_POLICY_NAME } from '../../src/internal/sanitize.js';

/** Runs the sanitizer in a frame whose CSP enforces Trusted Types. */
function inTrustedTypesFrame(
  _ctx: Mocha.Context,
  csp: string,
): Promise<{ html?: string; error?: string; violations: string[] }> {
  // The browsers we test (Chromium, Firefox 153, WebKitGTK 2.50) enforce Trusted Types; without it this proves nothing.
  expect('trustedTypes' in window, 'this browser enforces Trusted Types').to.equal(true);
  const moduleUrl = new URL('../../src/internal/sanitize.ts', import.meta.url).href;
  const frame = document.createElement('iframe');
  // The frame's replies carry this id: WebKit's event.source for a srcdoc frame is not always
  // === frame.contentWindow (seen when the first script posts late), so the source cannot tell.
  const id = Math.random().toString(36).slice(2);
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
<script type="module">
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
  const send = (data) => setTimeout(() => parent.postMessage({ tt: ${JSON.stringify(id)}, violations, ...data }, '*'), 50);
  try {
    const { sanitizeToFragment } = await import(${JSON.stringify(moduleUrl)});
    const fragment = await sanitizeToFragment('<p>ok <a href="javascript:alert(1)">x</a></p><img src=x onerror=alert(1)>');
    const div = document.createElement('div');
    div.append(fragment);
    send({ html: div.innerHTML });
  } catch (error) {
    send({ error: String(error) });
  }
</script>`;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.data?.tt !== id) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

describe('sanitizeToFragment under Trusted Types', () => {
  it(`works with only the "${SANITIZER_POLICY_NAME}" policy allowed, and creates no other`, async function () {
    const result = await inTrustedTypesFrame(
      this,
      `require-trusted-types-for 'script'; trusted-types ${SANITIZER_POLICY_NAME}`,
    );
    expect(result.error).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
    expect(result.html).to.contain('<p>ok <a rel="noopener noreferrer nofollow">x</a></p>');
    expect(result.html).not.to.contain('onerror');
  });

  it('rejects with a clear message when the page forbids the policy (without the browser sanitizer)', async function () {
    const result = await inTrustedTypesFrame(
      this,
      `require-trusted-types-for 'script'; trusted-types 'none'`,
    );
    if (typeof (window as { Sanitizer?: unknown }).Sanitizer === 'function') {
      // `setHTML` is no Trusted Types sink: the browser's sanitizer needs no policy at all.
      expect(result.error).to.equal(undefined);
      expect(result.violations).to.deep.equal([]);
      expect(result.html).to.contain('<p>ok <a rel="noopener noreferrer nofollow">x</a></p>');
      return;
    }
    expect(result.html).to.equal(undefined);
    expect(result.error).to.contain('TypeError').and.to.contain(SANITIZER_POLICY_NAME);
    // Proves the frame sees violations, so the empty list in the test above means something.
    expect(result.violations.join('\n')).to.match(/^trusted-types/m);
  });
});

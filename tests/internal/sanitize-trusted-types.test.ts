import { expect } from '@open-wc/testing';
import { SANITIZER_POLICY_NAME } from '../../src/internal/sanitize.js';
import { sanitizeInFrame } from './sanitize-frame.js';

/** Runs the sanitizer in a frame whose CSP enforces Trusted Types. */
function inTrustedTypesFrame(_ctx: Mocha.Context, csp: string) {
  // The browsers we test (Chromium, Firefox 153, WebKitGTK 2.50) enforce Trusted Types; without it this proves nothing.
  expect('trustedTypes' in window, 'this browser enforces Trusted Types').to.equal(true);
  return sanitizeInFrame({
    head: `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    markup: '<p>ok <a href="javascript:alert(1)">x</a></p><img src=x onerror=alert(1)>',
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

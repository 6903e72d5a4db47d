/** Hostile suite: sanitizer inputs that make DOMPurify answer something other than a fragment. */
import { expect } from '@open-wc/testing';
import { sanitizeToFragment } from '../../src/internal/sanitize.js';

describe('hostile: sanitizer edge cases', () => {
  it('a <frameset> body (no <body> left to sanitize) is an empty fragment, not null', async () => {
    for (const html of [
      '<frameset onload=__xss=1>',
      '<frameset><frame src="javascript:__xss=1"></frameset>',
    ]) {
      const fragment = await sanitizeToFragment(html);
      expect(fragment).to.be.instanceOf(DocumentFragment);
      expect(fragment.childNodes.length).to.equal(0);
    }
  });
});

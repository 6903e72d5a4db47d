/**
 * Which sanitizer an article body goes through: the browser's own (`setHTML` with a `Sanitizer`)
 * wherever it exists and honours our configuration, without ever fetching DOMPurify; DOMPurify
 * where it does not, including an engine whose `Sanitizer` speaks an older draft of the API.
 * Each case runs in a fresh frame, so no module loaded by another test counts.
 */
import { expect } from '@open-wc/testing';
import { sanitizeInFrame } from './sanitize-frame.js';

/** Sanitizes our test markup in a new frame, after `setup` (a script run first). */
const inFrame = (setup?: string) =>
  sanitizeInFrame({
    setup,
    markup:
      '<p class="c">ok <a href="javascript:alert(1)">x</a><x-y>kept</x-y></p><img src=x onerror=alert(1)>',
    baseUrl: 'https://feed.example/',
  });

const CLEAN =
  '<p>ok <a rel="noopener noreferrer nofollow">x</a>kept</p><img src="https://feed.example/x" loading="lazy" decoding="async" referrerpolicy="no-referrer">';

describe('sanitizeToFragment: the browser sanitizer first', () => {
  it('uses the HTML Sanitizer API where the engine has it, and never fetches DOMPurify', async () => {
    const native = typeof (window as { Sanitizer?: unknown }).Sanitizer === 'function';
    const result = await inFrame();
    expect(result.error).to.equal(undefined);
    expect(result.html).to.equal(CLEAN);
    if (native) expect(result.purify).to.deep.equal([]);
    else expect(result.purify.length).to.be.greaterThan(0);
  });

  it('falls back to DOMPurify when the engine ignores our configuration (an older draft)', async () => {
    // An engine whose Sanitizer takes other option names: the probe sees its answer is wrong.
    const result = await inFrame(`
      window.Sanitizer = class { constructor(config) { this.config = config; } };
      Element.prototype.setHTML = function (html) {
        const t = document.createElement('template');
        t.innerHTML = html;
        for (const el of t.content.querySelectorAll('script, iframe, svg')) el.remove();
        this.replaceChildren(t.content);
      };`);
    expect(result.error).to.equal(undefined);
    expect(result.html).to.equal(CLEAN);
    expect(result.purify.length).to.be.greaterThan(0);
  });
});

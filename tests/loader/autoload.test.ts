import { expect } from '@open-wc/testing';
import { autoload } from '../../src/loader/autoload.js';

let counter = 0;
const uniqueTag = () => `mlo-lazy-${Date.now().toString(36)}-${counter++}`;
/** MutationObserver callbacks run as microtasks; one task later they have all run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A loader that counts its calls and defines `tag` the way an element module does. */
function loader(tag: string, { failFirst = false } = {}) {
  const calls = { count: 0 };
  const load = async () => {
    calls.count++;
    if (failFirst && calls.count === 1) throw new Error('chunk failed');
    if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  };
  return { calls, load };
}

describe('autoload', () => {
  const host = document.createElement('div');
  before(() => document.body.append(host));
  after(() => host.remove());
  afterEach(() => host.replaceChildren());

  it('loads at once when the tag is already in the document', async () => {
    const tag = uniqueTag();
    host.innerHTML = `<section><${tag}></${tag}></section>`;
    const { calls, load } = loader(tag);
    await autoload({ [tag]: load }).loaded(tag);
    expect(calls.count).to.equal(1);
    expect(host.querySelector(tag)).to.be.an.instanceOf(customElements.get(tag)!);
  });

  it('does not load while the tag is absent, then loads once on first insertion', async () => {
    const tag = uniqueTag();
    const { calls, load } = loader(tag);
    const loaded = autoload({ [tag]: load }).loaded(tag);
    host.append(document.createElement('p'));
    await settle();
    expect(calls.count).to.equal(0);
    expect(customElements.get(tag)).to.equal(undefined);

    // Nested inside an inserted subtree counts too.
    const wrapper = document.createElement('div');
    wrapper.append(document.createElement(tag));
    host.append(wrapper);
    await loaded;
    expect(calls.count).to.equal(1);
    expect(wrapper.firstElementChild).to.be.an.instanceOf(customElements.get(tag)!);

    host.append(document.createElement(tag));
    await settle();
    expect(calls.count).to.equal(1);
  });

  it('sees an element created before insertion, with properties set early', async () => {
    const tag = uniqueTag();
    const { load } = loader(tag);
    const loaded = autoload({ [tag]: load }).loaded(tag);
    const el = document.createElement(tag) as HTMLElement & { answer?: number };
    el.answer = 42;
    host.append(el);
    await loaded;
    expect(customElements.get(tag)).to.not.equal(undefined);
    expect(el.answer).to.equal(42);
  });

  it('does nothing when the tag is already defined (another copy of the library)', async () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const { calls, load } = loader(tag);
    host.append(document.createElement(tag));
    await autoload({ [tag]: load }).loaded(tag);
    expect(calls.count).to.equal(0);
  });

  it('warns when the chunk fails and tries again on the next insertion', async () => {
    const tag = uniqueTag();
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const { calls, load } = loader(tag, { failFirst: true });
      const loaded = autoload({ [tag]: load }).loaded(tag);
      host.append(document.createElement(tag));
      await settle();
      await settle();
      expect(calls.count).to.equal(1);
      expect(customElements.get(tag)).to.equal(undefined);
      expect(String(warnings[0]?.[0])).to.contain(`<${tag}>`);

      host.append(document.createElement(tag));
      await loaded;
      expect(calls.count).to.equal(2);
      expect(customElements.get(tag)).to.not.equal(undefined);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('loads only the tags in the page, each once, and reports elements found before definition', async () => {
    const [a, b] = [uniqueTag(), uniqueTag()];
    const first = loader(a);
    const second = loader(b);
    const found: Element[] = [];
    host.innerHTML = `<${a} src="x.json"></${a}><${a}></${a}>`;
    // Like import(): the module arrives (and defines the tag) a task later.
    const later = async () => {
      await settle();
      await first.load();
    };
    const loader_ = autoload({ [a]: later, [b]: second.load }, { found: (el) => found.push(el) });
    await loader_.loaded(a);
    expect(first.calls.count).to.equal(1);
    expect(second.calls.count).to.equal(0);
    expect(found.map((el) => el.localName)).to.deep.equal([a, a]);
    host.append(document.createElement(b));
    await loader_.loaded(b);
    expect(second.calls.count).to.equal(1);
    expect(found.map((el) => el.localName)).to.deep.equal([a, a, b]);
    // Defined by now: nothing more to prefetch for it.
    host.append(document.createElement(a));
    await settle();
    expect(found.length).to.equal(3);
  });
});

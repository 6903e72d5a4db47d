/**
 * The pollution guard on property options (src/internal/decorators.ts), now that it no longer
 * overrides Lit's `createProperty` (deprecated; a dev-mode warning in every app, issue #26).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/define.js';
import { property, state } from '../../src/internal/decorators.js';

/** Every object in the prototype chain of `options`: none may be `Object.prototype`. */
function inheritsFromObject(options: object): boolean {
  for (let o: object | null = options; o; o = Object.getPrototypeOf(o) as object | null)
    if (o === Object.prototype) return true;
  return false;
}

describe('property options safe from a polluted page', () => {
  it("every element's property options inherit nothing from Object.prototype", async () => {
    const list = (await (await fetch('/src/elements.json')).json()) as {
      elements: { tag: string }[];
    };
    expect(list.elements.length).to.be.above(5);
    for (const { tag } of list.elements) {
      const ctor = customElements.get(tag) as unknown as typeof LitElement;
      expect(ctor, tag).to.exist;
      for (const [name, options] of ctor.elementProperties)
        expect(inheritsFromObject(options), `${tag}.${String(name)}`).to.equal(false);
    }
  });

  it('a class declared while Object.prototype has state, attribute, noAccessor and hasChanged', async () => {
    const polluted = Object.prototype as Record<string, unknown>;
    const junk: [string, unknown][] = [
      ['state', true],
      ['attribute', false],
      ['noAccessor', true],
      ['hasChanged', () => false],
    ];
    for (const [name, value] of junk) polluted[name] = value;
    let Ctor: CustomElementConstructor;
    const tag = `mlo-test-decorators-${Date.now().toString(36)}`;
    try {
      class Probe extends LitElement {
        @property({ type: Number, reflect: true }) limit = 1;
        @state() private count = 0;
        override render() {
          this.count++;
          return html`<p>${this.limit} ${this.count}</p>`;
        }
      }
      Ctor = Probe;
      customElements.define(tag, Ctor);
    } finally {
      for (const [name] of junk) delete polluted[name];
    }
    const el = await fixture<LitElement & { limit: number }>(`<${tag} limit="4"></${tag}>`);
    expect(el.limit, 'the attribute is read').to.equal(4);
    el.limit = 5;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('5');
    expect(el.getAttribute('limit'), 'reflected').to.equal('5');
    const options = (Ctor as unknown as typeof LitElement).getPropertyOptions('count');
    expect(options.state).to.equal(true);
  });
});

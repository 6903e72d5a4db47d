import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { partlySkipped } from '../helpers/skip.js';
import { LitElement, css, html as litHtml } from 'lit';
import { hostStyles, tokens } from '../../src/internal/styles.js';

class StylesProbe extends LitElement {
  static override styles = [
    hostStyles,
    css`
      .gap {
        gap: var(--mlo-probe-gap, ${tokens.spaceM});
        display: flex;
      }
    `,
  ];
  override render() {
    return litHtml`<a href="#x">link</a><button class="button">Retry</button>
      <p class="notice notice--error">Error</p><p class="notice notice--stale">Stale</p>
      <span class="skeleton"></span><span class="visually-hidden">hidden</span><div class="gap"></div>`;
  }
}
customElements.define('mlo-styles-probe', StylesProbe);

const part = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;
const style = (el: Element, selector: string) => getComputedStyle(part(el, selector));
const root = document.documentElement;
/** The skeleton's moving band. */
const shimmer = (el: Element) => getComputedStyle(part(el, '.skeleton'), '::after');

describe('hostStyles', () => {
  afterEach(() => {
    for (const name of ['--mlo-accent', '--mlo-focus-color', '--mlo-space-m', 'color-scheme'])
      root.style.removeProperty(name);
  });

  it('is a block that inherits the font and colour of the partner page', async () => {
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div style="font: italic 19px serif; color: rgb(10, 20, 30)"><mlo-styles-probe></mlo-styles-probe></div>`,
    );
    const el = wrap.firstElementChild as StylesProbe;
    await el.updateComplete;
    const host = getComputedStyle(el);
    expect(host.display).to.equal('block');
    expect(host.fontSize).to.equal('19px');
    expect(host.fontStyle).to.equal('italic');
    expect(host.color).to.equal('rgb(10, 20, 30)');
    expect(style(el, '.button').fontSize).to.equal('19px');
    expect(style(el, '.button').boxSizing).to.equal('border-box');
  });

  it('hides on [hidden]', async () => {
    const el = await fixture(html`<mlo-styles-probe hidden></mlo-styles-probe>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  /** A computed colour as rounded 0–255 channels, whatever the engine's notation. */
  const rgb = (value: string) => {
    const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(value);
    const parts = srgb
      ? srgb.slice(1, 4).map((c) => Number(c) * 255)
      : (/rgba?\(([^)]+)\)/.exec(value)?.[1] ?? '')
          .split(/[\s,]+/)
          .slice(0, 3)
          .map(Number);
    return parts.map((c) => Math.round(c)).join(',');
  };

  it('declares no token on the host, so a value on :root reaches inside', async () => {
    const el = await fixture(html`<mlo-styles-probe></mlo-styles-probe>`);
    expect(getComputedStyle(el).getPropertyValue('--mlo-accent')).to.equal('');
    // The default accent: #2f6fd6 mixed 50/50 with the text colour (black here).
    expect(rgb(style(el, 'a').color)).to.equal('24,55,107');
    root.style.setProperty('--mlo-accent', 'rgb(1, 2, 3)');
    root.style.setProperty('--mlo-space-m', '7px');
    expect(style(el, 'a').color).to.equal('rgb(1, 2, 3)');
    expect(style(el, '.gap').columnGap).to.equal('7px');
  });

  it('switches the stripes with the page color-scheme; links follow the text colour alone', async () => {
    const el = await fixture(html`<mlo-styles-probe></mlo-styles-probe>`);
    root.style.setProperty('color-scheme', 'dark');
    // #2f6fd6 mixed with the dark scheme's text (white, or Firefox's near-white #fbfbfe).
    const [r, g, b] = rgb(style(el, 'a').color).split(',').map(Number);
    expect(
      [r, g, b].every((c, i) => Math.abs(c - [151, 183, 235][i]) <= 3),
      `${r},${g},${b}`,
    ).to.equal(true);
    expect(style(el, '.notice--error').borderInlineStartColor).to.equal('rgb(255, 180, 171)');
    root.style.setProperty('color-scheme', 'light');
    expect(rgb(style(el, 'a').color)).to.equal('24,55,107');
    expect(style(el, '.notice--error').borderInlineStartColor).to.equal('rgb(179, 38, 30)');
    expect(style(el, '.notice--stale').borderInlineStartColor).to.equal('rgb(122, 83, 0)');
  });

  it('uses logical properties, so the notice stripe follows dir="rtl"', async () => {
    const ltr = await fixture(html`<mlo-styles-probe></mlo-styles-probe>`);
    expect(style(ltr, '.notice').borderLeftWidth).to.equal('4px');
    const rtl = await fixture(html`<mlo-styles-probe dir="rtl"></mlo-styles-probe>`);
    expect(style(rtl, '.notice').borderRightWidth).to.equal('4px');
    expect(style(rtl, '.notice').borderLeftWidth).to.equal('1px');
  });

  it('draws a focus ring in the focus colour, else the text colour (not the accent)', async () => {
    const el = await fixture(html`<mlo-styles-probe></mlo-styles-probe>`);
    // Read from the stylesheet, not from real focus: parallel test windows do not all hold the
    // focus, so :focus-visible may not match in a background one.
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const ring = rules.find(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule && rule.selectorText === ':focus-visible',
    );
    expect(ring, 'a :focus-visible rule').to.exist;
    // Resolve the rule's outline (it uses var(), so only the shorthand text is there) on a probe
    // in the same shadow root, as the browser would.
    const probe = document.createElement('span');
    probe.style.setProperty('outline', ring!.style.getPropertyValue('outline'));
    el.shadowRoot!.append(probe);
    expect(getComputedStyle(probe).outlineStyle).to.equal('solid');
    // The text colour: legible on the page by design, also on a dark page without color-scheme.
    root.style.setProperty('--mlo-accent', 'rgb(1, 2, 3)');
    (el as HTMLElement).style.setProperty('color', 'rgb(7, 8, 9)');
    expect(getComputedStyle(probe).outlineColor).to.equal('rgb(7, 8, 9)');
    root.style.setProperty('--mlo-focus-color', 'rgb(4, 5, 6)');
    expect(getComputedStyle(probe).outlineColor).to.equal('rgb(4, 5, 6)');
  });

  it('keeps .visually-hidden text in the accessibility tree but out of sight', async () => {
    const el = await fixture(html`<mlo-styles-probe></mlo-styles-probe>`);
    const hidden = style(el, '.visually-hidden');
    expect([hidden.position, hidden.width, hidden.overflow]).to.deep.equal([
      'absolute',
      '1px',
      'hidden',
    ]);
    expect(hidden.display).not.to.equal('none');
  });

  it('animates the skeleton, except under reduced motion', async function () {
    const el = await fixture(html`<mlo-styles-probe></mlo-styles-probe>`);
    // On a band over the placeholder, moved by transform: the compositor animates it, not the
    // main thread (a background-position animation repainted every frame).
    expect(shimmer(el).animationName).to.equal('mlo-shimmer');
    // Not for a short wait: every frame of it is a style update on the page's main thread.
    expect(parseFloat(shimmer(el).animationDelay)).to.be.at.least(1);
    expect(style(el, '.skeleton').animationName).to.equal('none');
    // The rule itself, read from the adopted stylesheets: holds in every browser.
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const keyframes = rules.find(
      (rule): rule is CSSKeyframesRule =>
        rule instanceof CSSKeyframesRule && rule.name === 'mlo-shimmer',
    );
    expect(keyframes?.cssText, 'only transform moves: the compositor runs it').to.match(
      /transform/,
    );
    expect(keyframes?.cssText).not.to.match(/background|left|inset|width/);
    const reduced = rules.find(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule &&
        rule.conditionText.includes('prefers-reduced-motion: reduce'),
    );
    const skeleton = [...(reduced?.cssRules ?? [])].find(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule && rule.selectorText === '.skeleton::after',
    );
    expect(skeleton?.style.animationName, 'a reduced-motion rule stops the shimmer').to.equal(
      'none',
    );
    // And its effect, where the driver can emulate the media feature (Chromium; Firefox's BiDi and
    // WebKit's classic WebDriver cannot).
    let emulated = true;
    await emulateMedia({ reducedMotion: 'reduce' }).catch(() => (emulated = false));
    if (!emulated) {
      partlySkipped(
        this,
        'its effect under emulated reduced motion',
        'the driver cannot emulate prefers-reduced-motion',
      );
      return;
    }
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      expect(shimmer(el).animationName).to.equal('none');
      expect(shimmer(el).backgroundImage).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

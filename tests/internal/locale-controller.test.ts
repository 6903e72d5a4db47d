import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/internal/locale-controller.js';

/** A tiny widget that renders a message and counts its updates. */
class I18nProbe extends LitElement {
  readonly locale = new LocaleController(this);
  updates = 0;

  // As MloFeedElement does: no render before the language's pack (Serbian) is here.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.locale.ready;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override render() {
    this.updates++;
    return html`<span>${this.locale.messages.list.loadMore}</span>`;
  }
}
customElements.define('i18n-probe-locale-controller', I18nProbe);

/** An element whose shadow root holds a probe, to cross a shadow boundary. */
class I18nShell extends LitElement {
  override render() {
    return html`<div lang="sr-Latn"><i18n-probe-locale-controller></i18n-probe-locale-controller></div>`;
  }
}
customElements.define('i18n-shell-locale-controller', I18nShell);

const text = (probe: I18nProbe): string => probe.shadowRoot?.textContent?.trim() ?? '';

/** Waits for the MutationObserver callback and the update it requests. */
async function settled(probe: I18nProbe): Promise<void> {
  // A task, not an animation frame: observers run as microtasks, and a background tab may get
  // no frames at all.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await probe.updateComplete;
}

/** A plain wrapper, rendered at once (fixture() waits for a frame), and its probes updated. */
async function wrap(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLElement>(template);
  await Promise.all(
    [...wrapper.querySelectorAll<I18nProbe>('i18n-probe-locale-controller')].map(
      (p) => p.updateComplete,
    ),
  );
  return wrapper;
}

describe('LocaleController', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it("uses the element's own lang", async () => {
    const probe = await fixture<I18nProbe>(
      html`<i18n-probe-locale-controller lang="sr-Cyrl"></i18n-probe-locale-controller>`,
    );
    expect(probe.locale.lang).to.equal('sr-Cyrl');
    expect(text(probe)).to.equal('Учитајте још');
  });

  it("inherits the nearest ancestor's lang", async () => {
    const wrapper = await wrap(
      html`<div lang="en"><section lang="sr-Latn-RS"><i18n-probe-locale-controller></i18n-probe-locale-controller></section></div>`,
    );
    const probe = wrapper.querySelector('i18n-probe-locale-controller') as I18nProbe;
    expect(probe.locale.lang).to.equal('sr-Latn');
    expect(probe.locale.messages.list.loadMore).to.equal('Učitajte još');
  });

  it('falls back to <html lang>, then to English', async () => {
    document.documentElement.setAttribute('lang', 'sr');
    const probe = await fixture<I18nProbe>(
      html`<i18n-probe-locale-controller></i18n-probe-locale-controller>`,
    );
    expect(probe.locale.lang).to.equal('sr-Cyrl');
    document.documentElement.removeAttribute('lang');
    await settled(probe);
    expect(probe.locale.lang).to.equal('en');
    expect(text(probe)).to.equal('Load more');
  });

  it('gives English for an unsupported nearest language, and skips an empty lang', async () => {
    const wrapper = await wrap(
      html`<div lang="sr-Latn"><p lang="de"><i18n-probe-locale-controller></i18n-probe-locale-controller></p><p lang=""><i18n-probe-locale-controller></i18n-probe-locale-controller></p></div>`,
    );
    const [german, empty] = [
      ...wrapper.querySelectorAll('i18n-probe-locale-controller'),
    ] as I18nProbe[];
    expect(german?.locale.lang).to.equal('en');
    expect(empty?.locale.lang).to.equal('sr-Latn');
  });

  it("updates when an ancestor's lang changes", async () => {
    const wrapper = await wrap(
      html`<div lang="en"><p><i18n-probe-locale-controller></i18n-probe-locale-controller></p></div>`,
    );
    const probe = wrapper.querySelector('i18n-probe-locale-controller') as I18nProbe;
    expect(text(probe)).to.equal('Load more');
    const before = probe.updates;
    wrapper.setAttribute('lang', 'sr-Cyrl');
    await settled(probe);
    expect(probe.locale.lang).to.equal('sr-Cyrl');
    expect(text(probe)).to.equal('Учитајте још');
    expect(probe.updates).to.equal(before + 1);
    // An unrelated change elsewhere does not re-render.
    document.body.setAttribute('lang', 'sr-Latn');
    await settled(probe);
    document.body.removeAttribute('lang');
    await settled(probe);
    expect(probe.updates).to.equal(before + 1);
  });

  it('updates when its own or <html> lang changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const probe = await fixture<I18nProbe>(
      html`<i18n-probe-locale-controller></i18n-probe-locale-controller>`,
    );
    document.documentElement.setAttribute('lang', 'sr-Latn');
    await settled(probe);
    expect(text(probe)).to.equal('Učitajte još');
    probe.setAttribute('lang', 'sr-Cyrl');
    await settled(probe);
    expect(text(probe)).to.equal('Учитајте још');
  });

  it('crosses shadow roots and watches the lang inside them', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const shell = await fixture<I18nShell>(
      html`<i18n-shell-locale-controller></i18n-shell-locale-controller>`,
    );
    const holder = shell.shadowRoot?.querySelector('div') as HTMLDivElement;
    const probe = holder.querySelector('i18n-probe-locale-controller') as I18nProbe;
    await probe.updateComplete;
    expect(probe.locale.lang).to.equal('sr-Latn');
    holder.removeAttribute('lang');
    await settled(probe);
    expect(probe.locale.lang).to.equal('en');
    shell.setAttribute('lang', 'sr-Cyrl');
    await settled(probe);
    expect(text(probe)).to.equal('Учитајте још');
  });

  it('stops watching when disconnected', async () => {
    const wrapper = await wrap(
      html`<div lang="en"><i18n-probe-locale-controller></i18n-probe-locale-controller></div>`,
    );
    const probe = wrapper.querySelector('i18n-probe-locale-controller') as I18nProbe;
    probe.remove();
    const before = probe.updates;
    wrapper.setAttribute('lang', 'sr-Cyrl');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(probe.updates).to.equal(before);
  });
});

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_LANG,
  languageReady,
  matchLang,
  t,
  type Lang,
  type Messages,
} from '../i18n/index.js';

/**
 * Resolves the language a widget speaks, the way HTML inherits `lang`: the element's own `lang`
 * attribute, else the nearest ancestor's (crossing shadow roots to their hosts), else `<html lang>`,
 * else English. An unsupported language (say `de`) also gives English: the nearest `lang` decides.
 * An empty `lang=""` is skipped rather than read as "unknown", since templating often leaves one.
 *
 * The host updates when any of those `lang` attributes changes: a MutationObserver watches the
 * document and every shadow root between the host and it (observers do not cross shadow roots).
 */
export class LocaleController implements ReactiveController {
  private current: Lang | undefined;
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The resolved language. */
  get lang(): Lang {
    return this.current ?? this.resolve().lang;
  }

  /**
   * `undefined` when the language can be spoken now, else the promise of its pack (Serbian is
   * fetched on first use): the host renders nothing until then, so never English first.
   */
  get ready(): Promise<void> | undefined {
    return languageReady(this.lang);
  }

  /** The message catalog of the resolved language. */
  get messages(): Messages {
    return t(this.lang);
  }

  hostConnected(): void {
    const { lang, roots } = this.resolve();
    this.current = lang;
    // A host that renders before its pack is here (MloFeedElement waits) is updated once it is.
    void languageReady(lang)?.then(() => this.host.requestUpdate());
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => this.handleLangChange());
    for (const root of roots) {
      this.observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.current = undefined;
  }

  /** The language, and the document and shadow roots crossed on the way up to find it. */
  private resolve(): { lang: Lang; roots: Node[] } {
    const roots: Node[] = [];
    let found: string | undefined;
    let element: Element | null = this.host;
    while (element) {
      if (found === undefined) {
        const holder: Element | null = element.closest('[lang]:not([lang=""])');
        if (holder) found = holder.getAttribute('lang') ?? undefined;
      }
      const root = element.getRootNode();
      roots.push(root instanceof Document ? root.documentElement : root);
      element = root instanceof ShadowRoot ? root.host : null;
    }
    // A host in a detached tree never reaches <html> by walking up; the page's language still applies.
    found ??= document.documentElement.getAttribute('lang') || undefined;
    return { lang: matchLang(found) ?? DEFAULT_LANG, roots };
  }

  private handleLangChange(): void {
    const { lang } = this.resolve();
    if (lang === this.current) return;
    // The widget keeps its language until the new one's pack is here (or failed to come: then
    // English), unless the page changed its language again meanwhile.
    const ready = languageReady(lang);
    if (ready) return void ready.then(() => this.resolve().lang === lang && this.switchTo(lang));
    this.switchTo(lang);
  }

  private switchTo(lang: Lang): void {
    this.current = lang;
    this.host.requestUpdate();
  }
}

/**
 * Focus rings fully visible (WCAG 2.4.7, 2.4.11): for every focusable thing of every widget, in
 * every layout, at 320 px and wide, the ring's box (the element's box grown by its outline
 * offset and width while focused) lies inside every ancestor that clips: `overflow` other than
 * visible, and paint containment (`contain: paint|content|strict`, `content-visibility`).
 */
import { aTimeout, expect } from '@open-wc/testing';
import { articles, jsonFeed } from '../helpers/feeds.js';
import { renderWidgets, scriptFeed, type Widget } from './helpers.js';

type Box = { left: number; top: number; right: number; bottom: number };

function clips(element: Element): boolean {
  const style = getComputedStyle(element);
  // No box, nothing to clip with (the grid layout's chunks).
  if (style.display === 'contents') return false;
  const contentVisibility = (style as CSSStyleDeclaration & { contentVisibility?: string }).contentVisibility ?? 'visible';
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|content|strict/.test(style.contain) ||
    contentVisibility === 'auto' || contentVisibility === 'hidden';
}

/** The padding box, where overflow and paint containment clip. */
function clipBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const px = (value: string) => parseFloat(value) || 0;
  return {
    left: rect.left + px(style.borderLeftWidth),
    top: rect.top + px(style.borderTopWidth),
    right: rect.right - px(style.borderRightWidth),
    bottom: rect.bottom - px(style.borderBottomWidth),
  };
}

function* ancestors(element: Element): Generator<Element> {
  for (let node: Element | null = element.parentElement ?? null; ; ) {
    if (!node) {
      const root = (node ?? element).getRootNode();
      return void root;
    }
    yield node;
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      if (!(root instanceof ShadowRoot)) return;
      node = root.host;
    }
  }
}

/** The focus ring's outer box, or undefined when the element shows no ring. */
function ringBox(element: HTMLElement): Box | undefined {
  const style = getComputedStyle(element);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) return undefined;
  const grow = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const rect = element.getBoundingClientRect();
  return { left: rect.left - grow, top: rect.top - grow, right: rect.right + grow, bottom: rect.bottom + grow };
}

const FOCUSABLE = 'a[href], button, input, [tabindex]';

/** Every focusable element of a widget, focused in turn: what clips its ring, if anything. */
function clippedRings(el: Widget): { faults: string[]; checked: number } {
  const faults: string[] = [];
  let checked = 0;
  for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (target.closest('[inert], [aria-hidden="true"]') || !target.checkVisibility({ visibilityProperty: true })) continue;
    target.focus({ focusVisible: true } as FocusOptions);
    if (el.shadowRoot!.activeElement !== target) continue;
    const ring = ringBox(target);
    const name = `${el.localName}[${el.getAttribute('layout') ?? ''}] ${target.localName}.${target.className || target.getAttribute('part')}`;
    if (!ring) {
      faults.push(`${name}: no focus ring`);
      continue;
    }
    checked++;
    for (const ancestor of ancestors(target)) {
      if (!clips(ancestor)) continue;
      const clip = clipBox(ancestor);
      const out = ring.left < clip.left - 0.5 || ring.top < clip.top - 0.5 || ring.right > clip.right + 0.5 || ring.bottom > clip.bottom + 0.5;
      if (out) faults.push(`${name}: ring ${JSON.stringify(ring)} clipped by ${ancestor.localName}.${ancestor.className} ${JSON.stringify(clip)}`);
    }
    target.blur();
  }
  return { faults, checked };
}

describe('focus rings are never clipped', function () {
  this.timeout(60000);

  for (const width of ['320px', '60rem']) {
    it(`every widget and layout at ${width}`, async () => {
      const host = document.createElement('div');
      host.lang = 'en';
      host.style.inlineSize = width;
      document.body.append(host);
      const els = await renderWidgets(host, scriptFeed('en'));
      // Every news-list layout, with a full chunk (50 items: content-visibility, paint containment).
      for (const layout of ['list', 'grid', 'compact']) {
        const list = document.createElement('mlo-news-list') as Widget;
        list.setAttribute('layout', layout);
        list.setAttribute('limit', '60');
        list.feed = jsonFeed(articles(60));
        host.append(list);
        els.push(list);
      }
      for (const layout of ['compact']) {
        const card = document.createElement('mlo-visit-card') as Widget;
        card.setAttribute('layout', layout);
        card.feed = scriptFeed('en');
        host.append(card);
        els.push(card);
      }
      await aTimeout(300);
      await Promise.all(els.map((el) => el.updateComplete));
      const faults: string[] = [];
      let checked = 0;
      for (const el of els) {
        el.scrollIntoView();
        const result = clippedRings(el);
        faults.push(...result.faults);
        checked += result.checked;
      }
      host.remove();
      expect(faults, faults.join('\n')).to.deep.equal([]);
      // Links, items, buttons, the search field, the table region: a good many rings were measured.
      expect(checked).to.be.greaterThan(150);
    });
  }
});

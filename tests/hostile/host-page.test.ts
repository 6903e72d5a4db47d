/**
 * Hostile suite (4): a hostile host page, in Chromium and Firefox. Aggressive host CSS (only
 * inherited properties and the host elements themselves are reachable: shadow DOM stops the
 * rest), `html { font-size: 10px }`, `dir="rtl"`, and enumerable junk on Object.prototype,
 * Array.prototype and String.prototype. Every widget must render its items, have a size and
 * keep its text legible (not transparent, not zero-sized).
 */
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { sampleFeed } from '../helpers/feeds.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; feed?: unknown };

/** What to look at in each widget: an element that carries its main text. */
const WIDGETS: [tag: string, text: string, attrs?: Record<string, string>][] = [
  ['mlo-news-list', '[part~="title"]', { limit: '3' }],
  ['mlo-article', '[part~="title"]'],
  ['mlo-quote', '[part~="quote"]'],
  ['mlo-visit-card', '[part~="title"]'],
  ['mlo-contact-card', '[part~="name"]'],
  ['mlo-search', 'input'],
];

const HOSTILE_CSS: Record<string, string> = {
  'red 40px inline !important':
    '* { color: red !important; font-size: 40px !important; display: inline !important; line-height: 0.5 !important; }',
  'all: unset': '* { all: unset !important; } html { font-size: 10px; }',
  'all: initial on the widgets':
    'mlo-news-list, mlo-article, mlo-quote, mlo-visit-card, mlo-contact-card, mlo-search { all: initial !important; }',
  'tiny root, rtl, odd inheritance':
    'html { font-size: 10px; } body { font: 12px/1 serif; letter-spacing: -2px; word-spacing: 20px; text-transform: uppercase; visibility: visible; white-space: pre; }',
};

const alpha = (color: string) => {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return color === 'transparent' ? 0 : 1;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length > 3 ? Number(parts[3]) : 1;
};

async function renderAll(feed: unknown) {
  const host = document.createElement('div');
  document.body.append(host);
  const els = WIDGETS.map(([tag, , attrs]) => {
    const el = document.createElement(tag) as Widget;
    el.setAttribute('lang', 'en');
    for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
    el.feed = feed;
    host.append(el);
    return el;
  });
  // No `state` yet means not rendered yet: the first render is a task after the upgrade.
  for (let i = 0; i < 300; i++) {
    await Promise.all(els.map((el) => el.updateComplete));
    if (els.every((el) => (el.getAttribute('state') ?? 'loading') !== 'loading')) break;
    await aTimeout(10);
  }
  await aTimeout(50);
  return { host, els };
}

/** Size, colour and font size of each widget's main text, read inside its shadow root. */
function measure(els: Widget[]) {
  return els.map((el, i) => {
    const [tag, selector] = WIDGETS[i];
    const target = el.shadowRoot!.querySelector<HTMLElement>(selector);
    const hostRect = el.getBoundingClientRect();
    const style = target ? getComputedStyle(target) : undefined;
    const rect = target?.getBoundingClientRect();
    return {
      tag,
      state: el.getAttribute('state'),
      hostSize: hostRect.width * hostRect.height > 0 || el.getClientRects().length > 0,
      found: !!target,
      textSize: rect ? rect.width * rect.height : 0,
      alpha: style ? alpha(style.color) : 0,
      fontSize: style ? parseFloat(style.fontSize) : 0,
      hidden: style
        ? style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0
        : true,
    };
  });
}

function expectLegible(results: ReturnType<typeof measure>, label: string) {
  for (const r of results) {
    const where = `${label}: <${r.tag}>`;
    expect(r.state, `${where} state`).to.equal('ready');
    expect(r.found, `${where} renders its text`).to.equal(true);
    expect(r.hostSize, `${where} has a size`).to.equal(true);
    expect(r.textSize, `${where} text has a size`).to.be.greaterThan(0);
    expect(r.alpha, `${where} text colour is not transparent`).to.be.greaterThan(0);
    expect(r.fontSize, `${where} font size`).to.be.at.least(8);
    expect(r.hidden, `${where} text is shown`).to.equal(false);
  }
}

describe('hostile: a hostile host page', function () {
  this.timeout(30000);
  let feed: unknown;
  before(async () => {
    feed = await sampleFeed();
  });
  beforeEach(() => clearFeedCache());

  for (const [name, css] of Object.entries(HOSTILE_CSS)) {
    it(`host CSS "${name}": widgets render and stay legible`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      const { host, els } = await renderAll(feed);
      try {
        expectLegible(measure(els), name);
      } finally {
        host.remove();
        style.remove();
      }
    });
  }

  it('dir="rtl" on <html>, html { font-size: 10px }', async () => {
    const root = document.documentElement;
    root.setAttribute('dir', 'rtl');
    root.style.fontSize = '10px';
    const { host, els } = await renderAll(feed);
    try {
      expectLegible(measure(els), 'rtl');
    } finally {
      host.remove();
      root.removeAttribute('dir');
      root.style.fontSize = '';
    }
  });

  it('enumerable junk on Object.prototype, Array.prototype and String.prototype', async () => {
    const junk: [object, string, unknown][] = [
      [Object.prototype, 'foo', 1],
      [Object.prototype, 'junkMethod', () => 'junk'],
      [Object.prototype, 'length', 3],
      [Object.prototype, 'state', 'hacked'],
      // Read by Lit at render time and by fetch(): each broke every widget or reached the request.
      [Object.prototype, 'renderBefore', 'bar'],
      [Object.prototype, 'creationScope', 'bar'],
      [Object.prototype, 'integrity', 'sha256-bar'],
      [Object.prototype, 'credentials', 'include'],
      [Object.prototype, 'hasChanged', 'bar'],
      [Array.prototype, 'junk', 'x'],
      [
        Array.prototype,
        'last',
        function last(this: unknown[]) {
          return this[this.length - 1];
        },
      ],
      [String.prototype, 'junk', 'y'],
    ];
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    // Plain assignment makes the properties enumerable, as careless page scripts do.
    for (const [target, name, value] of junk) (target as Record<string, unknown>)[name] = value;
    let results: ReturnType<typeof measure>;
    let host: HTMLElement;
    try {
      ({ host } = await renderAll(feed).then((r) => ((results = measure(r.els)), r)));
    } finally {
      for (const [target, name] of junk) delete (target as Record<string, unknown>)[name];
      window.removeEventListener('error', onError);
    }
    host.remove();
    expect(errors).to.deep.equal([]);
    expectLegible(results!, 'prototype junk');
  });
});

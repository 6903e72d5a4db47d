/**
 * What axe's WCAG rules do not see: forced colours, a 320 px container with 200 % text
 * (WCAG 1.4.4, 1.4.10), the text-spacing overrides of WCAG 1.4.12, dark host pages with and
 * without `color-scheme`, and axe's best-practice rules. Every widget, with every part filled.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { renderWidgets, scriptFeed, type Widget } from './helpers.js';

type Rgba = [number, number, number, number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels and alpha. */
function parseColor(value: string): Rgba {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
  if (srgb)
    return [
      Number(srgb[1]) * 255,
      Number(srgb[2]) * 255,
      Number(srgb[3]) * 255,
      srgb[4] ? Number(srgb[4]) : 1,
    ];
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] ? Number(rgb[4]) : 1];
  throw new Error(`unparsed colour ${value}`);
}
const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
  r * a + br * (1 - a),
  g * a + bg * (1 - a),
  b * a + bb * (1 - a),
  1,
];
const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
function contrast(fg: string, bg: string): number {
  const back = parseColor(bg);
  const [a, b] = [luminance(over(parseColor(fg), back)), luminance(back)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

async function page(style: Partial<CSSStyleDeclaration> & Record<string, string>, lang = 'en') {
  const host = document.createElement('div');
  host.lang = lang;
  Object.assign(host.style, style);
  document.body.append(host);
  const els = await renderWidgets(host, scriptFeed('en'));
  return { host, els };
}

const shadowElements = (el: Widget) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')];
const hidden = (node: Element) => !!node.closest('.visually-hidden, [hidden], [inert], style');

/** Boxes that reach past the widget's own right edge, outside a scrolling region. */
function overflowing(el: Widget): string[] {
  const right = el.getBoundingClientRect().right;
  return shadowElements(el)
    .filter(
      (node) =>
        !hidden(node) && !node.closest('.table-scroll table') && !node.closest('[part~="popup"]'),
    )
    .filter((node) => node.getBoundingClientRect().right > right + 1)
    .map(
      (node) =>
        `${el.localName} ${node.localName}.${node.className || node.getAttribute('part')} ends at ${Math.round(node.getBoundingClientRect().right)} > ${Math.round(right)}`,
    );
}

/** The colour behind an element: the nearest opaque background, crossing shadow roots. */
function backgroundOf(node: Element, page: string): string {
  for (let el: Element | null = node; el;) {
    const color = getComputedStyle(el).backgroundColor;
    if (parseColor(color)[3] > 0.5) return color;
    const parent: Element | null = el.parentElement;
    el = parent ?? (el.getRootNode() as ShadowRoot).host ?? null;
  }
  return page;
}

/** Block boxes of the same parent that overlap: text drawn over text. */
function overlapping(el: Widget): string[] {
  const faults: string[] = [];
  for (const parent of [el.shadowRoot!, ...shadowElements(el)]) {
    const boxes = [...parent.children]
      .filter(
        (child) =>
          !hidden(child) &&
          child.textContent.trim() &&
          getComputedStyle(child).position !== 'absolute',
      )
      // Inline boxes that wrap have line-spanning rectangles that "overlap" their neighbours.
      .filter((child) => !getComputedStyle(child).display.startsWith('inline'))
      .filter((child) => !child.closest('.ghost, .stage'))
      .map((child) => ({ child, rect: child.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].rect, boxes[j].rect];
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1)
          faults.push(
            `${el.localName}: ${boxes[i].child.className} overlaps ${boxes[j].child.className}`,
          );
      }
    }
  }
  return faults;
}

describe('beyond axe', function () {
  this.timeout(60000);

  it('320 px wide with 200 % text: nothing reaches past the widget (wide tables scroll)', async () => {
    const { host, els } = await page({ inlineSize: '320px', fontSize: '200%' });
    const faults = els.flatMap(overflowing);
    const texts = els.map((el) => el.shadowRoot!.textContent.length);
    host.remove();
    expect(faults, faults.join('\n')).to.deep.equal([]);
    expect(
      texts.every((n) => n > 20),
      'every widget shows its text',
    ).to.equal(true);
  });

  it('WCAG 1.4.12 text spacing: no text runs into other text or out of the widget', async () => {
    const { host, els } = await page({ inlineSize: '320px' });
    // What a user's text-spacing tool sets, reaching into open shadow roots too.
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-block-end: 2em !important; }`);
    for (const el of els)
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    await aTimeout(100);
    const faults = [...els.flatMap(overflowing), ...els.flatMap(overlapping)];
    host.remove();
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  const hosts = [
    { tone: 'dark', background: 'rgb(18, 18, 18)', color: 'rgb(232, 232, 232)' },
    { tone: 'light', background: 'rgb(255, 255, 255)', color: 'rgb(31, 35, 40)' },
    // A partner's grey sidebar: its text 9.7:1, so its muted text (80 %) still passes.
    { tone: 'grey', background: 'rgb(30, 30, 30)', color: 'rgb(200, 200, 200)' },
  ];
  for (const { tone, background, color } of hosts) {
    for (const scheme of ['dark', 'light', undefined]) {
      it(`a ${tone} host page ${scheme ? `with color-scheme: ${scheme}` : 'without color-scheme'}: focus rings and every text stay legible`, async () => {
        const { host, els } = await page({
          background,
          color,
          colorScheme: scheme ?? 'normal',
          padding: '1rem',
        });
        const faults: string[] = [];
        let rings = 0;
        let texts = 0;
        for (const el of els) {
          for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>(
            'a[href], button, input',
          )) {
            if (hidden(target) || target.closest('[aria-hidden="true"]')) continue;
            target.focus({ focusVisible: true } as FocusOptions);
            if (el.shadowRoot!.activeElement !== target) continue;
            rings++;
            const ring = contrast(
              getComputedStyle(target).outlineColor,
              backgroundOf(target, background),
            );
            if (ring < 3)
              faults.push(`${el.localName} ${target.localName} focus ring ${ring.toFixed(2)}:1`);
            target.blur();
          }
          // Every element that draws text of its own: links, dates, captions, labels, buttons.
          for (const text of shadowElements(el)) {
            const own = [...text.childNodes].some(
              (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
            );
            if (!own || hidden(text) || text.closest('[aria-hidden="true"]')) continue;
            texts++;
            const ratio = contrast(getComputedStyle(text).color, backgroundOf(text, background));
            if (ratio < 4.5)
              faults.push(
                `${el.localName} ${text.localName}.${text.className || text.getAttribute('part')} "${text.textContent.trim().slice(0, 20)}" ${ratio.toFixed(2)}:1`,
              );
          }
        }
        host.remove();
        expect(faults, faults.join('\n')).to.deep.equal([]);
        expect(rings).to.be.greaterThan(10);
        expect(texts).to.be.greaterThan(20);
      });
    }
  }

  it("axe's best-practice rules pass on every widget (page-level rules aside)", async () => {
    // @ts-expect-error axe-core's browser build registers itself on window.
    await import('axe-core/axe.min.js');
    const axe = (
      window as unknown as {
        axe: {
          run(
            c: Element,
            o: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const { host, els } = await page({ inlineSize: '60rem' });
    const result = await axe.run(host, {
      runOnly: { type: 'tag', values: ['best-practice'] },
      // About the partner's page, not a widget: its landmarks, its h1 and its outline.
      rules: {
        region: { enabled: false },
        'landmark-one-main': { enabled: false },
        'page-has-heading-one': { enabled: false },
        'heading-order': { enabled: false },
      },
      resultTypes: ['violations'],
    });
    void els;
    host.remove();
    const report = result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
    );
    expect(report, report.join('\n')).to.deep.equal([]);
  });

  it('forced colours (Windows high contrast): rings, placeholders, the active option and notices keep a visible edge', async () => {
    const emulated = await executeServerCommand<boolean, { active: boolean }>(
      'emulate-forced-colors',
      { active: true },
    );
    try {
      const { host, els } = await page({ inlineSize: '60rem' });
      const sheetText = els.map((el) =>
        el
          .shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .join('\n'),
      );
      // In every engine: each widget's stylesheet answers forced colours.
      for (const [i, text] of sheetText.entries())
        expect(text, els[i].localName).to.contain('forced-colors: active');
      if (emulated) {
        // Chromium emulates it: check what is drawn.
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const faults: string[] = [];
        for (const el of els) {
          for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>(
            'a[href], button, input',
          )) {
            if (hidden(target) || target.closest('[aria-hidden="true"]')) continue;
            target.focus({ focusVisible: true } as FocusOptions);
            if (el.shadowRoot!.activeElement !== target) continue;
            const style = getComputedStyle(target);
            if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 1)
              faults.push(`${el.localName} ${target.localName}: no ring`);
            target.blur();
          }
        }
        const search = els.at(-1)!;
        const field = search.shadowRoot!.querySelector('input')!;
        field.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'ArrowDown',
            bubbles: true,
            composed: true,
            cancelable: true,
          }),
        );
        await search.updateComplete;
        const active = search.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]');
        if (!active || getComputedStyle(active).outlineStyle === 'none')
          faults.push('search: the active option has no edge');
        expect(faults, faults.join('\n')).to.deep.equal([]);
        const loading = document.createElement('mlo-news-list');
        loading.setAttribute('src', '/__mlo/hang/forced?ms=3000');
        host.append(loading);
        await (loading as Widget).updateComplete;
        const skeleton = loading.shadowRoot!.querySelector('.skeleton')!;
        expect(getComputedStyle(skeleton).outlineStyle).to.equal('solid');
      }
      host.remove();
    } finally {
      if (emulated) await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});

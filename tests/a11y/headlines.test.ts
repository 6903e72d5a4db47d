/**
 * Headlines are read in full (WCAG 1.4.4, 1.4.10, 1.4.12): whole by default in every layout and
 * width; a designer's clamp (`--mlo-news-list-title-lines`) is opt-in, lifted in a narrow
 * container (320 px, 200 % zoom), and never shortens what assistive technology reads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';

const LONG =
  'Statement of the Military Liaison Office on the meeting of the defence ministers at the level of Foreign Affairs and the cooperation programme for the next three years';

async function list(width: number, style = '', layout = 'list') {
  const box = await fixture<HTMLElement>(html`<div lang="en" class="hl">
    <style>
      .hl mlo-news-list {
        ${style}
      }
    </style>
    <mlo-news-list
      layout=${layout}
      .feed=${jsonFeed([{ id: '1', url: 'https://news.example/1', title: LONG, content_text: 'Hi', date_published: '2026-01-01' }])}
    ></mlo-news-list>
  </div>`);
  box.style.inlineSize = `${width}px`;
  const el = box.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
    'mlo-news-list',
  )!;
  await untilState(el, 'ready');
  const title = el.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;
  return {
    el,
    title,
    clipped: title.scrollHeight > title.clientHeight + 1,
    lines: title.clientHeight / parseFloat(getComputedStyle(title).lineHeight),
  };
}

describe('headlines', () => {
  it('show the whole title by default, wide and narrow, in every layout', async () => {
    for (const layout of ['list', 'grid', 'compact']) {
      for (const width of [640, 320]) {
        const { clipped, lines } = await list(width, '', layout);
        expect(clipped, `${layout} ${width}px: not clipped`).to.equal(false);
        expect(lines, `${layout} ${width}px: more than one line`).to.be.greaterThan(1.5);
      }
    }
  });

  it('clamp only when a designer opts in, and never in a narrow container', async () => {
    for (const layout of ['list', 'compact']) {
      const wide = await list(640, '--mlo-news-list-title-lines: 1;', layout);
      expect(wide.clipped, `${layout}: opted in, clamped`).to.equal(true);
      const narrow = await list(320, '--mlo-news-list-title-lines: 1;', layout);
      expect(narrow.clipped, `${layout}: narrow, the clamp is lifted`).to.equal(false);
    }
  });

  it('keep the whole title as the name of a clamped link and of its item', async () => {
    const { el, title, clipped } = await list(640, '--mlo-news-list-title-lines: 1;');
    expect(clipped).to.equal(true);
    const link = title.querySelector('a')!;
    // The link's name is its text content (no aria-label), and the item is labelled by the title.
    expect(link.hasAttribute('aria-label')).to.equal(false);
    expect(link.textContent.trim()).to.equal(LONG);
    const item = el.shadowRoot!.querySelector('[part~="item"]')!;
    const named = item
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent.trim());
    expect(named).to.deep.equal([LONG]);
  });
});

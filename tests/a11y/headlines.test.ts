/**
 * Headlines are read in full: not clamped by default (WCAG 1.4.4, 1.4.10, 1.4.12); a designer's
 * opt-in clamp is lifted in a narrow container (320 px, 200 % zoom).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';

const LONG =
  'Statement of the Military Liaison Office on the meeting of the defence ministers at the level of Foreign Affairs and the cooperation programme for the next three years';

async function list(width: number, style = '') {
  const box = await fixture<HTMLElement>(html`<div lang="en" class="hl">
    <style>
      .hl mlo-news-list {
        ${style}
      }
    </style>
    <mlo-news-list
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
    title,
    clipped: title.scrollHeight > title.clientHeight + 1,
    lines: title.clientHeight / parseFloat(getComputedStyle(title).lineHeight),
  };
}

describe('headlines', () => {
  it('show the whole title by default, wide and at 320 px', async () => {
    for (const width of [640, 320]) {
      const { clipped, lines } = await list(width);
      expect(clipped, `${width}px: not clipped`).to.equal(false);
      expect(lines, `${width}px: more than two lines`).to.be.greaterThan(2.5);
    }
  });

  it('clamp only when a designer opts in, and never in a narrow container', async () => {
    const wide = await list(640, '--mlo-news-list-title-lines: 2;');
    expect(wide.clipped, 'opted in: clamped').to.equal(true);
    const narrow = await list(320, '--mlo-news-list-title-lines: 2;');
    expect(narrow.clipped, 'narrow: the clamp is lifted').to.equal(false);
  });
});

/**
 * Headlines are read in full where the page reflows (320 px, 200 % zoom: WCAG 1.4.4, 1.4.10),
 * and everywhere with `--mlo-news-list-title-lines: none`.
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
  it('show the whole title in a narrow container (320 px, 200 % zoom)', async () => {
    const { clipped, lines } = await list(320);
    expect(clipped, 'not clipped').to.equal(false);
    expect(lines, 'more than two lines').to.be.greaterThan(2.5);
  });

  it('clamp wide containers to two lines unless the token says none', async () => {
    expect((await list(640)).clipped, 'default: clamped when wide').to.equal(true);
    const whole = await list(640, '--mlo-news-list-title-lines: none;');
    expect(whole.clipped, 'none: whole').to.equal(false);
  });
});

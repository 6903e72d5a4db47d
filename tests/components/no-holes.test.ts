/**
 * Room reserved against layout shift must not show as holes inside a widget: the blocks of an
 * item, a card or a quote sit one under the other at their own gaps, and whatever room a
 * short item leaves is at the bottom. Also the shared look: one heading size per layout across
 * elements, every radius from `--mlo-radius`, `<mark>` from `--mlo-highlight`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Less than a line of text: text boxes are measured without their half-leading, so blocks at a
 * 0.25rem gap look about 9px apart at 16px/1.5; a line of reserved room adds 21px or more.
 */
const LESS_THAN_A_LINE = 14;

/**
 * The largest vertical space between the contents of consecutive children of `box`, in px: the
 * extent of what each child draws (a range over its contents), not its box, so room reserved
 * inside a box shows too.
 */
function largestGap(box: Element): number {
  const rects = [...box.children]
    .map((child) => {
      const range = document.createRange();
      range.selectNodeContents(child);
      return range.getBoundingClientRect();
    })
    .filter((r) => r.height > 0);
  let largest = 0;
  for (let i = 1; i < rects.length; i++)
    largest = Math.max(largest, rects[i].top - rects[i - 1].bottom);
  return largest;
}

async function widget(template: ReturnType<typeof html>): Promise<Widget> {
  const box = await fixture<HTMLElement>(
    html`<div style="inline-size: 48rem; font: 16px/1.5 sans-serif">${template}</div>`,
  );
  const el = box.firstElementChild as Widget;
  await untilState(el, 'ready');
  return el;
}
const q = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const px = (value: string) => Number.parseFloat(value);

describe('no holes', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => {
    for (const name of ['--mlo-radius', '--mlo-highlight'])
      document.documentElement.style.removeProperty(name);
  });

  it('news list: type and date on one line above the title, no gap after a short title', async () => {
    const el = await widget(html`<mlo-news-list
      lang="en"
      .feed=${jsonFeed([
        {
          id: 'a',
          url: 'https://news.example/a',
          title: 'Short',
          summary: 'One line.',
          date_published: '2024-05-01T10:00:00Z',
          _mlo: { type: 'statement' },
        },
        { id: 'b', url: 'https://news.example/b', title: 'No date, no type', summary: 'Text.' },
      ])}
    ></mlo-news-list>`);
    const [first, second] = el.shadowRoot!.querySelectorAll('.item');
    const type = first.querySelector('[part~="type"]')!.getBoundingClientRect();
    const date = first.querySelector('[part~="date"]')!.getBoundingClientRect();
    const title = first.querySelector('[part~="title"]')!.getBoundingClientRect();
    expect(Math.abs(type.top - date.top), 'type and date on one line').to.be.lessThan(2);
    expect(date.bottom, 'date above the title').to.be.at.most(title.top + 0.5);
    for (const item of [first, second]) {
      const body = item.querySelector('.body')!;
      expect(largestGap(body), 'largest gap in an item').to.be.below(LESS_THAN_A_LINE);
    }
    // The untitled-type item starts with its title at the top of its text column.
    const body = second.querySelector('.body')!.getBoundingClientRect();
    const top = second.querySelector('[part~="title"]')!.getBoundingClientRect().top;
    expect(top - body.top).to.be.lessThan(1);
  });

  it('quote: the attribution follows short words at the figure gap', async () => {
    const el = await widget(html`<mlo-quote
      lang="en"
      .feed=${jsonFeed([
        {
          id: 'q',
          content_text: 'Short.',
          date_published: '2024-05-01',
          _mlo: { type: 'quote', speaker: { name: 'A. Speaker' } },
        },
      ])}
    ></mlo-quote>`);
    expect(largestGap(q(el, '.figure'))).to.be.below(LESS_THAN_A_LINE);
  });

  it('rotating quote: a short quote beside a long one leaves no tall band', async () => {
    const long = Array.from({ length: 60 }, () => 'Many words here.').join(' ');
    const el = await widget(html`<mlo-quote
      lang="en"
      rotate
      .feed=${jsonFeed([
        {
          id: 'short',
          content_text: 'Short.',
          date_published: '2024-05-02',
          _mlo: { type: 'quote' },
        },
        { id: 'long', content_text: long, date_published: '2024-05-01', _mlo: { type: 'quote' } },
      ])}
    ></mlo-quote>`);
    const stage = q(el, '.stage').getBoundingClientRect();
    const words = q(el, '.slides blockquote').getBoundingClientRect();
    // Words at most `--mlo-quote-lines` (6) lines tall: the band under one line is under 6 lines.
    const line = px(getComputedStyle(q(el, '.slides blockquote')).lineHeight);
    expect(stage.height - words.height).to.be.lessThan(6 * line + 3 * 16);
    // The rest of a long quote can be read: its words scroll, by keyboard too.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await el.updateComplete;
    const scroller = q(el, '.slides blockquote');
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    expect(scroller.tabIndex).to.equal(0);
  });

  it('visit card beside its photo: short blocks leave their room at the bottom', async () => {
    const el = await widget(html`<mlo-visit-card
      lang="en"
      .feed=${jsonFeed([
        {
          id: 'v',
          title: 'A visit',
          summary: 'Short.',
          date_published: '2024-05-01',
          image: '/demo/data/images/saceur-vucic.png',
          _mlo: {
            type: 'visit',
            visitor: { name: 'A. Visitor' },
            image: { alt: 'A meeting', width: 3, height: 2 },
          },
        },
      ])}
    ></mlo-visit-card>`);
    expect(q(el, '.media'), 'the photo beside the text').to.not.equal(null);
    expect(largestGap(q(el, '.body'))).to.be.below(LESS_THAN_A_LINE);
  });

  it('one title size per layout: compact news list, compact visit card, contact card', async () => {
    const contact = await widget(html`<mlo-contact-card
      lang="en"
      .feed=${jsonFeed([{ id: 'a', title: 'A', content_text: 'x' }], {
        _mlo: {
          contacts: [
            {
              name: 'Press office',
              email: 'press@news.example',
              address: {
                street: 'Main 1',
                postalCode: '11000',
                locality: 'Belgrade',
                country: 'Serbia',
              },
            },
          ],
        },
      })}
    ></mlo-contact-card>`);
    const visit = await widget(html`<mlo-visit-card
      lang="en"
      layout="compact"
      .feed=${jsonFeed([{ id: 'v', title: 'A visit', _mlo: { type: 'visit' } }])}
    ></mlo-visit-card>`);
    const list = await widget(html`<mlo-news-list
      lang="en"
      layout="compact"
      .feed=${jsonFeed([{ id: 'a', title: 'An article', url: 'https://news.example/a' }])}
    ></mlo-news-list>`);
    const sizes = [
      getComputedStyle(q(contact, '[part~="name"]')).fontSize,
      getComputedStyle(q(visit, '[part~="title"]')).fontSize,
      getComputedStyle(q(list, '[part~="title"]')).fontSize,
    ];
    expect(new Set(sizes).size, sizes.join(' ')).to.equal(1);
  });

  it('tag pills follow --mlo-radius', async () => {
    document.documentElement.style.setProperty('--mlo-radius', '0px');
    const el = await widget(html`<mlo-article
      lang="en"
      item="a"
      .feed=${jsonFeed([{ id: 'a', title: 'Tagged', content_text: 'Body', tags: ['one', 'two'] }])}
    ></mlo-article>`);
    expect(getComputedStyle(q(el, '.tag')).borderTopLeftRadius).to.equal('0px');
  });
});

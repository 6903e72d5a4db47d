import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/search/mlo-search.js';
import type { MloSearch } from '../../src/components/search/search.js';
import { partnerCss } from '../../src/cdn-styles/partner-css.js';
import { sampleFeed, untilState } from '../helpers/feeds.js';

// The script-tag build loads <mlo-search> only once the page has one, so it upgrades after the
// other widgets; the partner stylesheet (dist/cdn/mlo-newsroom.css) reserves its height until
// then. The rule is applied here to a stand-in tag that never upgrades, beside the real element.
describe('partner stylesheet: <mlo-search> room before upgrade', () => {
  const probe = 'mlo-search-probe';
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = partnerCss('mlo-news-list-unused', probe);
    document.head.append(style);
  });
  after(() => style.remove());

  const height = (el: Element) => el.getBoundingClientRect().height;

  for (const [fontSize, lineHeight] of [
    ['16px', 'normal'],
    ['16px', '1.5'],
    ['20px', '1.2'],
    ['12px', '2'],
    ['10px', 'normal'],
  ]) {
    it(`matches the rendered search box at ${fontSize} / ${lineHeight}, combobox and target modes`, async () => {
      const feed = await sampleFeed();
      for (const target of [undefined, 'news']) {
        const box =
          fixtureSync<HTMLElement>(html`<div style="font-size: ${fontSize}; line-height: ${lineHeight}; inline-size: 30rem">
          <mlo-search-probe></mlo-search-probe>
          <mlo-search lang="en" .feed=${feed} target=${target ?? ''}></mlo-search>
        </div>`);
        const el = box.querySelector<MloSearch>('mlo-search')!;
        if (!target) el.removeAttribute('target');
        await untilState(el, 'ready');
        await el.updateComplete;
        const reserved = height(box.querySelector(probe)!);
        const rendered = height(el);
        expect(reserved).to.be.greaterThan(40);
        expect(
          Math.abs(reserved - rendered),
          `reserved ${reserved}, rendered ${rendered}`,
        ).to.be.lessThan(1);
      }
    });
  }
});

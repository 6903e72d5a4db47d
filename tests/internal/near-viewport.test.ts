import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { nearViewport, type WhenIdle } from '../../src/internal/near-viewport.js';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/components/news-list/mlo-news-list.js';
import { untilState } from '../helpers/feeds.js';

/** A page that never goes idle, so only the observer (or the signal) can answer. */
const neverIdle: WhenIdle = () => {};

/** Whether `promise` has settled after a microtask checkpoint. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

/** A spacer of `viewports` viewport heights, then the element under test. */
async function below(viewports: number) {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <div class="spacer" style="block-size: ${viewports * 100}vh"></div>
      <p class="target">target</p>
    </div>`,
  );
  return {
    target: page.querySelector('.target') as HTMLElement,
    spacer: page.querySelector('.spacer') as HTMLElement,
  };
}

describe('nearViewport (a widget far below the fold renders its items later)', () => {
  it('answers at once for an element in view or within a viewport of it', async () => {
    for (const viewports of [0, 1.5]) {
      const { target } = await below(viewports);
      expect(await settled(nearViewport(target, neverIdle)), `${viewports}`).to.equal(true);
    }
  });

  it('answers at once for an element without a box (hidden)', async () => {
    const { target } = await below(5);
    target.hidden = true;
    expect(await settled(nearViewport(target, neverIdle))).to.equal(true);
  });

  it('waits for an element far below until it comes near', async () => {
    const { target, spacer } = await below(5);
    const near = nearViewport(target, neverIdle);
    await nextFrame();
    await nextFrame();
    expect(await settled(near)).to.equal(false);
    spacer.style.blockSize = '50vh';
    await near; // the observer's answer (a test timeout if it never comes)
  });

  it('stops waiting when the page is idle', async () => {
    const { target } = await below(5);
    let goIdle = () => {};
    const near = nearViewport(target, (callback) => (goIdle = callback));
    expect(await settled(near)).to.equal(false);
    goIdle();
    await near;
  });

  it('still brings a news list far below the fold to ready on its own (when idle)', async () => {
    clearFeedCache();
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div style="block-size: 500vh"></div>
        <mlo-news-list limit="2" src="/__mlo/sample/near-viewport-${Date.now()}"></mlo-news-list>
      </div>`,
    );
    const list = page.querySelector('mlo-news-list') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await untilState(list, 'ready');
    expect(list.shadowRoot?.querySelectorAll('article')).to.have.length(2);
  });
});

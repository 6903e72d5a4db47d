import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { MloErrorEvent, MloLoadEvent, MloSearchEvent, MloSelectEvent } from '../src/events.js';
import type { FeedItem } from '../src/feed/types.js';

const item: FeedItem = { id: '1', type: 'article', title: 'T', tags: [], authors: [], metWith: [] };

/** Dispatches from inside a shadow root: only a composed event reaches the outside. */
async function dispatchFromShadow<E extends Event>(
  event: E,
  name: string,
): Promise<{ heard: E; result: boolean }> {
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
  const heard = oneEvent(document, name) as unknown as Promise<E>;
  const result = inner.dispatchEvent(event);
  return { heard: await heard, result };
}

describe('events', () => {
  it('MloLoadEvent carries the items, the skipped count, the problems and the source', async () => {
    const event = new MloLoadEvent(
      [item],
      2,
      ['#3: no id', '#5: no title'],
      'https://feeds.example/feed.json',
    );
    expect(event).to.be.instanceOf(Event);
    expect(event.type).to.equal('mlo-load');
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
    expect(event.items).to.deep.equal([item]);
    expect(event.skipped).to.equal(2);
    expect(event.problems).to.deep.equal(['#3: no id', '#5: no title']);
    expect(event.source).to.equal('https://feeds.example/feed.json');
    const { heard } = await dispatchFromShadow(event, 'mlo-load');
    expect(heard).to.equal(event);
  });

  it('MloLoadEvent defaults: nothing skipped, no source', () => {
    const event = new MloLoadEvent([]);
    expect([event.skipped, event.problems, event.source]).to.deep.equal([0, [], undefined]);
  });

  it('MloErrorEvent carries the reason, message, status and stale flag', async () => {
    const event = new MloErrorEvent(
      'rate-limited',
      'HTTP 429 from https://feeds.example/feed.json',
      429,
      true,
    );
    expect(event.type).to.equal('mlo-error');
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
    expect(event.reason).to.equal('rate-limited');
    expect(event.message).to.equal('HTTP 429 from https://feeds.example/feed.json');
    expect(event.status).to.equal(429);
    expect(event.stale).to.equal(true);
    const plain = new MloErrorEvent('timeout', 'timed out');
    expect([plain.status, plain.stale]).to.deep.equal([undefined, false]);
    const { heard } = await dispatchFromShadow(event, 'mlo-error');
    expect(heard.reason).to.equal('rate-limited');
  });

  it('MloSelectEvent is cancelable and keeps the original event', async () => {
    const click = new MouseEvent('click');
    const event = new MloSelectEvent(item, click);
    expect(event.type).to.equal('mlo-select');
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect(event.item).to.equal(item);
    expect(event.originalEvent).to.equal(click);
    const cancel = (e: MloSelectEvent) => e.preventDefault();
    document.addEventListener('mlo-select', cancel, { once: true });
    const { heard, result } = await dispatchFromShadow(event, 'mlo-select');
    expect(result).to.equal(false);
    expect(heard.defaultPrevented).to.equal(true);
    expect(new MloSelectEvent(item).originalEvent).to.equal(undefined);
  });

  it('MloSearchEvent carries the query and the count', async () => {
    const event = new MloSearchEvent('посета', 3);
    expect(event.type).to.equal('mlo-search');
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
    expect([event.query, event.count]).to.deep.equal(['посета', 3]);
    const { heard } = await dispatchFromShadow(event, 'mlo-search');
    expect(heard.count).to.equal(3);
  });

  it('is typed through GlobalEventHandlersEventMap', () => {
    // Compile-time check: each listener sees its own class without a cast.
    const seen: unknown[] = [];
    const target = document.createElement('div');
    target.addEventListener('mlo-load', (e) => seen.push(e.items.length, e.skipped, e.source));
    target.addEventListener('mlo-error', (e) => seen.push(e.reason, e.stale));
    target.addEventListener('mlo-select', (e) => seen.push(e.item.id));
    target.addEventListener('mlo-search', (e) => seen.push(e.query));
    target.dispatchEvent(new MloLoadEvent([item], 0, [], undefined));
    target.dispatchEvent(new MloErrorEvent('network', 'offline', undefined, false));
    target.dispatchEvent(new MloSelectEvent(item));
    target.dispatchEvent(new MloSearchEvent('q', 0));
    expect(seen).to.deep.equal([1, 0, undefined, 'network', false, '1', 'q']);
  });
});

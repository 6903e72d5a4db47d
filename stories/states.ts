import { html } from 'lit';
/**
 * Shared pieces for the state stories. `LOADING_SRC` never answers in Storybook (see
 * .storybook/preview.ts), so a widget stays in its `loading` state with its sized skeleton; the
 * long timeout keeps it there. `NOT_A_FEED_SRC` answers with something that is not a feed, so a
 * widget holding inline data goes `stale`.
 */
export const LOADING_SRC = './data/__loading__.json';
export const LOADING_TIMEOUT = 3_600_000;
export const NOT_A_FEED_SRC = './index.json';

const EMPTY_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Empty newsroom',
  items: [],
};

/**
 * One widget in each of its states, side by side and labelled: ready (the sample), loading,
 * empty, error (something that is not a feed) and stale (the page's inline copy on show after
 * the refresh from `src` failed). `attrs` are the element's own attributes for every copy.
 */
export function allStates(tag: string, attrs: Record<string, string>, feed: unknown) {
  const make = (label: string, setup: (el: HTMLElement & { feed?: unknown }) => void) => {
    const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    setup(el);
    return html`<div class="state-cell"><p class="state-label">${label}</p>${el}</div>`;
  };
  return html`<div class="all-states">
    ${make('Ready', (el) => (el.feed = feed))}
    ${make('Loading', (el) => {
      el.setAttribute('src', LOADING_SRC);
      el.setAttribute('timeout', String(LOADING_TIMEOUT));
    })}
    ${make('Empty', (el) => (el.feed = EMPTY_FEED))}
    ${make('Error', (el) => (el.feed = { hello: 'world' }))}
    ${make('Stale', (el) => {
      el.setAttribute('src', NOT_A_FEED_SRC);
      const inline = document.createElement('script');
      inline.type = 'application/json';
      inline.textContent = JSON.stringify(feed);
      el.append(inline);
    })}
  </div>`;
}

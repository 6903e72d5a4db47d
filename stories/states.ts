import { html, type TemplateResult } from 'lit';
/**
 * The feed states every widget has (ready, loading, empty, error, stale), built the same way for
 * all six: `statesOf()` gives each element's "All states" story (every state side by side,
 * labelled) and one story per state, so the States folders cannot drift apart.
 *
 * `LOADING_SRC` never answers in Storybook (see .storybook/preview.ts), so a widget stays in its
 * `loading` state with its sized skeleton; the long timeout keeps it there. `NOT_A_FEED_SRC`
 * answers with something that is not a feed, so a widget holding inline data goes `stale`.
 */
export const LOADING_SRC = './data/__loading__.json';
export const LOADING_TIMEOUT = 3_600_000;
export const NOT_A_FEED_SRC = './index.json';

export const EMPTY_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Empty newsroom',
  items: [],
};

type Widget = HTMLElement & { feed?: unknown };
type Setup = (el: Widget, feed: unknown) => void;

/** How each state is made on a fresh element, in the order "All states" shows them. */
const STATES: [label: string, setup: Setup][] = [
  ['Ready', (el, feed) => (el.feed = feed)],
  [
    'Loading',
    (el) => {
      el.setAttribute('src', LOADING_SRC);
      el.setAttribute('timeout', String(LOADING_TIMEOUT));
    },
  ],
  ['Empty', (el) => (el.feed = EMPTY_FEED)],
  ['Error', (el) => (el.feed = { hello: 'world' })],
  [
    // The page's inline copy on show after the refresh from `src` failed.
    'Stale',
    (el, feed) => {
      el.setAttribute('src', NOT_A_FEED_SRC);
      const inline = document.createElement('script');
      inline.type = 'application/json';
      inline.textContent = JSON.stringify(feed);
      el.append(inline);
    },
  ],
];

type Attrs = Record<string, string | number | boolean | undefined>;

function widget(tag: string, attrs: Attrs, setup: Setup, feed: unknown): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false || value === '') continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  setup(el, feed);
  return el;
}

interface Options<A> {
  /** The element's attributes for every copy, from the story's args (Controls still apply). */
  attrs: (args: A) => Attrs;
  /** The feed the Stale story keeps on show; the loaded sample when not given (and in All states). */
  staleFeed?: unknown;
}

/** A story's `loaders` and `render`, typed so that any element's `Story` accepts them. */
interface StateStory<A> {
  loaders?: [];
  render: (args: A, context: { loaded: Record<string, unknown> }) => TemplateResult | HTMLElement;
}

/**
 * The state stories of one element: `AllStates`, `Loading`, `Empty`, `Error` and `Stale`. A
 * stories file spreads each into an export, so the index (read without running the file) still
 * sees every story: `export const Loading: Story = { ...states.Loading };`.
 */
export function statesOf<A>(tag: string, { attrs, staleFeed }: Options<A>) {
  const one = (label: string): StateStory<A> => {
    const setup = STATES.find(([name]) => name === label)![1];
    // Only Ready and Stale show the sample; the others need no loader.
    const needsSample = label === 'Stale' && staleFeed === undefined;
    return {
      ...(needsSample ? {} : { loaders: [] }),
      render: (args, { loaded }) => widget(tag, attrs(args), setup, staleFeed ?? loaded.feed),
    };
  };
  return {
    /** Every state side by side, labelled, in columns. */
    AllStates: {
      render: (args, { loaded }) =>
        html`<div class="all-states">
          ${STATES.map(
            ([label, setup]) =>
              html`<div class="state-cell">
                <p class="state-label">${label}</p>
                ${widget(tag, attrs(args), setup, loaded.feed)}
              </div>`,
          )}
        </div>`,
    } satisfies StateStory<A>,
    Loading: one('Loading'),
    Empty: one('Empty'),
    Error: one('Error'),
    Stale: one('Stale'),
  };
}

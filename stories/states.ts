/**
 * Shared pieces for the state stories. `LOADING_SRC` never answers in Storybook (see
 * .storybook/preview.ts), so a widget stays in its `loading` state with its sized skeleton; the
 * long timeout keeps it there. `NOT_A_FEED_SRC` answers with something that is not a feed, so a
 * widget holding inline data goes `stale`.
 */
export const LOADING_SRC = './data/__loading__.json';
export const LOADING_TIMEOUT = 3_600_000;
export const NOT_A_FEED_SRC = './index.json';

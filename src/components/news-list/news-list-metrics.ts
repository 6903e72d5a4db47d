/**
 * The block sizes that make a news list's height known before its data lands, in one place:
 * the component's styles (news-list.styles.ts) and the partner stylesheet that reserves the
 * element's room before its script runs (src/cdn-styles/partner-css.ts) are both built from
 * these strings, so the two cannot drift apart. Plain strings, no Lit: the partner stylesheet is
 * generated in Node at build time.
 *
 * Every length is in `em` (the host's font size: no element between the host and `.body` sets
 * one) or `rem`, or reads the same token with the same fallback as the component does.
 */

/** Items per group in a long page (news-list.ts renders and skips them group by group). */
export const CHUNK = 50;

/** Items per page when `limit` is absent or not a positive number. */
export const DEFAULT_LIMIT = 10;

/** The skeleton never shows more placeholders than this, whatever `limit` says. */
export const SKELETON_MAX = 10;

/**
 * `--mlo-space-s` / `--mlo-space-m` with their defaults (as `tokens.spaceS` / `tokens.spaceM`):
 * plain text, as the partner stylesheet is built without Lit; `npm run lint` (scripts/tokens.mjs)
 * fails when a default here is not the one in src/internal/styles.ts.
 */
export const SPACE_S = 'var(--mlo-space-s, 0.5rem)';
export const SPACE_M = 'var(--mlo-space-m, 1rem)';

/** Space between items (and below each item, above its separator) in the list layout. */
export const GAP = `var(--mlo-news-list-gap, ${SPACE_M})`;
/** The list layout's image column. */
export const THUMB = 'var(--mlo-news-list-thumb, 10rem)';
/** The grid layout's narrowest column. */
export const MIN_COLUMN = 'var(--mlo-news-list-min-column, 16rem)';
/** Below this container width the list layout stacks the image above the text. */
export const NARROW = '30rem';

/** Items' line height (`--mlo-line-height`, unitless), which the sizes below multiply. */
export const LINE_HEIGHT = 'var(--mlo-line-height, 1.5)';
/** Titles' line height. */
export const TITLE_LINE_HEIGHT = '1.3';
/** The font size tokens with the defaults of src/internal/styles.ts. */
const FONT_S = 'var(--mlo-font-size-s, 0.875em)';
const FONT_M = 'var(--mlo-font-size-m, 1em)';
const FONT_L = 'var(--mlo-font-size-l, 1.25em)';

/**
 * An item's text column (`.body`), list and grid: the meta line (type label and date, small) +
 * three title lines + three summary lines (1em) + two 0.25rem gaps. It is the column's least
 * height, not each block's: a short title or a missing date leaves its room at the bottom, not
 * as a band inside the item. Titles are whole (never clamped by default): three lines hold every
 * title of the sample newsroom in a list 50rem wide in Chromium, Firefox and WebKit; a longer
 * title makes its item taller.
 */
export const BODY = `calc(${FONT_S} * ${LINE_HEIGHT} + 3 * ${TITLE_LINE_HEIGHT} * ${FONT_L} + 3em * ${LINE_HEIGHT} + 0.5rem)`;
/** The compact layout's: the meta line + two title lines (`--mlo-font-size-m`) + one 0.25rem gap. */
export const BODY_COMPACT = `calc(${FONT_S} * ${LINE_HEIGHT} + 2 * ${TITLE_LINE_HEIGHT} * ${FONT_M} + 0.25rem)`;
/** The separator under each list item. */
export const RULE = '1px';
/** The Load more button (`.button` min block size, borders included) and the space above it. */
export const BUTTON = '2.75rem';
const LOAD_MORE = `(${SPACE_M} + ${BUTTON})`;

/** One list item, wide container: image beside the text, whichever is taller, then gap and rule. */
export const ITEM_LIST = `(max(${THUMB} / 1.5, ${BODY}) + ${GAP} + ${RULE})`;
/** One compact item: the text, the small gap and the rule. */
export const ITEM_COMPACT = `(${BODY_COMPACT} + ${SPACE_S} + ${RULE})`;

/** One list item in a container of `NARROW` or less: the image (full width, 3:2) above the text. */
export const ITEM_NARROW = `(100cqi / 1.5 + ${SPACE_M} + ${BODY} + ${GAP} + ${RULE})`;

/** `n` items of block size `item` separated by `gap`. */
const run = (n: string, item: string, gap: string) => `(${n} * ${item} + (${n} - 1) * ${gap})`;
/** `n` items of block size `item` separated by `gap`, then the Load more room. */
export const stack = (n: string, item: string, gap: string) =>
  `calc(${run(n, item, gap)} + ${LOAD_MORE})`;

/**
 * One row of the filter bar (news-list-filters.ts): a label and its values, as tall as a button (BUTTON)
 * whatever it holds (chips scroll sideways in the row, a long list is a `<select>`).
 */
export const FILTER_ROW = '2.75rem';
/** The filter bar of `n` rows (0 for none): rows with small gaps, then the space above the list. */
export const filterBar = (n: string) =>
  `(${n} * (${FILTER_ROW} + ${SPACE_S}) + min(${n}, 1) * (${SPACE_M} - ${SPACE_S}))`;
/** The follow line (news-list-follow.ts): the small gap above it, one line of 0.875em × 1.4. */
export const FOLLOW = `(${SPACE_S} + 1.225em)`;

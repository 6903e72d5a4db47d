/**
 * The partner stylesheet, `dist/cdn/mlo-newsroom.css` (written by scripts/emit-partner-css.mjs after
 * the CDN build): linked in the partner page's `<head>`, it gives each `<mlo-news-list>` the
 * exact height of its loading skeleton before the widget's script has run, so nothing below the
 * widget moves when the element upgrades. Without it an undefined element is an empty inline
 * box of 0 px until the script arrives.
 *
 * Built from the same strings as the component's own styles (news-list-metrics.ts), so the
 * reserved height is the skeleton's height, which is the loaded list's height when the feed
 * has more items than `limit` (the Load more button's room is part of both).
 *
 * - `list` (default) and `compact`: exact, from `limit` (1–9; absent or larger: 10, the most the
 *   skeleton shows) and the same tokens the widget reads.
 * - `list` in a container 30rem wide or less stacks the image above the text: the element is a
 *   size container and a `::before` reserves that taller height from its width (`cqi`), as a
 *   zero-width float, so fallback markup inside the element (shown until the script runs) sits
 *   beside it instead of adding to the height.
 * - `<mlo-search>`: the label and the input, from the page's line height.
 * - `grid`: the number of columns follows the width, so the rows are counted the same way, in
 *   browsers with typed CSS arithmetic (`calc(1px / 1px)`); elsewhere the list height stands in.
 */
import * as size from '../components/news-list/news-list-metrics.js';

const N = 'var(--_mlo-n)';
/** The filter bar's rows (one per facet named in `filters`) and the follow line (`follow`). */
const EXTRA = `${size.filterBar('var(--_mlo-f)')} + var(--_mlo-follow, 0px)`;
const withExtra = (height: string) => `calc(${height} + ${EXTRA})`;
/** The facets a `filters` attribute can name, each one row of the bar (src/feed/facets.ts). */
const FACET_NAMES = ['type', 'tag', 'year'];

/**
 * `<mlo-search>` at rest, which the script-tag build loads only when the page has one (so it
 * upgrades a moment after the other widgets): the label's line, its 0.25rem margin, and the
 * input, at least 2.75rem or its padding, line and border (search.styles.ts). `lh` is the line
 * height the label and input inherit from the page.
 *
 * WebKit (2.50, Safari 26) reuses a cached `1lh` between elements with the same font size and
 * rules but a different unitless `line-height` (`normal` here, `1.5` there: a search box reserved
 * 5px short). A `0cqi` term changes nothing but turns that cache off, since container units
 * depend on the element's place; the plain value comes first for browsers without `cqi`.
 */
const SEARCH_HEIGHT_PLAIN = `calc(1lh + 0.25rem + max(2.75rem, 2 * ${size.SPACE_S} + 1lh + 2 * ${size.RULE}))`;
const SEARCH_HEIGHT = `calc(1lh + 0.25rem + max(2.75rem, 2 * ${size.SPACE_S} + 1lh + 2 * ${size.RULE}) + 0cqi)`;

export function partnerCss(tag = 'mlo-news-list', searchTag = 'mlo-search'): string {
  // Before the script runs, and once defined until its first render sets `state` (that render is
  // a task after the upgrade, and a frame may come between them; a server render has `state`).
  const el = `:is(${tag}:not(:defined), ${tag}:not([state]))`;
  const cols = `max(1, round(down, (100cqi + ${size.GAP}) / (min(100cqi, ${size.MIN_COLUMN}) + ${size.GAP}), 1))`;
  const rows = `round(up, ${N} / var(--_mlo-cols), 1)`;
  // A card: border, padding, an image as wide as the column's content box (3:2), the row gap, the text.
  const column = `((100cqi - (var(--_mlo-cols) - 1) * ${size.GAP}) / var(--_mlo-cols))`;
  const card = `((${column} - 2 * ${size.SPACE_M} - 2 * ${size.RULE}) / 1.5 + 3 * ${size.SPACE_M} + 2 * ${size.RULE} + ${size.BODY})`;
  const facets = FACET_NAMES.map((name) => `${el}[filters~="${name}" i] { --_mlo-f-${name}: 1; }`);
  const limits = Array.from(
    { length: size.SKELETON_MAX - 1 },
    (_, i) => `${el}[limit="${i + 1}"] { --_mlo-n: ${i + 1}; }`,
  );
  return `/* mlo-newsroom: reserves each widget's room before its script runs (no layout shift).
   Generated from src/cdn-styles/partner-css.ts; see README "No layout shift". */
${el} {
  --_mlo-n: ${size.SKELETON_MAX};
  --_mlo-f: calc(${FACET_NAMES.map((name) => `var(--_mlo-f-${name}, 0)`).join(' + ')});
  /* flow-root: the zero-width float below counts in the height, beside any fallback content. */
  display: flow-root;
  container: mlo-news-list / inline-size;
  min-block-size: ${withExtra(size.stack(N, size.ITEM_LIST, size.GAP))};
}
${limits.join('\n')}
${facets.join('\n')}
${el}[follow] { --_mlo-follow: ${size.FOLLOW}; }
${el}[layout="compact"] {
  min-block-size: ${withExtra(size.stack(N, size.ITEM_COMPACT, size.SPACE_S))};
}
@container mlo-news-list (max-width: ${size.NARROW}) {
  ${el}:not([layout="compact"], [layout="grid"])::before {
    content: "";
    float: inline-start;
    inline-size: 0;
    block-size: ${withExtra(size.stack(N, size.ITEM_NARROW, size.GAP))};
  }
}
:is(${searchTag}:not(:defined), ${searchTag}:not([state])) {
  display: block;
  /* The label is bold, and a bold face can have a taller normal line (Firefox): 1lh reads it. */
  font-weight: 600;
  min-block-size: ${SEARCH_HEIGHT_PLAIN};
  min-block-size: ${SEARCH_HEIGHT};
}
@supports (block-size: calc(1px * round(down, 2px / 1px, 1))) {
  ${el}[layout="grid"] {
    min-block-size: 0;
  }
  ${el}[layout="grid"]::before {
    --_mlo-cols: ${cols};
    content: "";
    float: inline-start;
    inline-size: 0;
    block-size: ${withExtra(size.stack(rows, card, size.GAP))};
  }
}
`;
}

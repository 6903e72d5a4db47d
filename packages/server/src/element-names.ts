/**
 * The elements `render` knows, by tag name. Apart from elements.ts, which loads Lit's SSR and
 * jsdom, so that `validate`, `convert` and `index` start without them; elements.ts checks that
 * its classes are exactly these.
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
export const ELEMENT_NAMES = [
  'mlo-news-list',
  'mlo-article',
  'mlo-search',
  'mlo-quote',
  'mlo-visit-card',
  'mlo-contact-card',
] as const;

export type ElementName = (typeof ELEMENT_NAMES)[number];

export const isElementName = (name: string | undefined): name is ElementName =>
  (ELEMENT_NAMES as readonly (string | undefined)[]).includes(name);

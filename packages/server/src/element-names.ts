/**
 * The elements `render` knows, by tag name. Apart from elements.ts, which loads Lit's SSR and
 * jsdom, so that `validate`, `convert` and `index` start without them; elements.ts checks that
 * its classes are exactly these.
 */
export const ELEMENT_NAMES = [
  'mlo-news-list',
  'mlo-article',
  'mlo-quote',
  'mlo-visit-card',
  'mlo-contact-card',
  'mlo-search',
] as const;

export type ElementName = (typeof ELEMENT_NAMES)[number];

export const isElementName = (name: string | undefined): name is ElementName =>
  (ELEMENT_NAMES as readonly (string | undefined)[]).includes(name);

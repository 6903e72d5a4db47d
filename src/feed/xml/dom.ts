/**
 * Reading an XML feed's DOM by namespace and local name, so `<dc:creator>`, `<dublin:creator>`
 * and a default-namespace `<creator>` are one thing. Only the DOM Core every `DOMParser` has
 * (browsers, @xmldom/xmldom, linkedom): `childNodes`, `nodeType`, `localName`, `namespaceURI`,
 * `getAttribute(NS)`, `textContent`, `parentNode`. No rendering, no `innerHTML`.
 */
import { resolveUrl } from '../urls.js';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  rss1: 'http://purl.org/rss/1.0/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  // Apple's own documents spelled it both ways, and podcasts still use both.
  itunes: [
    'http://www.itunes.com/dtds/podcast-1.0.dtd',
    'http://www.itunes.com/DTDs/Podcast-1.0.dtd',
  ],
  dcterms: 'http://purl.org/dc/terms/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/**
 * A namespace, or several: `null` is "no namespace" (RSS 2.0's own elements). RSS is read in a
 * list of them, none and the channel's own, since its vocabulary comes in many (RSS 0.90, 1.0,
 * a default namespace such as `http://backend.userland.com/rss2`) and the names are the same.
 */
export type Ns = string | null | readonly (string | null)[];

const inNs = (uri: string | null, ns: Ns) =>
  typeof ns === 'object' && ns !== null ? ns.includes(uri) : uri === ns;

/** The element children of a node named `name` in namespace `ns` (every child when no name). */
export function kids(parent: Node, ns?: Ns, name?: string): Element[] {
  const out: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Element;
    if (node.nodeType !== 1) continue;
    if (
      name !== undefined &&
      (node.localName !== name || !inNs(node.namespaceURI ?? null, ns ?? null))
    )
      continue;
    out.push(node);
  }
  return out;
}

export const kid = (parent: Node, ns: Ns, name: string): Element | undefined =>
  kids(parent, ns, name)[0];

/** Trimmed text (CDATA and entities included); `undefined` when blank or absent. */
export function textOf(element: Element | undefined | null): string | undefined {
  const value = element?.textContent?.trim();
  return value ? value : undefined;
}

export const childText = (parent: Node, ns: Ns, name: string) => textOf(kid(parent, ns, name));

export function attr(element: Element | undefined, name: string, ns?: string): string | undefined {
  if (!element) return undefined;
  const value = (ns ? element.getAttributeNS(ns, name) : element.getAttribute(name))?.trim();
  return value ? value : undefined;
}

/** The URL relative links in `element` resolve against: every `xml:base` on the way down, then the feed URL. */
export function baseOf(element: Element, feedUrl: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
    const base = attr(node as Element, 'base', NS.xml);
    if (base) bases.push(base);
  }
  let base = feedUrl;
  for (let i = bases.length - 1; i >= 0; i--) base = resolveUrl(bases[i], base) ?? base;
  return base;
}

/** The nearest `xml:lang`. */
export function langOf(element: Element): string | undefined {
  for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
    const lang = attr(node as Element, 'lang', NS.xml);
    if (lang) return lang;
  }
  return undefined;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Atom `type="xhtml"` content back to markup, for the sanitizer to read like any other HTML.
 * Elements, attributes and text only; the sanitizer decides what of it may be shown.
 */
export function serialize(node: Node): string {
  let out = '';
  const nodes = node.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const child = nodes[i];
    if (child.nodeType === 3 || child.nodeType === 4) out += escape(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const element = child as Element;
      let attrs = '';
      for (let a = 0; a < element.attributes.length; a++) {
        const at = element.attributes[a];
        attrs += ` ${at.localName}="${escape(at.value)}"`;
      }
      out += `<${element.localName}${attrs}>${serialize(element)}</${element.localName}>`;
    }
  }
  return out;
}

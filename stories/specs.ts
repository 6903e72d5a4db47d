/**
 * The Specs page (stories/docs/specs.mdx), made from the code so it cannot drift: the news
 * list's sizes from news-list-metrics.ts (the same strings its styles and the partner stylesheet
 * are built from), each measured in this browser at 16 px with the default tokens, and every
 * token with its default from custom-elements.json (the `@cssprop` JSDoc of each element).
 */
import { getCustomElements } from '@storybook/web-components-vite';
import * as size from '../src/components/news-list/news-list-metrics.js';
import type { Manifest } from './arg-types.js';

/** A CSS length expression measured as a block size at 16 px, in a 720 px wide container. */
function measure(expression: string): string {
  const box = document.createElement('div');
  box.style.cssText =
    'position:absolute;visibility:hidden;inline-size:720px;font-size:16px;container-type:inline-size';
  const probe = document.createElement('div');
  probe.style.blockSize = expression;
  box.append(probe);
  document.body.append(box);
  const px = probe.getBoundingClientRect().height;
  box.remove();
  return px ? `${Math.round(px * 10) / 10} px` : '';
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const code = (text: string) => `\`${text.replaceAll('|', '\\|')}\``;

/** The news list's measurements as a Markdown table. */
export function newsListSpecs(): string {
  const rows: [string, string][] = [
    ['Image column (list layout)', size.THUMB],
    ['Images', '3:2 (`aspect-ratio: 3 / 2`)'],
    ['Narrowest card (grid layout)', size.MIN_COLUMN],
    ['Stacks the image above the text below', size.NARROW],
    ['Text column, least height (meta line, 3 title lines, 3 summary lines)', size.BODY],
    ['Text column, compact (meta line, 2 title lines)', size.BODY_COMPACT],
    ['Item text line height', size.LINE_HEIGHT],
    ['Title line height', size.TITLE_LINE_HEIGHT],
    ['Space between items', size.GAP],
    ['Separator', size.RULE],
    ['Load more button, least height', size.BUTTON],
    ['Items per page by default', String(size.DEFAULT_LIMIT)],
    ['Skeleton placeholders, at most', String(size.SKELETON_MAX)],
  ];
  return [
    row(['', 'CSS', 'at 16 px']),
    row(['---', '---', '---']),
    ...rows.map(([label, value]) =>
      row([
        label,
        code(value),
        /^[\d.]+$/.test(value) || value.includes(':') ? '' : measure(value),
      ]),
    ),
  ].join('\n');
}

/** Every documented token, element by element, with its default and what it does. */
export function tokenSpecs(): string {
  const manifest = getCustomElements() as Manifest;
  const seen = new Set<string>();
  const lines = [row(['Token', 'Default', 'Where', 'What']), row(['---', '---', '---', '---'])];
  for (const decl of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
    if (!decl.tagName) continue;
    for (const prop of decl.cssProperties ?? []) {
      if (seen.has(prop.name)) continue;
      seen.add(prop.name);
      const where = prop.inheritedFrom ? 'every widget' : `\`<${decl.tagName}>\``;
      const what = (prop.description ?? '').replace(/\s+/g, ' ').replaceAll('|', '\\|');
      lines.push(row([code(prop.name), code(prop.default ?? ''), where, what]));
    }
  }
  return lines.join('\n');
}

/** An element's named parts (`::part(…)`), from its `@csspart` documentation. */
export function partsOf(tag: string): string {
  const manifest = getCustomElements() as Manifest;
  const decl = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((d) => d.tagName === tag);
  const lines = [row(['Part', 'What it is']), row(['---', '---'])];
  for (const part of decl?.cssParts ?? [])
    lines.push(
      row([code(part.name), (part.description ?? '').replace(/\s+/g, ' ').replaceAll('|', '\\|')]),
    );
  return lines.join('\n');
}

/** An element's own tokens (the shared ones are on the Specs page), from its `@cssprop`s. */
export function tokensOf(tag: string): string {
  const manifest = getCustomElements() as Manifest;
  const decl = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((d) => d.tagName === tag);
  const own = (decl?.cssProperties ?? []).filter((prop) => !prop.inheritedFrom);
  if (!own.length) return 'Only the shared tokens (Design › Specs).';
  const lines = [row(['Token', 'Default', 'What']), row(['---', '---', '---'])];
  for (const prop of own)
    lines.push(
      row([
        code(prop.name),
        code(prop.default ?? ''),
        (prop.description ?? '').replace(/\s+/g, ' ').replaceAll('|', '\\|'),
      ]),
    );
  return `${lines.join('\n')}\n\nAnd every shared token (Design › Specs).`;
}

/**
 * Minifies the CSS in Lit's css`` and the markup in html`` template literals for the script-tag
 * build (vite.cdn.config.ts), with the Lit team's plugin (@lit-labs/rollup-plugin-minify-html-literals:
 * lightningcss for CSS, html-minifier-next for markup). JavaScript minifiers leave template text
 * alone, and our stylesheets and templates are written to be read: indentation, comments, one
 * declaration per line.
 *
 * The plugin's own CSS placeholder (`@TEMPLATE_EXPRESSION();`) only survives `prop: ${x};`. Ours
 * interpolate tokens anywhere in a value (`gap: ${a} ${b}`, `calc(… + ${x})`), so the CSS path
 * uses a plain identifier as the placeholder, which lightningcss keeps as a value token. A
 * stylesheet lightningcss cannot parse with placeholders in it (a `${}` inside an `@container`
 * query) is not left as written: comments go and whitespace collapses, outside strings.
 *
 * Templates written with lit/static-html (`staticHtml`) are left alone: a `${}` there can be a tag
 * name, which no HTML minifier parses.
 */
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  defaultShouldMinify,
  defaultShouldMinifyCSS,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { transform } from 'lightningcss';

// Each expression gets its own numbered identifier (`__mlo0__`, `__mlo1__`, …), which works in CSS
// values and in markup alike; after minifying, they must all still be there, once each, in order.
const marker = (prefix, index) => `${prefix}${index}__`;
const markerPattern = (prefix) => new RegExp(`${prefix}(\\d+)__`, 'g');

function inOrder(text, prefix, count) {
  const seen = [...text.matchAll(markerPattern(prefix))].map((match) => Number(match[1]));
  return seen.length === count && seen.every((value, index) => value === index);
}

/** Comments out, runs of whitespace to one space, and none around punctuation; strings kept. */
function collapseCss(css) {
  return css
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, index) => {
      if (index % 2 === 1) return piece; // a quoted string
      return piece
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/;}/g, '}');
    })
    .join('')
    .trim();
}

/** lightningcss, unless it fails or drops, repeats or reorders an expression (merged rules). */
function minifyCss(css, prefix) {
  const count = [...css.matchAll(markerPattern(prefix))].length;
  try {
    const min = transform({
      filename: 'literal.css',
      code: Buffer.from(css),
      minify: true,
    }).code.toString();
    if (inOrder(min, prefix, count)) return min;
  } catch {
    // falls through to the plain collapse
  }
  return collapseCss(css);
}

const isCss = (template) => defaultShouldMinifyCSS(template);

// The plugin calls getPlaceholder and then, with no await between, minifyCSS for the same
// template; minifyCSS is not given the placeholder, so it reads the one chosen last.
let cssPrefix = '__mlo';

const strategy = {
  ...defaultStrategy,
  getPlaceholder(parts) {
    let prefix = '__mlo';
    while (parts.some((part) => part.text.includes(prefix))) prefix = `_${prefix}`;
    cssPrefix = prefix;
    return prefix;
  },
  combineHTMLStrings: (parts, prefix) =>
    parts.map((part, index) => (index === 0 ? '' : marker(prefix, index - 1)) + part.text).join(''),
  minifyCSS: (css) => minifyCss(css, cssPrefix),
  splitHTMLByPlaceholder(text, prefix) {
    const count = text.split(markerPattern(prefix)).length;
    if (!inOrder(text, prefix, (count - 1) / 2))
      throw new Error('minify-literals: an expression moved');
    return text.split(markerPattern(prefix)).filter((_, index) => index % 2 === 0);
  },
};

export default function minifyTemplateLiterals() {
  return minifyLiterals({
    failOnError: true,
    options: {
      strategy,
      shouldMinify: (template) =>
        template.tag !== 'staticHtml' && !isCss(template) && defaultShouldMinify(template),
      shouldMinifyCSS: isCss,
      minifyOptions: {
        // Keep what Lit's template parser and our tests rely on: quoted attributes, empty
        // attributes such as alt="", and comments are removed (Lit's own markers are added at
        // runtime, not written in templates).
        removeEmptyAttributes: false,
        removeAttributeQuotes: false,
        minifyJS: false,
      },
    },
  });
}

// Property-based tests (fast-check) of the server path, the Node side of
// tests/hostile/properties.test.ts: random feeds through `renderFeed` for every element in
// every language never throw (a FeedError for what is not a feed aside) and stay linear; the
// server's body limits never count a body shallower than jsdom builds it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { ELEMENTS, api, root } from './helpers.mjs';

const LANGS = ['en', 'sr-Latn', 'sr-Cyrl'];

/** Bits of text hostile feeds are made of, Serbian in both scripts included. */
const text = fc
  .array(
    fc.constantFrom(
      ' ',
      '\n',
      '&',
      '&amp;',
      '<',
      '>',
      '"',
      "'",
      '://',
      '@',
      '.',
      'a',
      'Beograd',
      'NATO',
      'džemper',
      'Љиљан',
      'ž',
      '\u0000',
      '\u202e',
      'javascript:',
      '{',
      '}',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Markup: real and broken tags, attributes with quotes, comments, scripts, deep openers. */
const MARKUP = [
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<i>',
  '</div>',
  '<div>',
  '<ul><li>',
  '<li>',
  '</li>',
  '<table><tr><td>',
  '<td>',
  '</table>',
  '<a href="https://x.example/a?b=1&c=2">',
  '</a>',
  '<a href="javascript:alert(1)">',
  '<img src="/a.png" alt="Beograd" lang="en">',
  '<img src=x onerror=alert(1)>',
  '<abbr lang="en" title="Nato">',
  '<span lang="sr-Latn">',
  '<!--',
  '-->',
  '<svg><option>',
  '<math>',
  '<script>alert(1)</script>',
  '<style>',
  '<b title="></b>">',
  '<pre>',
  '<code>',
  '<br>',
  '<b =">">',
  '<![CDATA[',
  ']]>',
  '<template>',
  '<select><option>',
];
const markup = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP), text), { maxLength: 40 })
  .map((parts) => parts.join(''));

const item = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'c'), text, fc.integer()),
    title: text,
    summary: text,
    content_html: markup,
    content_text: text,
    url: fc.oneof(fc.webUrl(), text),
    image: fc.oneof(fc.webUrl(), text),
    date_published: fc.oneof(fc.constantFrom('2024-05-01T10:00:00Z', '2024-05-01', 'x'), text),
    language: fc.constantFrom('en', 'sr', 'sr-Latn', 'sr-Cyrl', 'xx', ''),
    tags: fc.array(text, { maxLength: 3 }),
    authors: fc.array(fc.record({ name: text, url: text }, { requiredKeys: [] }), {
      maxLength: 2,
    }),
    _mlo: fc.record(
      {
        type: fc.constantFrom('news', 'statement', 'quote', 'visit', 'event', 'x'),
        keep: fc.array(text, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id'] },
);
const feed = fc.oneof(
  fc.record(
    {
      version: fc.constantFrom(
        'https://jsonfeed.org/version/1.1',
        'https://jsonfeed.org/version/1',
      ),
      title: text,
      language: fc.constantFrom('en', 'sr-Latn', 'sr-Cyrl', 'x'),
      home_page_url: fc.oneof(fc.webUrl(), text),
      items: fc.array(item, { maxLength: 6 }),
      _mlo: fc.record(
        { contacts: fc.array(fc.anything(), { maxLength: 2 }) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['version', 'items'] },
  ),
  fc.anything(),
);

/** A refusal is a FeedError that says what is wrong with the feed, never an internal error. */
const refusal = (error) => error?.name === 'FeedError' && !/^Internal/.test(error.message);

describe('renderFeed (property-based)', () => {
  it('every element in every language: HTML of that element, or a FeedError; never anything else', async () => {
    const { renderFeed } = await api();
    for (const element of ELEMENTS)
      for (const lang of LANGS)
        fc.assert(
          fc.property(feed, fc.option(fc.constantFrom('a', 'b')), (input, id) => {
            let html;
            try {
              html = renderFeed(input, { element, lang, item: id ?? undefined, jsonLd: true });
            } catch (error) {
              assert.ok(refusal(error), `${element} ${lang}: ${error?.stack}`);
              return;
            }
            assert.match(html, new RegExp(`^(<!--[^>]*-->)*<${element}\\s+lang="${lang}"`));
            assert.ok(!/<script(?![^>]*type="application\/(ld\+)?json")/i.test(html), 'no script');
          }),
          { numRuns: 12, seed: 23 },
        );
  });

  it('linear: 10× the body or the items cost at most 25× the time (quadratic would be 100×)', async () => {
    const { renderFeed } = await api();
    const piece = fc.array(fc.constantFrom(...MARKUP.slice(0, 24), 'Beograd '), {
      minLength: 4,
      maxLength: 8,
    });
    const fastest = (fn, runs) => {
      let best = Infinity;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        fn();
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const base = { version: 'https://jsonfeed.org/version/1.1', title: 'T', language: 'sr-Latn' };
    fc.assert(
      fc.property(piece, (parts) => {
        // Closed at the end of each piece, so the body's depth does not grow with its length.
        const unit = `<div>${parts.join('')}</div>`.replace(/<!--|<svg>|<math>|<template>/g, '');
        const body = (n) => ({ ...base, items: [{ id: 'a', content_html: unit.repeat(n) }] });
        const items = (n) => ({
          ...base,
          items: Array.from({ length: n }, (_, i) => ({
            id: `i${i}`,
            title: unit,
            content_html: unit,
          })),
        });
        const cases = [
          ['mlo-article', body, 60],
          ['mlo-search', items, 100],
        ];
        for (const [element, make, n] of cases) {
          const render = (feedOf) => () => renderFeed(feedOf, { element, lang: 'sr-Cyrl' });
          const small = fastest(render(make(n)), 3);
          const large = fastest(render(make(n * 10)), 2);
          assert.ok(
            large < 25 * Math.max(small, 10),
            `${element} ${unit}: ${small.toFixed(1)} ms, 10×: ${large.toFixed(1)} ms`,
          );
        }
      }),
      { numRuns: 3, seed: 23 },
    );
  });
});

describe('the server body limits (property-based)', () => {
  it('never count a body shallower or smaller than the parser builds it', async () => {
    const bundle = await build({
      entryPoints: [`${root}packages/server/src/body-limits.ts`],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const { estimateShape } = await import(
      `data:text/javascript,${encodeURIComponent(bundle.outputFiles[0].text)}`
    );
    const { DOMParser } = new JSDOM('').window;
    const depth = (node) => {
      let deepest = 0;
      for (const child of node.children) deepest = Math.max(deepest, depth(child) + 1);
      return deepest;
    };
    const soup = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            ...MARKUP,
            '<a>',
            '</b>',
            '</i>',
            '</td>',
            '</tr>',
            '<tr>',
            '<th>',
            '<tbody>',
            '<option>',
            '<dd>',
            '<dt>',
            '<h2>',
            '</h2>',
            '<button>',
            '<object>',
            '<caption>',
            '<col>',
            '<font>',
            '<nobr>',
            '</ul>',
            '</svg>',
            '<foreignObject>',
            '<desc>',
            '<mi>',
            '<body>',
            '</body>',
            '<html>',
            '<frameset>',
            '<p/>',
            '<b/>',
            '</>',
            '<?x>',
            '<!x>',
            '--!>',
            '<b title=1>',
            '<b title=2>',
            '<i class=x>',
            '<u>',
            '<font size=2>',
            '</em>',
            '</u>',
            '<!-->',
            "'",
          ),
          text,
        ),
        { maxLength: 120 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(soup, (html) => {
        const body = new DOMParser().parseFromString(
          `<!doctype html><body>${html}`,
          'text/html',
        ).body;
        const real = { depth: depth(body), elements: body.getElementsByTagName('*').length };
        const estimate = estimateShape(html);
        for (const key of ['depth', 'elements'])
          assert.ok(
            real[key] <= estimate[key],
            `${key}: real ${real[key]} > estimate ${estimate[key]}: ${JSON.stringify(html)}`,
          );
      }),
      { numRuns: 400, seed: 23 },
    );
  });
});

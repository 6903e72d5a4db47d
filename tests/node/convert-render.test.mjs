// `mlo-newsroom convert` and `render`, and the API behind them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { ELEMENTS, api, cli, demoFeedPath, fixture } from './helpers.mjs';
import { corpus, hostileFeed } from '../../scripts/ssr/hostile.mjs';

const LANGS = ['en', 'sr-Latn', 'sr-Cyrl'];
const demo = () => JSON.parse(readFileSync(demoFeedPath, 'utf8'));

/** The inline data a rendered element carries. */
const inline = (html) =>
  JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(html)[1]);

describe('mlo-newsroom convert', () => {
  it('maps a paged RSS or Atom feed (RFC 5005 rel="next") to next_url, resolved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlo-paged-'));
    const rss = join(dir, 'rss.xml');
    const atom = join(dir, 'atom.xml');
    writeFileSync(
      rss,
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>P</title>
      <atom:link rel="self" href="https://news.example/feed/rss.xml"/>
      <atom:link rel="next" href="page-2.xml"/>
      <item><guid>1</guid><title>One</title></item></channel></rss>`,
    );
    writeFileSync(
      atom,
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>P</title><id>urn:p</id>
      <link rel="self" href="https://news.example/feed/atom.xml"/>
      <link rel="next" href="https://news.example/feed/atom-2.xml"/>
      <entry><id>1</id><title>One</title><updated>2024-01-01T00:00:00Z</updated></entry></feed>`,
    );
    const fromRss = JSON.parse(cli('convert', rss).stdout);
    assert.equal(fromRss.next_url, 'https://news.example/feed/page-2.xml');
    const fromAtom = JSON.parse(cli('convert', atom).stdout);
    assert.equal(fromAtom.next_url, 'https://news.example/feed/atom-2.xml');
  });

  it("RSS to JSON Feed 1.1 with _mlo, by the widgets' mapping, to stdout or -o", async () => {
    const run = cli('convert', fixture('wordpress.xml'));
    assert.equal(run.code, 0);
    const out = JSON.parse(run.stdout);
    assert.equal(out.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(out.items.length, 2);
    assert.ok(out.items.some((item) => item._mlo?.type));
    const { convertText } = await api();
    assert.deepEqual(
      out,
      JSON.parse(JSON.stringify(convertText(readFileSync(fixture('wordpress.xml'), 'utf8')))),
    );
    const dir = mkdtempSync(join(tmpdir(), 'mlo-convert-'));
    assert.equal(cli('convert', fixture('atom-blog.xml'), '-o', join(dir, 'feed.json')).code, 0);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).version, out.version);
    assert.equal(
      cli('convert', fixture('atom-blog.xml')).stdout,
      cli('convert', fixture('atom-blog.xml')).stdout,
    );
  });
  it('exit 2 for what is not a feed', () => {
    assert.equal(cli('convert', fixture('billion-laughs.xml')).code, 2);
  });
});

describe('mlo-newsroom render', () => {
  it('every element in every language: declarative shadow DOM, the state, the inline data, same bytes twice', async () => {
    const { renderFeed } = await api();
    for (const element of ELEMENTS)
      for (const lang of LANGS) {
        const html = renderFeed(demo(), { element, lang });
        assert.match(
          html,
          new RegExp(`^(<!--[^>]*-->)*<${element}\\s+lang="${lang}"[^>]* state="ready"`),
          `${element} ${lang}`,
        );
        assert.match(html, /<template shadowroot="open" shadowrootmode="open"[^>]*><style>/);
        assert.match(html, new RegExp(`<div class="lang-root" lang="${lang}">`));
        assert.equal(inline(html).version, 'https://jsonfeed.org/version/1.1');
        assert.equal(
          renderFeed(demo(), { element, lang }),
          html,
          `${element} ${lang} is deterministic`,
        );
      }
  });

  it('the inline data holds only what is shown (the search: every item)', async () => {
    const { renderFeed } = await api();
    const list = renderFeed(demo(), { element: 'mlo-news-list', limit: 3 });
    assert.equal(inline(list).items.length, 3);
    assert.equal(list.match(/<article[^>]*\bpart="item"/g)?.length, 3, 'the list shows 3 items');
    const article = inline(
      renderFeed(demo(), { element: 'mlo-article', item: 'quote-continue-to-support-peace' }),
    );
    assert.deepEqual(
      article.items.map((i) => i.id),
      ['quote-continue-to-support-peace'],
    );
    assert.equal(inline(renderFeed(demo(), { element: 'mlo-search' })).items.length, 14);
    assert.equal(inline(renderFeed(demo(), { element: 'mlo-contact-card' })).items.length, 0);
  });

  it('Serbian in Cyrillic when asked', async () => {
    const { renderFeed } = await api();
    assert.match(renderFeed(demo(), { element: 'mlo-quote', lang: 'sr-Cyrl' }), /Извор/);
    assert.match(renderFeed(demo(), { element: 'mlo-quote', lang: 'sr-Latn' }), /Izvor/);
  });

  it('--json-ld: an ItemList for a list, a NewsArticle for an article, as escaped script JSON', () => {
    const list = cli(
      'render',
      demoFeedPath,
      '--element',
      'mlo-news-list',
      '--limit',
      '2',
      '--json-ld',
    );
    assert.equal(list.code, 0);
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(list.stdout)[1],
    );
    assert.equal(ld['@type'], 'ItemList');
    assert.equal(ld.itemListElement.length, 2);
    assert.equal(ld.itemListElement[0].item['@type'], 'NewsArticle');
    const article = cli(
      'render',
      demoFeedPath,
      '--element',
      'mlo-article',
      '--json-ld',
      '--lang',
      'sr-Latn',
    );
    const one = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(article.stdout)[1],
    );
    assert.equal(one['@type'], 'NewsArticle');
    assert.ok(one.headline);
  });

  it('--src and --refresh: the rendered widget goes on following the feed once taken over', () => {
    const run = cli(
      'render',
      demoFeedPath,
      '--element',
      'mlo-news-list',
      '--src',
      'https://news.example/feed.json',
      '--refresh',
      '60',
    );
    assert.equal(run.code, 0);
    const el = new JSDOM(run.stdout).window.document.querySelector('mlo-news-list');
    assert.equal(el.getAttribute('src'), 'https://news.example/feed.json');
    assert.equal(el.getAttribute('refresh'), '60');
    const slow = cli('render', demoFeedPath, '--element', 'mlo-quote', '--refresh', '2');
    assert.equal(slow.code, 2);
    assert.match(slow.stderr, /--refresh must be a whole number of seconds from 5/);
  });

  it('--action: <mlo-search> as a GET search form to that page, with a Search button and q', () => {
    const run = cli(
      'render',
      demoFeedPath,
      '--element',
      'mlo-search',
      '--action',
      '/find',
      '--lang',
      'sr-Latn',
    );
    assert.equal(run.code, 0);
    const dom = new JSDOM(run.stdout);
    const shadow = dom.window.document.querySelector('mlo-search template[shadowrootmode]').content;
    const form = shadow.querySelector('form');
    assert.equal(form.getAttribute('role'), 'search');
    assert.equal(form.getAttribute('method'), 'get');
    assert.equal(form.getAttribute('action'), '/find');
    assert.ok(form.querySelector('input[name="q"]'));
    assert.equal(form.querySelector('button[type="submit"]').textContent.trim(), 'Pretražite');
    // Without it, no form (the field waits, hidden, for the script).
    const plain = cli('render', demoFeedPath, '--element', 'mlo-search');
    assert.doesNotMatch(plain.stdout, /<form/);
  });

  it('exit 2 without a known element or language', () => {
    assert.equal(cli('render', demoFeedPath).code, 2);
    assert.equal(cli('render', demoFeedPath, '--element', 'mlo-nope').code, 2);
    assert.equal(cli('render', demoFeedPath, '--element', 'mlo-quote', '--lang', 'de').code, 2);
  });

  it('the XSS corpus through the server path: no script, handler or script URL in the output', async () => {
    const { renderFeed } = await api();
    const feed = hostileFeed();
    const pages = [
      renderFeed(feed, { element: 'mlo-news-list', limit: 50, jsonLd: true }),
      renderFeed(feed, { element: 'mlo-contact-card' }),
      ...feed.items.map((item) =>
        renderFeed(feed, { element: 'mlo-article', item: item.id, jsonLd: true }),
      ),
    ];
    assert.equal(pages.length, corpus.length + 2);
    for (const html of pages) {
      // The inline data and JSON-LD: nothing in them can end their script element.
      for (const [, body] of html.matchAll(
        /<script type="application\/(?:ld\+)?json">(.*?)<\/script>/gs,
      ))
        assert.doesNotMatch(body, /</);
      const { document } = new JSDOM(`<body>${html}</body>`).window;
      const bad = [];
      const visit = (scope) => {
        for (const el of scope.querySelectorAll('*')) {
          if (el.localName === 'template') visit(el.content);
          if (
            [
              'script',
              'iframe',
              'object',
              'embed',
              'form',
              'svg',
              'math',
              'style',
              'base',
              'meta',
              'link',
            ].includes(el.localName)
          ) {
            const ours =
              (el.localName === 'script' && /^application\/(ld\+)?json$/.test(el.type)) ||
              (el.localName === 'style' && el.parentNode.nodeType === 11);
            if (!ours) bad.push(el.outerHTML.slice(0, 80));
          }
          for (const { name, value } of el.attributes) {
            if (/^on/i.test(name)) bad.push(`${el.localName}[${name}]`);
            if (
              /^(href|src|action|formaction|srcset|xlink:href|style)$/i.test(name) &&
              /^\s*(javascript|vbscript|data:(?!image\/(png|jpeg|gif|webp|avif);base64,))|expression\(/i.test(
                value,
              )
            )
              bad.push(`${el.localName}[${name}=${value.slice(0, 40)}]`);
            if (name === 'style') bad.push(`${el.localName}[style]`);
          }
        }
      };
      visit(document);
      assert.deepEqual(bad, []);
    }
  });
});

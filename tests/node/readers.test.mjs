// Issue #30 on the server: `convert` fills `_mlo.alternates` from RSS/Atom links, `render` draws
// the filter bar, the pinned mark and the follow line, and `validate` says what is wrong with them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { api, cli, demoFeedPath } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mlo-readers-'));
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, typeof text === 'string' ? text : JSON.stringify(text));
  return path;
};
const shadowOf = (html, tag = 'mlo-news-list') =>
  new JSDOM(html).window.document.querySelector(`${tag} template[shadowrootmode]`).content;
const demo = () => JSON.parse(readFileSync(demoFeedPath, 'utf8'));

describe('issue #30 on the server', () => {
  it('convert: the feed itself and its feed alternates as _mlo.alternates, from RSS and Atom', () => {
    const rss = file(
      'rss.xml',
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>N</title>
      <atom:link rel="self" href="https://news.example/rss.xml" type="application/rss+xml"/>
      <atom:link rel="alternate" href="/feed.json" type="application/feed+json"/>
      <atom:link rel="alternate" href="/" type="text/html"/>
      <item><guid>1</guid><title>One</title></item></channel></rss>`,
    );
    const out = JSON.parse(cli('convert', rss).stdout);
    assert.deepEqual(out._mlo.alternates, [
      { type: 'application/rss+xml', url: 'https://news.example/rss.xml' },
      { type: 'application/feed+json', url: 'https://news.example/feed.json' },
    ]);
    const atom = file(
      'atom.xml',
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id>
      <link rel="self" href="https://news.example/atom.xml"/>
      <entry><id>1</id><title>One</title><updated>2024-01-01T00:00:00Z</updated></entry></feed>`,
    );
    assert.deepEqual(JSON.parse(cli('convert', atom).stdout)._mlo.alternates, [
      { type: 'application/atom+xml', url: 'https://news.example/atom.xml' },
    ]);
    // What convert wrote validates clean.
    const converted = file('converted.json', cli('convert', rss).stdout);
    assert.equal(cli('validate', converted).code, 0);
  });

  it('validate: a hostile pin or alternate is a warning with its path and a hint (exit 1)', () => {
    const path = file('bad.json', {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      _mlo: { alternates: [{ url: '/x' }, { type: 'application/rss+xml', url: '/rss.xml' }] },
      items: [
        { id: 'a', title: 'A', content_text: 'a', _mlo: { pinned: 'forever' } },
        { id: 'b', title: 'B', content_text: 'b', _mlo: { pinned: '2026-12-31' } },
      ],
    });
    const run = cli('validate', path, '--json');
    assert.equal(run.code, 1);
    const { entries } = JSON.parse(run.stdout);
    const pin = entries.find((e) => e.path === '$.items[0]._mlo.pinned');
    assert.equal(pin.severity, 'warning');
    assert.match(pin.hint, /"pinned": true/);
    const alt = entries.find((e) => e.path.startsWith('$._mlo.alternates[0]'));
    assert.ok(alt, JSON.stringify(entries));
    assert.match(alt.hint, /"type"/);
    assert.equal(entries.length, 2);
  });

  it('render --filters --follow: the bar, the pinned mark, the line, every item inline', async () => {
    const feed = demo();
    feed.feed_url = 'https://news.example/feed.json';
    feed._mlo.alternates = [{ type: 'application/rss+xml', url: 'rss.xml' }];
    feed.items[3]._mlo = { ...feed.items[3]._mlo, pinned: true };
    const path = file('demo.json', feed);
    const run = cli(
      'render',
      path,
      '--element',
      'mlo-news-list',
      '--limit',
      '3',
      '--filters',
      'type year',
      '--follow',
      '--lang',
      'sr-Cyrl',
    );
    assert.equal(run.code, 0, run.stderr);
    const doc = new JSDOM(run.stdout).window.document;
    const el = doc.querySelector('mlo-news-list');
    assert.equal(el.getAttribute('filters'), 'type year');
    assert.equal(el.getAttribute('follow'), '');
    const shadow = shadowOf(run.stdout);
    const facets = [...shadow.querySelectorAll('.facet')];
    assert.deepEqual(
      facets.map((f) => f.querySelector('.facet-label').textContent),
      ['Врста:', 'Година:'],
    );
    assert.match(facets[0].textContent.replace(/\s+/g, ' '), /Све 8 .*Изјаве 1/);
    assert.equal(
      shadow.querySelector('[aria-pressed="true"]').textContent.trim().split(/\s/)[0],
      'Све',
    );
    // The pinned visit first, marked.
    const first = shadow.querySelector('article[part~="item"]');
    assert.equal(first.querySelector('[part~="pinned"]').textContent, 'Истакнуто');
    assert.equal(shadow.querySelectorAll('article[part~="item"]').length, 3);
    // The follow line, with safe absolute URLs.
    const links = [...shadow.querySelectorAll('[part~="follow-link"]')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    assert.deepEqual(links, [
      ['JSON Feed', 'https://news.example/feed.json'],
      ['RSS', 'https://news.example/rss.xml'],
    ]);
    // Counts need every item the list can show: all eight are inline, not only the three shown.
    const inline = JSON.parse(
      /<script type="application\/json">(.*?)<\/script>/s.exec(run.stdout)[1],
    );
    assert.equal(inline.items.length, 8);
    // --no-pins: by date, unmarked.
    const plain = cli('render', path, '--element', 'mlo-news-list', '--no-pins');
    assert.equal(shadowOf(plain.stdout).querySelector('[part~="pinned"]'), null);
    assert.match(plain.stdout, /no-pins/);
    // The API takes them as attributes too, and renders the same bytes twice.
    const { renderFeed } = await api();
    const options = { element: 'mlo-news-list', attributes: { filters: 'tag', follow: '' } };
    assert.equal(renderFeed(feed, options), renderFeed(feed, options));
  });
});

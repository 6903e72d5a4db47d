// Translations (`_mlo.translations`) through the command: validate's checks, render's "Also in"
// and inline data, and the JSON-LD links between versions.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { api, cli } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mlo-translations-'));
const file = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const feed = (items) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });
const statement = () =>
  feed([
    {
      id: 'en-1',
      url: 'https://example.org/en/s',
      title: 'Statement',
      language: 'en',
      date_published: '2026-03-01T10:00:00Z',
      content_text: 'Text.',
      _mlo: {
        type: 'statement',
        translations: [
          { language: 'sr-Latn', id: 'lat-1' },
          { language: 'de', url: 'https://example.de/s' },
        ],
      },
    },
    {
      id: 'lat-1',
      url: 'https://example.org/sr/s',
      title: 'Izjava',
      language: 'sr-Latn',
      date_published: '2026-03-01T12:00:00Z',
      content_text: 'Tekst.',
    },
    { id: 'other', title: 'Other', language: 'en', content_text: 'Other news.' },
  ]);

describe('translations: validate', () => {
  it('passes a feed whose versions exist in the languages named', () => {
    const run = cli('validate', file('ok.json', statement()), '--json');
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(JSON.parse(run.stdout).entries, []);
  });

  it('reports unknown ids, wrong languages, self-references and two versions in one language', () => {
    const bad = statement();
    bad.items[0]._mlo.translations = [
      { language: 'sr-Latn', id: 'lat-1' },
      { language: 'sr-Cyrl', id: 'missing' },
      { language: 'fr', id: 'other' },
      { language: 'de', id: 'en-1' },
      { language: 'en', id: 'lat-1' },
    ];
    bad.items[2]._mlo = { translations: [{ language: 'sr-Latn', id: 'lat-1' }] };
    const run = cli('validate', file('bad.json', bad), '--json');
    assert.equal(run.code, 1);
    const messages = JSON.parse(run.stdout).entries.map((e) => `${e.path} ${e.message}`);
    const has = (pattern) =>
      assert.ok(
        messages.some((m) => pattern.test(m)),
        `${pattern} in\n${messages.join('\n')}`,
      );
    has(
      /items\[0\]\._mlo\.translations names "missing" as its sr-Cyrl version, but the feed has no item/,
    );
    has(/names "other" as its fr version, but that item is in en/);
    has(/"de" names the item itself/);
    has(/"en" is the item's own language/);
    has(/"other" and "en-1" are both the en version of one statement/);
  });
});

describe('translations: render', () => {
  it('renders "Also in" with hreflang and lang, and inlines the versions in the feed', async () => {
    const { renderFeed } = await api();
    const html = renderFeed(statement(), { element: 'mlo-article', lang: 'en', item: 'en-1' });
    assert.match(html, /part="translations"/);
    assert.match(
      html,
      /<a[^>]*href="https:\/\/example.org\/sr\/s"[^>]*hreflang="sr-Latn"[^>]*lang="sr-Latn"[^>]*>(?:<!--[^>]*-->)*Srpski/,
    );
    assert.match(html, /hreflang="de"[^>]*>(?:<!--[^>]*-->)*Deutsch/);
    const inline = JSON.parse(html.match(/<script type="application\/json">(.*?)<\/script>/s)[1]);
    assert.deepEqual(
      inline.items.map((i) => i.id),
      ['en-1', 'lat-1'],
    );
    // The Share button is rendered (hidden until the script runs, keeping its room).
    assert.match(html, /part="share"/);
    assert.match(html, /:host\(:not\(:defined\)\) :is\(\.share, \.version-button\)/);
  });

  it('shows the version in the widget language of the item named', async () => {
    const { renderFeed } = await api();
    const html = renderFeed(statement(), { element: 'mlo-article', lang: 'sr-Cyrl', item: 'en-1' });
    assert.match(html, /Изјава/);
    const list = renderFeed(statement(), { element: 'mlo-news-list', lang: 'sr-Latn' });
    assert.match(list, /Izjava/);
    assert.doesNotMatch(list, />Statement</);
  });

  it('links the versions in JSON-LD: workTranslation on the original, translationOfWork on the others', async () => {
    const { renderFeed } = await api();
    const ld = (html) =>
      JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1]);
    const original = ld(
      renderFeed(statement(), { element: 'mlo-article', item: 'en-1', lang: 'en', jsonLd: true }),
    );
    assert.deepEqual(original.workTranslation, [
      {
        '@type': 'NewsArticle',
        url: 'https://example.org/sr/s',
        inLanguage: 'sr-Latn',
        headline: 'Izjava',
      },
      { '@type': 'NewsArticle', url: 'https://example.de/s', inLanguage: 'de' },
    ]);
    const translation = ld(
      renderFeed(statement(), {
        element: 'mlo-article',
        item: 'lat-1',
        lang: 'sr-Latn',
        jsonLd: true,
      }),
    );
    assert.deepEqual(translation.translationOfWork, {
      '@type': 'NewsArticle',
      url: 'https://example.org/en/s',
      inLanguage: 'en',
      headline: 'Statement',
    });
    const list = ld(
      renderFeed(statement(), { element: 'mlo-news-list', lang: 'sr-Latn', jsonLd: true }),
    );
    assert.equal(list.itemListElement[0].item.translationOfWork.url, 'https://example.org/en/s');
  });
});

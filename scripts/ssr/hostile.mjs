// The XSS corpus (tests/fixtures/xss-payloads.json) in every field of a feed, for the server
// path: each payload as an article (title, summary, URLs, image, tags, author, HTML body and
// its image metadata) and as a contact; and a tripwire a page installs before anything else.
import { readFileSync } from 'node:fs';

const corpus = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/xss-payloads.json', import.meta.url), 'utf8'),
).payloads.map((p) => p.payload);

export function hostileFeed(payloads = corpus) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Hostile newsroom',
    language: 'en',
    feed_url: 'https://newsroom.example/feed.json',
    items: payloads.map((p, i) => ({
      id: `article-${i}`,
      title: p,
      summary: p,
      url: p,
      external_url: p,
      image: p,
      tags: [p, 'hostile'],
      authors: [{ name: p, url: p }],
      date_published: '2024-01-01T10:00:00Z',
      content_html: `${p}<p>${p}</p><a href="${p}">link</a><img src="${p}" alt="x">`,
      _mlo: { type: 'article', image: { alt: p, caption: p, credit: p, width: 4, height: 3 } },
    })),
    _mlo: {
      contacts: payloads.slice(0, 20).map((p) => ({
        name: p,
        unit: p,
        address: { street: p, postalCode: '11000', locality: p, country: p },
        phone: '+381 11 306 8000',
        email: p,
        url: p,
      })),
    },
  };
}

export { corpus };

/** Counts what a payload would do if it ran: the page reads `window.__hits` and `window.__xss`. */
export const TRIPWIRE = `<script>window.__hits=[];for(const n of ['alert','confirm','prompt'])window[n]=(m)=>{window.__hits.push(n+'('+m+')')};</script>`;

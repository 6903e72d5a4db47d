// The pack test's page (tests/e2e/pack.test.mjs): bundled by esbuild inside a fresh project that
// installed the packed tarball, so every import below goes through the package's `exports`.
// Results land on `window.packTest` for the script to assert.
import * as lib from 'mlo-newsroom';
import schema from 'mlo-newsroom/feed.schema.json';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const TAGS = [
  'mlo-news-list',
  'mlo-article',
  'mlo-quote',
  'mlo-visit-card',
  'mlo-contact-card',
  'mlo-search',
];
const defined = () =>
  Object.fromEntries(TAGS.map((tag) => [tag, customElements.get(tag) !== undefined]));

const results = (window.packTest = { errors: [] });
window.addEventListener('error', (event) => results.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => results.errors.push(String(event.reason)));

// The main entry is side-effect free: classes, events and the data API, no registration.
results.indexExports = Object.keys(lib).sort();
results.registeredByIndex = Object.entries(defined())
  .filter(([, yes]) => yes)
  .map(([tag]) => tag);
results.schemaId = typeof schema === 'object' && schema !== null ? Object.keys(schema).length : 0;

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Pack test newsroom',
  items: [
    {
      id: 'one',
      title: 'First item from the packed package',
      date_published: '2024-05-02',
      content_text: 'One.',
    },
    {
      id: 'two',
      title: 'Second item from the packed package',
      date_published: '2024-05-01',
      content_text: 'Two.',
    },
  ],
};

// The registration entries load after the check above, each checked on its own: define.js must
// register every element without help from the React wrappers.
await import('mlo-newsroom/define.js');
results.definedByDefine = defined();
const { MloNewsList } = await import('mlo-newsroom/react');
results.definedByReact = defined();
results.sameClass = customElements.get('mlo-news-list') === lib.MloNewsList;

createRoot(document.getElementById('root')).render(
  createElement(MloNewsList, {
    id: 'react-list',
    feed,
    limit: 5,
    onMloLoad: (event) => {
      results.loadEvent = {
        items: event.items.length,
        isMloLoadEvent: event instanceof lib.MloLoadEvent,
      };
    },
  }),
);

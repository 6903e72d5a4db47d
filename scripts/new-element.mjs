#!/usr/bin/env node
/**
 * `npm run new-element NAME` (e.g. `npm run new-element event-card`): a new feed-driven element,
 * `<mlo-NAME>`, in the shape of the others, working and tested from the first minute:
 *
 *   src/components/NAME/NAME.ts          class MloName extends MloFeedElement (JSDoc contract,
 *                                        skeleton, the shared loading/empty/error/stale states)
 *   src/components/NAME/NAME.styles.ts   its styles, from the shared tokens
 *   src/components/NAME/mlo-NAME.ts      registers the tag, declares HTMLElementTagNameMap
 *   tests/components/NAME.test.ts        renders a feed, axe check in every state
 *   stories/NAME/                        its Storybook folder: Default, and States from stories/states.ts
 *
 * and adds it to src/elements.json, then regenerates what is made from that list (define.ts,
 * react.ts, index.ts, package.json; scripts/elements.mjs). The script-tag loader, the size table
 * and the hostile suite pick it up from the list. Then: write its UI strings in all three
 * catalogs (src/i18n/messages/), document it in README.md, and run `npm test`.
 * `--events feed|select|search` chooses its React event props (default feed).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { ELEMENTS_FILE, generated } from './elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { events: { type: 'string', default: 'feed' } },
});
const name = (positionals[0] ?? '').replace(/^mlo-/, '');
if (
  !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) ||
  !['feed', 'select', 'search'].includes(values.events)
) {
  console.error(
    'usage: npm run new-element NAME [-- --events feed|select|search]   (NAME: kebab-case, e.g. event-card)',
  );
  process.exit(1);
}
const tag = `mlo-${name}`;
const className = `Mlo${name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}`;
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const list = JSON.parse(readFileSync(ELEMENTS_FILE, 'utf8'));
// A new element arrives in the next minor version and starts experimental (CHANGELOG.md).
const [major, minor] = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version.split(
  '.',
);
const since = `${major}.${Number(minor) + 1}.0`;
if (list.elements.some((el) => el.tag === tag) || existsSync(join(root, 'src/components', name))) {
  console.error(`${tag} exists already (src/elements.json or src/components/${name}/).`);
  process.exit(1);
}

const files = {
  [`src/components/${name}/${name}.ts`]: `import { html } from 'lit';
import { property } from '../../internal/decorators.js';
import { MloFeedElement } from '../../internal/feed-element.js';
import { hostStyles } from '../../internal/styles.js';
import { clampHeadingLevel, inScript, renderLoadingLabel } from '../../internal/views.js';
import { styles } from './${name}.styles.js';

/**
 * TODO: what the element shows, from which feed fields, and why.
 *
 * @summary TODO: one line for the docs and Storybook.
 * @tag ${tag}
 * @status experimental
 * @since ${since}
 *
 * @slot - An optional inline feed: \`<script type="application/json">{ JSON Feed }</script>\`.
 *
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart title - An item's title (a heading).
 * @csspart skeleton - The loading placeholder.
 * @csspart notice - The empty, error and stale notices.
 * @csspart status - The visually hidden live region that announces loading, error, stale and empty.
 * @csspart button - Every button (Retry).
 *
 * @event mlo-load - The feed loaded (\`items\`, \`skipped\`, \`problems\`, \`source\`).
 * @event mlo-error - The feed could not be loaded (\`reason\`, \`status\`, \`stale\`).
 */
export class ${className} extends MloFeedElement {
  static override styles = [hostStyles, styles];

  /** Heading level of the item titles (2–6), to fit the partner page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override render() {
    const items = this.data.items;
    return this.renderStates({
      skeleton: () =>
        html\`\${renderLoadingLabel(this.locale.messages)}<div part="skeleton" class="skeleton" aria-hidden="true"></div>\`,
      content: items.length ? items : undefined,
      show: (shown) => html\`<ul part="list" class="list">
        \${shown.map((item) => {
          const tx = inScript(item, this.locale.lang);
          return html\`<li part="item"><span part="title" role="heading" aria-level=\${clampHeadingLevel(this.headingLevel, 3)}>\${tx(item.title)}</span></li>\`;
        })}
      </ul>\`,
    });
  }
}
`,
  [`src/components/${name}/${name}.styles.ts`]: `import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/** TODO: say what the layout reserves while loading, so the page does not move. */
export const styles = css\`
  .list {
    display: grid;
    gap: \${tokens.spaceM};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton {
    block-size: 6rem;
  }
\`;
`,
  [`src/components/${name}/${tag}.ts`]: `import { defineElement } from '../../internal/define-element.js';
import { ${className} } from './${name}.js';

export { ${className} };
// The event types, and with them the typed \`addEventListener('mlo-load', …)\` map, come with
// this entry point (a page that imports only this element has them).
export type { MloErrorEvent, MloLoadEvent, MloSearchEvent, MloSelectEvent } from '../../events.js';
defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
  [`tests/components/${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/${name}/${tag}.js';
import type { ${className} } from '../../src/components/${name}/${name}.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { jsonFeed, untilState } from '../helpers/feeds.js';

const key = () => Math.random().toString(36).slice(2);
const feed = jsonFeed([
  { id: 'a', title: 'First', content_text: 'One.' },
  { id: 'b', title: 'Second', content_text: 'Two.' },
]);

describe('<${tag}>', () => {
  beforeEach(() => clearFeedCache());

  it('shows the feed and is accessible in every state', async () => {
    const el = await fixture<${className}>(html\`<${tag} .feed=\${feed}></${tag}>\`);
    await untilState(el, 'ready');
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent);
    expect(titles).to.deep.equal(['First', 'Second']);
    await expectAccessible(el);

    const loading = await fixture<${className}>(
      html\`<${tag} src="/__mlo/hang/\${key()}?ms=3000"></${tag}>\`,
    );
    expect(loading.getAttribute('state')).to.equal('loading');
    await expectAccessible(loading);

    const error = await fixture<${className}>(
      html\`<${tag} src="/__mlo/status/\${key()}?code=404"></${tag}>\`,
    );
    await untilState(error, 'error');
    await expectAccessible(error);

    const empty = await fixture<${className}>(html\`<${tag} .feed=\${jsonFeed([])}></${tag}>\`);
    await untilState(empty, 'empty');
    await expectAccessible(empty);
  });
});
`,
  // The element's sidebar folder (stories/news-list/ shows the full set: Variants, Languages,
  // Themes & widths too); its states come from the shared helper, like every element's.
  [`stories/${name}/shared.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/${name}/${tag}.js';
import { sample } from '../sample.js';
import { statesOf } from '../states.js';

/** \`<${tag}>\` on the sample newsroom (demo/data/newsroom.json), handed over as \`.feed\`. */
export interface Args {
  headingLevel: number;
}
export type Story = StoryObj<Args>;

export const base = {
  component: '${tag}',
  loaders: [sample],
  args: { headingLevel: 3 },
  render: (args, { loaded }) =>
    html\`<${tag} .feed=\${loaded.feed} heading-level=\${args.headingLevel}></${tag}>\`,
} satisfies Omit<Meta<Args>, 'title'>;

export const states = statesOf<Args>('${tag}', {
  attrs: (args) => ({ 'heading-level': args.headingLevel }),
});
`,
  [`stories/${name}/${name}.stories.ts`]: `import type { Meta } from '@storybook/web-components-vite';
import { base, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/${title}', component: '${tag}', tags: ['autodocs'] };
export default meta;

export const Default: Story = {};
`,
  [`stories/${name}/states.stories.ts`]: `import type { Meta } from '@storybook/web-components-vite';
import { base, states, type Args, type Story } from './shared.js';

const meta: Meta<Args> = { ...base, title: 'Widgets/${title}/States' };
export default meta;

export const AllStates: Story = { name: 'All states', ...states.AllStates };
export const Loading: Story = { name: 'Loading', ...states.Loading };
export const Empty: Story = { name: 'Empty', ...states.Empty };
export const Error: Story = { name: 'Error', ...states.Error };
export const Stale: Story = { name: 'Stale', ...states.Stale };
`,
};

for (const [path, text] of Object.entries(files)) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  console.log(`wrote ${path}`);
}
list.elements.push({ tag, folder: name, className, events: values.events, doc: 'TODO: one line.' });
writeFileSync(ELEMENTS_FILE, `${JSON.stringify(list, null, 2)}\n`);
console.log('added it to src/elements.json');
for (const [path, text] of Object.entries(await generated(list.elements))) {
  // New files too: the element's React wrapper (src/react/<tag>.ts) does not exist yet.
  if (existsSync(join(root, path)) && readFileSync(join(root, path), 'utf8') === text) continue;
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
console.log(`
Next: fill in the TODOs; put its UI strings in src/i18n/messages/ (en, sr-Latn; sr-Cyrl is made
from sr-Latn); document it in README.md ("Elements"); then
  MLO_BROWSERS=chromium npx web-test-runner tests/components/${name}.test.ts
  npm run lint && npm run build && npm run test:hostile
and write its stories' visual baselines (CONTRIBUTING "Visual baselines"):
  npm run build-storybook && UPDATE_BASELINES=1 MLO_STORIES=widgets-${name} npm run test:visual`);

/**
 * The six elements as the server renders them: each the browser's own class (same templates,
 * styles and escaping), given its data and language up front, since Lit's SSR runs no
 * controllers. What they add is what the browser element builds outside `render()`: the
 * language wrapper and the (empty) live region of `MloFeedElement.createRenderRoot`, so the
 * declarative shadow DOM has the same boxes as the first client render.
 */
import './dom.js';
import { html, type PropertyValues } from 'lit';
import { MloArticle } from '../../../src/components/article/article.js';
import { MloContactCard } from '../../../src/components/contact-card/contact-card.js';
import { MloNewsList } from '../../../src/components/news-list/news-list.js';
import { MloQuote } from '../../../src/components/quote/quote.js';
import { MloSearch } from '../../../src/components/search/search.js';
import { MloVisitCard } from '../../../src/components/visit-card/visit-card.js';
import type { FeedItem, NormalizedFeed } from '../../../src/feed/types.js';
import type { Lang } from '../../../src/i18n/index.js';
import { useSerbian } from '../../../src/i18n/language-pack.js';
import * as serbian from '../../../src/i18n/serbian.js';
import type { FeedController } from '../../../src/internal/feed-controller.js';
import type { MloFeedElement } from '../../../src/internal/feed-element.js';
import type { ElementName } from './element-names.js';
import { sanitizedMarkup, type SanitizedMarkup } from './sanitized-markup.js';

// The browser fetches the Serbian pack before a Serbian widget renders; SSR is synchronous and
// renders every language, so it has the pack from the start.
useSerbian(serbian);

export const ELEMENTS = {
  'mlo-news-list': MloNewsList,
  'mlo-article': MloArticle,
  'mlo-quote': MloQuote,
  'mlo-visit-card': MloVisitCard,
  'mlo-contact-card': MloContactCard,
  'mlo-search': MloSearch,
} as const satisfies Record<ElementName, typeof MloFeedElement>;

/** What the element in progress renders (SSR is synchronous: one job at a time). */
export interface Job {
  result: NormalizedFeed;
  lang: Lang;
  /** The article's body, already sanitized (server-side DOMPurify) and in the widget's script. */
  body?: SanitizedMarkup;
  /** Set by the element: what it shows. */
  shown?: Shown;
}

interface Shown {
  items: FeedItem[];
  /** The whole feed is needed (search indexes every item). */
  all?: boolean;
}

/**
 * Marks our server classes with the job holder they read. A bundler may load this module twice in
 * one process (Next.js: a Server Component's layer and a client component's server render); the
 * second copy then renders through the first copy's classes, handing its jobs to their holder.
 */
const SERVER_CLASS = Symbol.for('mlo-newsroom.server-class');
type Holder = { job?: Job };
let holder: Holder = {};

/** Runs `fn` (a synchronous render) with `next` as the job the elements read. */
export function withJob<T>(next: Job, fn: () => T): T {
  holder.job = next;
  try {
    return fn();
  } finally {
    holder.job = undefined;
  }
}

/** The members of the browser classes the server sets directly (they are not public API). */
interface Internals {
  data: Pick<FeedController, 'data' | 'state'> & { contentState(): FeedController['state'] };
  locale: { current?: Lang; lang: Lang };
  rich?: { body: unknown };
  /** `mlo-news-list`: plans what it renders, as its `update()` would (SSR runs no `update()`). */
  plan?: () => void;
}

function serverClass(name: ElementName, Base: typeof MloFeedElement, jobs: Holder) {
  return class extends Base {
    static [SERVER_CLASS] = jobs;

    protected override willUpdate(changed: PropertyValues): void {
      const current = jobs.job;
      if (!current) throw new Error(`${name}: rendered outside a server job`);
      const self = this as unknown as Internals;
      self.locale.current = current.lang;
      self.data.data = current.result;
      self.data.state = self.data.contentState();
      this.setAttribute('state', self.data.state);
      if (current.body !== undefined && self.rich)
        self.rich.body = { status: 'ready', nodes: [sanitizedMarkup(current.body)] };
      super.willUpdate(changed);
      self.plan?.();
      current.shown = shownBy(name, this);
    }

    override render() {
      const lang = (this as unknown as Internals).locale.lang;
      return html`<div class="lang-root" lang=${lang}><div role="status" part="status" class="visually-hidden"></div>${super.render()}</div>`;
    }
  };
}

/** The items an element shows, read from its public getters. */
function shownBy(name: ElementName, element: MloFeedElement): Shown {
  switch (name) {
    case 'mlo-news-list': {
      const list = element as MloNewsList;
      // A filter bar counts, and filters, every item the list can show: all of them go inline.
      if (list.filters?.trim()) return { items: list.items };
      return { items: list.items.slice(0, list.limit > 0 ? Math.floor(list.limit) : 10) };
    }
    case 'mlo-article':
      return { items: present((element as MloArticle).currentItem) };
    case 'mlo-quote':
      return { items: present((element as MloQuote).current) };
    case 'mlo-visit-card':
      return { items: present((element as MloVisitCard).visit) };
    case 'mlo-contact-card':
      return { items: [] };
    case 'mlo-search':
      return { items: [], all: true };
  }
}

const present = (item: FeedItem | undefined) => (item ? [item] : []);

let defined = false;

/**
 * Defines the server classes in Lit's SSR registry, once per process: a name already defined by
 * another copy of this module is used as it is (see SERVER_CLASS). The browser registration
 * modules define nothing on a server (internal/define-element.ts), so nothing else takes the names.
 */
export function defineServerElements(): void {
  if (defined) return;
  for (const [name, Base] of Object.entries(ELEMENTS) as [ElementName, typeof MloFeedElement][]) {
    const existing = customElements.get(name) as { [SERVER_CLASS]?: Holder } | undefined;
    if (existing?.[SERVER_CLASS]) holder = existing[SERVER_CLASS];
    else if (existing)
      throw new Error(`mlo-newsroom-server: <${name}> is already defined by another library`);
    else customElements.define(name, serverClass(name, Base, holder));
  }
  defined = true;
}

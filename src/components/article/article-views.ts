/**
 * The pieces of an article around its body: the meta line (dates, authors), the people (speaker,
 * visitor, met with), the tags and links, and the loading skeleton. Text goes through Lit's
 * escaping bindings, URLs through the one allow-list.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedItem, Person } from '../../feed/types.js';
import { formatDate, formatList, type Lang, type Messages } from '../../i18n/index.js';
import { safeMediaUrl, safeUrl } from '../../internal/safe-url.js';
import { personParts, renderDate, renderLoadingLabel } from '../../internal/views.js';
import { renderBodySkeleton } from './article-body.js';

type Tx = (text: string | undefined) => string | undefined;

/** What every piece needs: the item, the widget's language and messages, and its script. */
export interface ArticleContext {
  item: FeedItem;
  lang: Lang;
  m: Messages;
  tx: Tx;
  /** The widget's language, set on UI text inside content in another language. */
  ui: string | undefined;
  /** The content's language where it differs from the widget's (`contentLang`). */
  content: string | undefined;
}

/** The person the item is about: who spoke (quotes, statements) or who visited. */
const subject = (item: FeedItem): Person | undefined =>
  item.type === 'visit' ? item.visitor : item.speaker;

/** Published and updated dates, and the authors (less the person already named below them). */
export function renderMeta({ item, lang, m, tx, ui, content }: ArticleContext) {
  const published = formatDate(item.datePublished, lang);
  const modified = formatDate(item.dateModified, lang);
  // A same-day correction is not news: "Updated" only when it names another day.
  // In a sentence ("Ažurirano 27. novembra 2026.") Serbian puts the month in the genitive.
  const updated =
    modified && modified !== published ? formatDate(item.dateModified, lang, 'running') : undefined;
  const named = subject(item)?.name;
  const authors = item.authors
    .map((author) => author.name)
    .filter((name): name is string => !!name && name !== named)
    .map((name) => tx(name) ?? name);
  if (!published && !updated && !authors.length) return nothing;
  // "Piše: A" / "Pišu: A i B": the verb and the list's "and" are the widget's, the names the item's.
  const and = formatList(lang, ['', '']).trim();
  const names = authors.map(
    (name, i) =>
      html`${i === 0 ? '' : i === authors.length - 1 ? ` ${and} ` : ', '}<span lang=${ifDefined(content)}>${name}</span>`,
  );
  return html`<p part="meta" class="meta" lang=${ifDefined(ui)}>
    ${renderDate(item.datePublished, lang)}
    ${
      updated
        ? html`<time part="date updated" class="date" datetime=${item.dateModified!}>${m.item.updated(updated)}</time>`
        : nothing
    }
    ${authors.length ? html`<span part="author" class="author">${m.item.by(authors.length)} ${names}</span>` : nothing}
  </p>`;
}

function renderPerson(person: Person, tx: Tx) {
  const { name, details } = personParts(person, tx);
  return html`<span class="name">${name}</span>${details ? `, ${details}` : nothing}`;
}

/** Who said it (quotes, statements) with the occasion; for visits, the visitor, place and people met. */
export function renderPeople({ item, m, tx, ui }: ArticleContext) {
  if (item.type !== 'visit') {
    if (!item.speaker) return nothing;
    return html`<p part="speaker" class="person">${renderPerson(item.speaker, tx)}</p>
      ${item.context ? html`<p part="context" class="context">${tx(item.context)}</p>` : nothing}`;
  }
  if (!item.visitor && !item.location && !item.metWith.length) return nothing;
  const term = (text: string) => html`<dt lang=${ifDefined(ui)}>${text}</dt>`;
  return html`<dl class="facts">
    ${item.visitor ? html`${term(m.visit.visitor)}<dd part="visitor">${renderPerson(item.visitor, tx)}</dd>` : nothing}
    ${item.location ? html`${term(m.visit.location)}<dd part="location">${tx(item.location)}</dd>` : nothing}
    ${
      item.metWith.length
        ? html`${term(m.visit.metWith)}<dd part="met-with">
          <ul class="people">${item.metWith.map((p) => html`<li>${renderPerson(p, tx)}</li>`)}</ul>
        </dd>`
        : nothing
    }
  </dl>`;
}

/** Tags, then the links out: the original elsewhere (`external_url`) and a quote's source. */
export function renderFooter({ item, m, tx, ui, content }: ArticleContext) {
  const external = safeUrl(item.externalUrl);
  const source = item.type === 'quote' ? safeUrl(item.sourceUrl) : undefined;
  if (!item.tags.length && !external && !source) return nothing;
  return html`<footer class="footer">
    ${
      item.tags.length
        ? html`<ul part="tags" class="tags" aria-label=${m.item.tags} lang=${ifDefined(ui)}>
          ${item.tags.map((tag) => html`<li part="tag" class="tag" lang=${ifDefined(content)}>${tx(tag)}</li>`)}
        </ul>`
        : nothing
    }
    ${
      external || source
        ? html`<p class="links" lang=${ifDefined(ui)}>
          ${external ? html`<a part="link" href=${external} rel="noopener noreferrer">${m.list.readFullArticle}</a>` : nothing}
          ${source ? html`<a part="source" href=${source} rel="noopener noreferrer">${m.quote.source}</a>` : nothing}
        </p>`
        : nothing
    }
  </footer>`;
}

/** At most this many players: a feed's list of attachments is not a playlist. */
const MAX_PLAYERS = 3;

/**
 * Audio and video attachments as players that fetch nothing until played (`preload="none"`),
 * their URLs through the allow-list, each with a plain link to the file as its fallback.
 */
export function renderMedia({ item, m, tx, ui }: ArticleContext, base: string | undefined) {
  const players = (item.attachments ?? [])
    .map((a) => ({ ...a, kind: a.mimeType.split('/')[0], src: safeMediaUrl(a.url, base) }))
    .filter((a) => (a.kind === 'audio' || a.kind === 'video') && a.src)
    .slice(0, MAX_PLAYERS);
  if (!players.length) return nothing;
  return players.map((a) => {
    const label = tx(a.title) ?? (a.kind === 'audio' ? m.item.audio : m.item.video);
    const fallback = html`<a href=${a.src!} rel="noopener noreferrer" lang=${ifDefined(ui)}>${label}</a>`;
    return a.kind === 'audio'
      ? html`<audio part="media audio" class="media" controls preload="none" src=${a.src!} aria-label=${label}>${fallback}</audio>`
      : html`<video part="media video" class="media" controls playsinline preload="none" src=${a.src!} aria-label=${label}>${fallback}</video>`;
  });
}

/** Shaped like an article (type, two title lines, date, a 3:2 picture, paragraphs). */
export function renderSkeleton(m: Messages) {
  const line = (size = '') => html`<span part="skeleton" class="skeleton line ${size}"></span>`;
  return html`${renderLoadingLabel(m)}
    <div class="article" aria-hidden="true">
      <div class="header">
        <span class="type">${line('tiny')}</span>
        <div class="title">${line()}${line('short')}</div>
        <span class="meta">${line('tiny')}</span>
      </div>
      <div class="figure"><div part="skeleton" class="image skeleton"></div></div>
      ${renderBodySkeleton()}
    </div>`;
}

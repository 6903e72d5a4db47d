/**
 * The paint bench's floor (bench/run.mjs, section 3): the least a Lit widget can do to show the
 * partner page's feed. One module (Lit and the element, no loader), one `fetch`, `JSON.parse`, the
 * first five items in one template with a small stylesheet: no checking of the data, no
 * languages, no states, no skeleton, no sanitizing. The main-thread time it adds to the partner
 * page is what any Lit widget pays on this machine; ours is reported as a ratio to it.
 */
import { css, html, LitElement } from 'lit';

interface Item {
  id: string;
  url: string;
  title: string;
  summary: string;
  date_published: string;
  image: string;
  _mlo?: { image?: { alt?: string } };
}

class FloorList extends LitElement {
  static override properties = {
    src: {},
    limit: { type: Number },
    items: { state: true },
  };
  static override styles = css`
    :host { display: block; }
    article { display: grid; grid-template-columns: 10rem 1fr; gap: 1rem; padding-block: 1rem; }
    img { inline-size: 100%; block-size: auto; aspect-ratio: 3 / 2; }
    h3 { margin: 0; font-size: 1.25em; }
    p { margin: 0; }
  `;

  src = '';
  limit = 5;
  items?: Item[];

  override connectedCallback(): void {
    super.connectedCallback();
    void fetch(this.src)
      .then((response) => response.json() as Promise<{ items: Item[] }>)
      .then((feed) => (this.items = feed.items.slice(0, this.limit)));
  }

  override render(): unknown {
    if (!this.items) return html`<p>Loading…</p>`;
    return html`<div role="feed">
      ${this.items.map(
        (item) =>
          html`<article>
            <img src=${item.image} alt=${item._mlo?.image?.alt ?? ''} width="600" height="400" />
            <div>
              <h3><a href=${item.url}>${item.title}</a></h3>
              <time datetime=${item.date_published}>${item.date_published.slice(0, 10)}</time>
              <p>${item.summary}</p>
            </div>
          </article>`,
      )}
    </div>`;
  }
}
customElements.define('floor-list', FloorList);

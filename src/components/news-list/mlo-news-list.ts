import { defineElement } from '../../internal/define-element.js';
import { MloNewsList } from './news-list.js';

export { MloNewsList };
// The event types, and with them the typed `addEventListener('mlo-load', …)` map, come with
// this entry point (a page that imports only this element has them).
export type {
  MloErrorEvent,
  MloLoadEvent,
  MloSearchEvent,
  MloSelectEvent,
  MloUpdateEvent,
} from '../../events.js';
defineElement('mlo-news-list', MloNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-news-list': MloNewsList;
  }
}

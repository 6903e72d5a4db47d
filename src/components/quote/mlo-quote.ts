import { defineElement } from '../../internal/define-element.js';
import { MloQuote } from './quote.js';

export { MloQuote };
// The event types, and with them the typed `addEventListener('mlo-load', …)` map, come with
// this entry point (a page that imports only this element has them).
export type {
  MloErrorEvent,
  MloLoadEvent,
  MloSearchEvent,
  MloSelectEvent,
  MloUpdateEvent,
} from '../../events.js';
defineElement('mlo-quote', MloQuote);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-quote': MloQuote;
  }
}

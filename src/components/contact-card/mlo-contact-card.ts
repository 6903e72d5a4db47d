import { defineElement } from '../../internal/define-element.js';
import { MloContactCard } from './contact-card.js';

export { MloContactCard };
// The event types, and with them the typed `addEventListener('mlo-load', …)` map, come with
// this entry point (a page that imports only this element has them).
export type {
  MloErrorEvent,
  MloLoadEvent,
  MloSearchEvent,
  MloSelectEvent,
  MloUpdateEvent,
} from '../../events.js';
defineElement('mlo-contact-card', MloContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-contact-card': MloContactCard;
  }
}

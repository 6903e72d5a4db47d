import { defineElement } from '../../internal/define-element.js';
import { MloVisitCard } from './visit-card.js';

export { MloVisitCard };
// The event types, and with them the typed `addEventListener('mlo-load', …)` map, come with
// this entry point (a page that imports only this element has them).
export type {
  MloErrorEvent,
  MloLoadEvent,
  MloSearchEvent,
  MloSelectEvent,
  MloUpdateEvent,
} from '../../events.js';
defineElement('mlo-visit-card', MloVisitCard);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-visit-card': MloVisitCard;
  }
}

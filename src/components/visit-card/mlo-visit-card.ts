import { defineElement } from '../../internal/define-element.js';
import { MloVisitCard } from './visit-card.js';

export { MloVisitCard };
defineElement('mlo-visit-card', MloVisitCard);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-visit-card': MloVisitCard;
  }
}

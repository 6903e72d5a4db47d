import { defineElement } from '../../internal/define-element.js';
import { MloContactCard } from './contact-card.js';

export { MloContactCard };
defineElement('mlo-contact-card', MloContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-contact-card': MloContactCard;
  }
}

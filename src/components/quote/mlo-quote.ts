import { defineElement } from '../../internal/define-element.js';
import { MloQuote } from './quote.js';

export { MloQuote };
defineElement('mlo-quote', MloQuote);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-quote': MloQuote;
  }
}

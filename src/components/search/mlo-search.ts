import { defineElement } from '../../internal/define-element.js';
import { MloSearch } from './search.js';

export { MloSearch };
defineElement('mlo-search', MloSearch);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-search': MloSearch;
  }
}

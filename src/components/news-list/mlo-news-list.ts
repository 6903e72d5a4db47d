import { defineElement } from '../../internal/define-element.js';
import { MloNewsList } from './news-list.js';

export { MloNewsList };
defineElement('mlo-news-list', MloNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-news-list': MloNewsList;
  }
}

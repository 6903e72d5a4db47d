import { defineElement } from '../../internal/define-element.js';
import { MloArticle } from './article.js';

export { MloArticle };
defineElement('mlo-article', MloArticle);

declare global {
  interface HTMLElementTagNameMap {
    'mlo-article': MloArticle;
  }
}

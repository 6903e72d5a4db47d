// The demo page's own script: registers the widgets and switches the page language.
import '../src/define.js';

const page = document.documentElement;
for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
  button.addEventListener('click', () => {
    page.lang = button.dataset.lang ?? 'en';
    for (const other of document.querySelectorAll('.lang-switch button')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

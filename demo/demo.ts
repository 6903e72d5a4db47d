// The partner page's own script: switches the page language; the widgets follow <html lang>.

const page = document.documentElement;
for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
  button.addEventListener('click', () => {
    page.lang = button.dataset.lang ?? 'en';
    for (const other of document.querySelectorAll('.lang-switch button')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

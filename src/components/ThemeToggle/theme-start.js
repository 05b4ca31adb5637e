// Runs inline in <head> before first paint (ThemeScript.astro minifies it at build).
// It sets the theme and handles the header's two buttons: theme and Menu.
// The `js` class it sets also shows the search boxes, so it holds their Enter
// until the site script (search-opener.ts) is there to keep the words out of
// the address bar.
(function () {
  const root = document.documentElement;
  const key = 'rt-theme';
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  root.classList.add('js');
  function saved() {
    try {
      const value = localStorage.getItem(key);
      return value === 'dark' || value === 'light' ? value : null;
    } catch {
      return null;
    }
  }
  function sync() {
    const dark = root.dataset.theme === 'dark';
    document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
      button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    });
  }
  function apply(theme) {
    root.dataset.theme = theme || (system.matches ? 'dark' : 'light');
    sync();
  }
  apply(saved());
  system.addEventListener('change', function () {
    if (!saved()) apply(null);
  });
  // "Delete everything" or a loaded backup (this tab: rt-theme-reset; other
  // tabs: storage) changes the stored theme: show what is stored now.
  window.addEventListener('rt-theme-reset', function () {
    apply(saved());
  });
  window.addEventListener('storage', function (event) {
    if (event.key === null || event.key === key) apply(saved());
  });
  document.addEventListener('click', function (event) {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // The header's Menu button (phones) folds the main links; they show from its aria-expanded.
    const menu = target.closest('[data-menu-toggle]');
    if (menu) {
      menu.setAttribute(
        'aria-expanded',
        menu.getAttribute('aria-expanded') === 'true' ? 'false' : 'true',
      );
      return;
    }
    if (!target.closest('[data-theme-toggle]')) return;
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    apply(next);
    try {
      localStorage.setItem(key, next);
    } catch {
      /* Storage is off: the choice lasts for this page only. */
    }
  });
  // Escape folds the open Menu again, from the button or its links, and
  // gives focus back to the button.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    const menu = document.querySelector('[data-menu-toggle][aria-expanded="true"]');
    const links = menu && document.getElementById(menu.getAttribute('aria-controls'));
    const target = event.target;
    if (!menu || !(target instanceof Node)) return;
    if (!menu.contains(target) && !(links && links.contains(target))) return;
    menu.setAttribute('aria-expanded', 'false');
    menu.focus();
  });
  document.addEventListener('DOMContentLoaded', sync);
  // Pressed before the site script arrived (a slow phone), Enter sent the
  // words to the server and showed them in the address bar: held here until
  // the page has loaded.
  document.addEventListener(
    'submit',
    function (event) {
      const form = event.target;
      // After load with no site script, it is not coming: a plain request.
      if ('searchGuard' in root.dataset || document.readyState === 'complete') return;
      if (!form.matches('form[role="search"]')) return;
      event.preventDefault();
      form.dataset.submitAsked = '';
    },
    true,
  );
  // By load the site script has run, and keeps the words out of the address,
  // or it failed to arrive, and the search goes as a plain request rather
  // than not at all. Not a box emptied since: the reader took it back.
  window.addEventListener('load', function () {
    document.querySelectorAll('form[data-submit-asked]').forEach(function (form) {
      delete form.dataset.submitAsked;
      const box = form.querySelector('input[name="q"]');
      if (box && box.value.trim()) form.requestSubmit();
    });
  });
})();

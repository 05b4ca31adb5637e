/**
 * Page side of the offline copy: registers the worker and fills in the
 * notice from OfflineRegister.astro when a newer version is ready.
 */
import { registerOffline, type ContainerLike } from '../../lib/offline/register';

export function startOffline(): void {
  const box = document.querySelector<HTMLElement>('[data-offline-update]');
  const text = box?.querySelector('[data-offline-update-text]');
  const button = box?.querySelector<HTMLButtonElement>('[data-offline-update-reload]');
  const later = box?.querySelector<HTMLButtonElement>('[data-offline-update-later]');
  if (!box || !text || !button || !later) return;
  registerOffline(navigator.serviceWorker as unknown as ContainerLike, import.meta.env.BASE_URL, {
    onUpdateReady(apply) {
      box.dataset.ready = '';
      text.textContent = 'A newer version of this handbook is ready.';
      button.hidden = false;
      later.hidden = false;
      // The notice sits over the bottom of the screen: whatever takes focus
      // scrolls clear of it (WCAG 2.4.11), even when it wraps on a phone.
      const clear = () => {
        document.documentElement.style.scrollPaddingBottom = `${box.offsetHeight}px`;
      };
      clear();
      addEventListener('resize', clear);
      // A text box is scrolled only as far as its caret: bring the whole box
      // above the notice, so the reader sees what they are writing in.
      const reveal = (event: FocusEvent) => {
        const field = event.target;
        if (!(field instanceof HTMLTextAreaElement)) return;
        if (field.getBoundingClientRect().bottom > box.getBoundingClientRect().top)
          field.scrollIntoView({ block: 'nearest' });
      };
      addEventListener('focusin', reveal);
      // A reader in the middle of a sheet can put it away: the newer version
      // is offered again on the next page they open.
      later.addEventListener('click', () => {
        delete box.dataset.ready;
        text.textContent = '';
        button.hidden = true;
        later.hidden = true;
        removeEventListener('resize', clear);
        removeEventListener('focusin', reveal);
        document.documentElement.style.scrollPaddingBottom = '';
        // Focus stays near where the reader was, without moving the page.
        document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
      });
      button.addEventListener('click', () => {
        button.disabled = true;
        text.textContent = 'Loading the newer version…';
        apply();
      });
    },
    reload: () => location.reload(),
  }).catch(() => {
    // No offline copy (private browsing, or the host refused the worker):
    // the site works online exactly as before.
  });
}

/**
 * Page side of the offline copy: registers the worker and fills in the
 * notice from OfflineRegister.astro when a newer version is ready.
 */
import { registerOffline, type ContainerLike } from '../../lib/offline/register';

export function startOffline(): void {
  const box = document.querySelector<HTMLElement>('[data-offline-update]');
  const text = box?.querySelector('[data-offline-update-text]');
  const button = box?.querySelector<HTMLButtonElement>('[data-offline-update-reload]');
  if (!box || !text || !button) return;
  registerOffline(navigator.serviceWorker as unknown as ContainerLike, import.meta.env.BASE_URL, {
    onUpdateReady(apply) {
      box.dataset.ready = '';
      text.textContent = 'A newer version of this handbook is ready.';
      button.hidden = false;
      // The notice sits over the bottom of the screen: whatever takes focus
      // scrolls clear of it (WCAG 2.4.11), even when it wraps on a phone.
      const clear = () => {
        document.documentElement.style.scrollPaddingBottom = `${box.offsetHeight}px`;
      };
      clear();
      addEventListener('resize', clear);
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

// Runs inline after a chapter's "Mark as read" (ReadAskedEarlyScript.astro
// minifies it at build). Its island wakes only when scrolled to, so a press
// made at once after jumping to the end did nothing and was lost. The press
// is remembered here, on the page's root (`data-read-asked`), and the island
// (ChapterProgress) marks the chapter read when it wakes. Never writes storage.
addEventListener('click', (event) => {
  if (event.target.closest?.('astro-island[ssr] [data-toggle-read]'))
    document.documentElement.dataset.readAsked = '';
});

// The chapter's title seen (`data-title-seen`): a chapter opened at one of
// its sections counts as read only once the reader has been back to its top,
// and the island wakes only at the end, too late to see them pass it. Watched
// from the page's load, once the browser has scrolled to the section: the
// title shows for a moment before that.
const title = document.querySelector('#chapter-start h1');
addEventListener('load', () => {
  if (title)
    new IntersectionObserver((entries, seen) => {
      if (entries.some((e) => e.isIntersecting)) {
        document.documentElement.dataset.titleSeen = '';
        seen.disconnect();
      }
    }).observe(title);
});

// The end still ahead when the reader acts (`data-end-ahead`): the end counts
// once passed (End, a long swipe) only if the reader moved the page to get
// past it. Landing below it, by the browser restoring the page or a link into
// the self-check, is not reading, and the first tap there must not count.
// A block: the page's inline scripts share one global scope.
{
  const end = document.querySelector('[data-chapter-progress]');
  const acts = ['keydown', 'wheel', 'touchstart', 'pointerdown'];
  const noteEndAhead = () => {
    if (!end || end.getBoundingClientRect().top <= innerHeight) return;
    document.documentElement.dataset.endAhead = '';
    for (const type of acts) removeEventListener(type, noteEndAhead, true);
  };
  for (const type of acts) addEventListener(type, noteEndAhead, { capture: true, passive: true });
}

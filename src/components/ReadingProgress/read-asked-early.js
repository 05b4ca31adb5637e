// Runs inline after a chapter's "Mark as read" (ReadAskedEarlyScript.astro
// minifies it at build). Its island wakes only when scrolled to, so a press
// made at once after jumping to the end did nothing and was lost. The press
// is remembered here, on the page's root (`data-read-asked`), and the island
// (ChapterProgress) marks the chapter read when it wakes. Never writes storage.
addEventListener('click', (event) => {
  if (event.target.closest?.('astro-island[ssr] [data-toggle-read]'))
    document.documentElement.dataset.readAsked = '';
});

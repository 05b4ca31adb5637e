// Runs inline after a chapter's self-check (PrintAnswersScript.astro minifies
// it at build). The check wakes only when scrolled to, so printing a chapter
// before that printed its statements blank, as if never answered. Just for
// the printout, this ticks the answers saved on this device, and says the
// day above them as the awake check does (answersOnPaperText); it only reads
// `rt:self-check:<chapter>` (a field record, version 2) and never writes.
(() => {
  let ticked = [];
  let day;
  addEventListener('beforeprint', () => {
    const check = document.querySelector('[data-check-name]');
    if (!check?.querySelector('astro-island[ssr]')) return;
    const name = check.dataset.checkName;
    // Anything unreadable (no record, another version, an odd value) prints nothing.
    try {
      const { version, fields } = JSON.parse(localStorage.getItem(`rt:self-check:${name}`));
      for (const id in version === 2 ? fields : {}) {
        const radio = check.querySelector(
          `[name="self-check-${name}-${id}"][value="${fields[id].value}"]`,
        );
        if (radio && !radio.checked) {
          radio.checked = true;
          ticked.push(radio);
        }
      }
    } catch {
      // Printed as it stands.
    }
    if (ticked.length) {
      day = document.createElement('p');
      day.textContent = `Your answers as they stood on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`;
      day.dataset.answersOnPaper = '';
      check.querySelector('fieldset')?.before(day);
    }
  });
  // Afterwards the page is as it was: the check, once awake, shows them itself.
  addEventListener('afterprint', () => {
    for (const radio of ticked) radio.checked = false;
    ticked = [];
    day?.remove();
  });
})();

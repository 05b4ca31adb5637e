// Runs inline after a list of chapters (ReadMarksScript.astro minifies it at build).
(function () {
  let read = {};
  try {
    const record = JSON.parse(localStorage.getItem('rt:reading') || 'null');
    const fields = record && record.version === 2 ? record.fields : null;
    if (fields && typeof fields === 'object') {
      Object.keys(fields).forEach(function (slug) {
        if (fields[slug] && fields[slug].value === true) read[slug] = true;
      });
    }
  } catch {
    read = {};
  }
  document.querySelectorAll('[data-read-mark]').forEach(function (mark) {
    mark.hidden = !read[mark.getAttribute('data-read-mark')];
  });
})();

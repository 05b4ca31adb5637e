// Runs inline after the list of worksheets (SavedMarksScript.astro minifies it at build).
// Each record is read on its own: one damaged record hides only its own mark.
(function () {
  const saved = {};
  const hasAnswer = function (record) {
    if (!record || typeof record !== 'object') return false;
    // Field records: any field not deleted. Version 1 (`data`, upgraded when
    // the sheet opens): any answer at all.
    if (record.version === 2 && record.fields && typeof record.fields === 'object') {
      return Object.keys(record.fields).some(function (id) {
        return record.fields[id] && !record.fields[id].deleted;
      });
    }
    return record.version === 1 && !!record.data && Object.keys(record.data).length > 0;
  };
  let keys = [];
  try {
    for (let i = 0; i < localStorage.length; i++) keys.push(localStorage.key(i) || '');
  } catch {
    keys = [];
  }
  keys.forEach(function (key) {
    const match = /^rt:worksheet:([a-z0-9-]+)(?::[^:]+)?$/.exec(key);
    if (!match || saved[match[1]]) return;
    try {
      if (hasAnswer(JSON.parse(localStorage.getItem(key) || 'null'))) saved[match[1]] = true;
    } catch {
      /* Damaged or refused: no mark from this record. */
    }
  });
  document.querySelectorAll('[data-saved-mark]').forEach(function (mark) {
    mark.hidden = !saved[mark.getAttribute('data-saved-mark')];
  });
})();

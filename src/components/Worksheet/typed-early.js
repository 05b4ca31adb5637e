// Runs inline after a worksheet's form (TypedEarlyScript.astro minifies it at
// build). Marks each box the reader types in or ticks before the sheet's
// island wakes (`data-typed-early`, form-dom.ts), so the island takes exactly
// those as the reader's: after a reload or Back a box may hold what the
// browser put back, and typing there had been thrown away with it.
// Never reads or writes storage.
addEventListener(
  'input',
  (event) => {
    if (event.target.form?.matches('[data-worksheet-form]'))
      event.target.setAttribute('data-typed-early', '');
  },
  true,
);

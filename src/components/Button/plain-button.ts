/**
 * How a plain button looks in the islands (Delete, Clear my answers, Print…):
 * at least 44 px tall, bordered, on the page colour. One string, so every
 * such button stays alike. Its border darkens on hover too, so a button on
 * a panel (the colour it would turn) still answers the pointer.
 */
export const plainButton =
  'min-h-11 rounded-sm border border-rule bg-page px-gutter py-2 text-base font-semibold text-ink hover:border-ink hover:bg-panel';

/** A button that deletes everything: the same, with a thick border in the "avoid" colour. */
export const dangerButton =
  'min-h-11 rounded-sm border-2 border-avoid bg-page px-3 py-2 text-base font-semibold text-ink hover:bg-panel';

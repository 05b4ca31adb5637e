/**
 * How a plain button looks in the islands (Delete, Clear my answers, Print…):
 * at least 44 px tall, bordered, on the page colour. One string, so every
 * such button stays alike.
 */
export const plainButton =
  'min-h-11 rounded-sm border border-rule bg-page px-gutter py-2 text-base font-semibold text-ink hover:bg-panel';

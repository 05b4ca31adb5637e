/**
 * A root margin that counts a chapter's end as seen once it is in view or
 * anywhere above it. Pressing End, or a long swipe, jumps past the end (the
 * self-check follows it), and the end was never in view: the island did not
 * wake, and the chapter was not marked read.
 */
export const passedOrInView = '100000px 0px 0px 0px';

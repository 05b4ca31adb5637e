/** The help note's heading, the same wherever it appears (the print tests find the note by it). */
export const helpNoteLabel = 'If this is more than you can carry';

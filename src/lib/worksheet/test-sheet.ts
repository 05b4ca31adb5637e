/** A small worksheet with one field of every kind, shared by the worksheet tests. */
import { worksheetSchema, type WorksheetData } from './schema';

export const sheet: WorksheetData = worksheetSchema.parse({
  title: 'Test sheet',
  purpose: 'A sheet with one field of every kind, for tests.',
  intro: 'Fill in each field to see how it is kept and printed.',
  chapters: [{ chapter: 'end-it-openly', section: 'be-brave' }],
  fields: [
    { id: 'name', kind: 'short-text', label: 'Short answer' },
    { id: 'story', kind: 'long-text', label: 'Long answer', lines: 3 },
    { id: 'items', kind: 'list', label: 'Three things', count: 3 },
    {
      id: 'ticks',
      kind: 'checklist',
      label: 'Tick what fits',
      options: [
        { id: 'a', label: 'First' },
        { id: 'b', label: 'Second' },
      ],
    },
    { id: 'when', kind: 'date', label: 'Date' },
    { id: 'sign', kind: 'signature', label: 'Signature' },
  ],
});

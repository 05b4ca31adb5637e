import { z } from 'astro/zod';
import { sectionIdSchema } from '../content/schemas';

/**
 * Schema for worksheets (content/worksheets/*.yaml): the single source of truth for
 * the collection, the pages and the islands' types.
 */

/** A worksheet's field id or checklist option id: becomes a form name and an answers key. */
export const worksheetIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const worksheetFieldBase = {
  id: worksheetIdSchema,
  /** What the reader sees as the field's label: a real prompt, not a placeholder. */
  label: z.string().min(3).max(160),
  hint: z.string().min(3).max(200).optional(),
};

export const worksheetFieldKinds = [
  'short-text',
  'long-text',
  'list',
  'checklist',
  'date',
  'signature',
] as const;

export const worksheetFieldSchema = z.discriminatedUnion('kind', [
  z.object({ ...worksheetFieldBase, kind: z.literal('short-text') }).strict(),
  z
    .object({
      ...worksheetFieldBase,
      kind: z.literal('long-text'),
      /** Ruled lines printed when the field is empty. */
      lines: z.number().int().min(2).max(10).default(4),
    })
    .strict(),
  z
    .object({
      ...worksheetFieldBase,
      kind: z.literal('list'),
      /** How many numbered lines the list has. */
      count: z.number().int().min(2).max(10),
    })
    .strict(),
  z
    .object({
      ...worksheetFieldBase,
      kind: z.literal('checklist'),
      options: z
        .array(z.object({ id: worksheetIdSchema, label: z.string().min(2).max(160) }).strict())
        .min(2)
        .max(12),
    })
    .strict(),
  z.object({ ...worksheetFieldBase, kind: z.literal('date') }).strict(),
  /** A line to sign by hand on paper; nothing is typed or saved. */
  z.object({ ...worksheetFieldBase, kind: z.literal('signature') }).strict(),
]);

export const worksheetSchema = z
  .object({
    title: z.string().min(3).max(60),
    /** One line on what the sheet is for: shown in the list and printed under the title. */
    purpose: z.string().min(20).max(140),
    /** A few sentences before the form, in the handbook's voice. */
    intro: z.string().min(20).max(600),
    /** The chapters (and sections) whose advice the sheet puts into practice. */
    chapters: z
      .array(z.object({ chapter: sectionIdSchema, section: sectionIdSchema.optional() }).strict())
      .min(1),
    /**
     * A sheet meant to be filled in again and again: it opens on today's
     * (daily) or this week's (weekly) entry, and earlier entries are kept by date.
     */
    repeats: z.enum(['daily', 'weekly']).optional(),
    fields: z.array(worksheetFieldSchema).min(1).max(16),
  })
  .strict()
  .superRefine((worksheet, ctx) => {
    const seen = new Set<string>();
    worksheet.fields.forEach((field, i) => {
      if (seen.has(field.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['fields', i, 'id'],
          message: `field id "${field.id}" is used twice in this worksheet`,
        });
      }
      seen.add(field.id);
      if (field.kind === 'checklist') {
        const options = new Set<string>();
        field.options.forEach((option, j) => {
          if (options.has(option.id)) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: ['fields', i, 'options', j, 'id'],
              message: `option id "${option.id}" is used twice in this checklist`,
            });
          }
          options.add(option.id);
        });
      }
    });
  });

export type WorksheetField = z.infer<typeof worksheetFieldSchema>;
export type WorksheetFieldKind = WorksheetField['kind'];
export type WorksheetData = z.infer<typeof worksheetSchema>;

import { z } from 'astro/zod';
import { sectionIdSchema } from '../content/schemas';
import { controlId, hintIdOf } from './answers';

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
  /**
   * On a sheet that repeats: a new entry may start from the last entry's
   * answer here (part of a plan kept from day to day). Without it the field
   * starts empty in each entry, as a record of that day or week should.
   */
  carriesOver: z.literal(true).optional(),
};

/** The most lines a list can grow to when the reader adds lines. */
export const LIST_MAX_LINES = 30;

/** Printed under a partner's signature line. */
export const PARTNER_SIGNATURE_NOTE =
  'Only if your partner chooses to sign. It is their free choice: never ask or press them to.';

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
      /** How many numbered lines the list has: shown, and printed blank without JavaScript. */
      count: z.number().int().min(2).max(10),
      /**
       * Lets the reader add lines, up to this many in all ("leave nothing
       * out"): an "Add a line" button appears when JavaScript runs.
       */
      maxCount: z.number().int().min(3).max(LIST_MAX_LINES).optional(),
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
  z
    .object({
      ...worksheetFieldBase,
      kind: z.literal('signature'),
      /**
       * The partner's line: printed with a note that signing is their free
       * choice, never something to ask of them. Required on any signature
       * whose label mentions the partner.
       */
      partner: z.literal(true).optional(),
    })
    .strict(),
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
    /**
     * Questions the sheet no longer asks, by their old id and label. A
     * reader's saved answer to one is still kept and shown apart; this names
     * it by the question it answered rather than by its id.
     */
    retired: z
      .array(z.object({ id: worksheetIdSchema, label: z.string().min(2).max(160) }).strict())
      .optional(),
    /**
     * `ask`: the sheet holds things others must not read (e.g. what is still
     * untold), so it warns that saved notes can be seen on a shared device and
     * offers "Don't save this sheet on this device".
     */
    saving: z.enum(['auto', 'ask']).default('auto'),
  })
  .strict()
  .superRefine((worksheet, ctx) => {
    // Saved only by choice, it must leave no trace: its record's name is the
    // one the handbook keeps nothing of (dated entries would each be named).
    if (worksheet.saving === 'ask' && worksheet.repeats) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['saving'],
        message:
          'a sheet that asks before saving is filled in once: remove repeats, or saving: ask',
      });
    }
    // Each field's boxes take ids on the page (ws-<id>, its lines ws-<id>-1…,
    // its choices ws-<id>-<option>, its hint): a field must not take another's.
    const idsOnPage = new Map<string, string>();
    worksheet.fields.forEach((field, i) => {
      const parts: (string | number)[] = [];
      if (field.kind === 'list')
        for (let n = 1; n <= (field.maxCount ?? field.count); n++) parts.push(n);
      if (field.kind === 'checklist') parts.push(...field.options.map((o) => o.id));
      const ids = [
        controlId(field.id),
        ...(field.hint ? [hintIdOf(field.id)] : []),
        ...parts.map((p) => controlId(field.id, p)),
      ];
      for (const id of ids) {
        const owner = idsOnPage.get(id);
        if (owner !== undefined && owner !== field.id) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['fields', i, 'id'],
            message: `field "${field.id}" and field "${owner}" would both use the id "${id}" on the page: rename one`,
          });
        }
        idsOnPage.set(id, field.id);
      }
    });
    const seen = new Set<string>();
    worksheet.retired?.forEach((old, i) => {
      if (worksheet.fields.some((field) => field.id === old.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['retired', i, 'id'],
          message: `"${old.id}" is retired but is still a field of this sheet: remove one of them`,
        });
      }
    });
    worksheet.fields.forEach((field, i) => {
      if (seen.has(field.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['fields', i, 'id'],
          message: `field id "${field.id}" is used twice in this worksheet`,
        });
      }
      seen.add(field.id);
      if (field.kind === 'list' && field.maxCount !== undefined && field.maxCount <= field.count) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['fields', i, 'maxCount'],
          message: `maxCount (${field.maxCount}) must be more than count (${field.count}), or the reader cannot add a line`,
        });
      }
      if (field.kind === 'signature' && /\bpartner/i.test(field.label) && !field.partner) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['fields', i, 'partner'],
          message: `"${field.label}" is a signature for the partner: add partner: true, so it prints as their free choice, never required`,
        });
      }
      // A signature on paper means little without the day it was given.
      if (field.kind === 'signature' && worksheet.fields[i + 1]?.kind !== 'date') {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['fields', i],
          message: `"${field.label}" needs a date field right after it, so the signature is dated on paper`,
        });
      }
      if (field.carriesOver && !worksheet.repeats) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['fields', i, 'carriesOver'],
          message: `"${field.label}" carries over from one entry to the next, but the sheet does not repeat: add repeats, or remove carriesOver`,
        });
      }
      if (field.carriesOver && field.kind === 'signature') {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['fields', i, 'carriesOver'],
          message: `"${field.label}" is signed by hand and never saved, so it cannot carry over`,
        });
      }
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

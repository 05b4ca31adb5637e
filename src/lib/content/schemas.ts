import { z } from 'astro/zod';
import { bandProblems } from '../self-check/bands';
import { MAX_POINTS_PER_STATEMENT } from '../self-check/scale';

/**
 * Schemas for the handbook's content. They are the single source of truth:
 * content collections, pages and link checks all derive their types from here.
 */

/** A section id: the anchor a heading carries, e.g. `tell-it-all-now`. */
export const sectionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const situationThemes = {
  truth: 'What to tell them',
  'other-person': 'The other person',
  questions: 'Their questions and suspicion',
  hurt: 'Their pain, and if they want to leave',
  'daily-life': 'Day to day',
  future: 'Where this is going',
} as const;

export type SituationTheme = keyof typeof situationThemes;

export const situationSchema = z.object({
  phrase: z.string().min(8).max(120),
  section: sectionIdSchema,
  theme: z.enum(Object.keys(situationThemes) as [SituationTheme, ...SituationTheme[]]),
});

export const chapterSchema = z.object({
  title: z.string().min(3).max(60),
  description: z.string().min(20).max(160),
  order: z.number().int().min(1).max(10),
  summary: z.array(z.string().min(5).max(200)).min(3).max(4),
  situations: z.array(situationSchema).min(1),
});

export const pageSchema = z.object({
  title: z.string().min(3).max(60),
  description: z.string().min(20).max(160),
});

export type ChapterData = z.infer<typeof chapterSchema>;
export type Situation = z.infer<typeof situationSchema>;

/* ---- Worksheets (content/worksheets/*.yaml) ---- */

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

/* Self-checks: content/self-checks/<chapter-slug>.yaml and handbook.yaml. */

const selfCheckStatementSchema = z.object({
  /** Stable key for the saved answer: reword `text` freely, but keep the id. */
  id: sectionIdSchema,
  /** Something the reader is actually doing, in the first person. */
  text: z.string().min(15).max(160),
  /** The section of the chapter that helps when the answer is low. */
  section: sectionIdSchema,
});

const selfCheckBandSchema = z.object({
  min: z.number().int().min(0),
  max: z.number().int().min(0),
  title: z.string().min(3).max(60),
  text: z.string().min(20).max(400),
});

export const chapterSelfCheckSchema = z.object({
  kind: z.literal('chapter'),
  intro: z.string().min(20).max(300),
  statements: z.array(selfCheckStatementSchema).min(5).max(8),
  /** Lowest first; together they cover every total from 0 to 3 × statements. */
  bands: z.array(selfCheckBandSchema).min(2).max(5),
});

export const handbookSelfCheckSchema = z.object({
  kind: z.literal('handbook'),
  intro: z.string().min(20).max(300),
  /** Two or three per chapter (checked against the chapters at load time). */
  statements: z
    .array(selfCheckStatementSchema.extend({ chapter: sectionIdSchema }))
    .min(20)
    .max(30),
});

function uniqueStatementIds(statements: readonly { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  statements.forEach((statement, i) => {
    const first = seen.get(statement.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['statements', i, 'id'],
        message: `"${statement.id}" is also the id of statements[${first}]; ids must be unique`,
      });
    } else seen.set(statement.id, i);
  });
}

export const selfCheckSchema = z
  .discriminatedUnion('kind', [chapterSelfCheckSchema, handbookSelfCheckSchema])
  .superRefine((check, ctx) => {
    uniqueStatementIds(check.statements, ctx);
    if (check.kind !== 'chapter') return;
    const maxScore = check.statements.length * MAX_POINTS_PER_STATEMENT;
    for (const problem of bandProblems(check.bands, maxScore)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.path, message: problem.message });
    }
  });

export type SelfCheckData = z.infer<typeof selfCheckSchema>;
export type ChapterSelfCheckData = z.infer<typeof chapterSelfCheckSchema>;
export type HandbookSelfCheckData = z.infer<typeof handbookSelfCheckSchema>;
export type SelfCheckBand = z.infer<typeof selfCheckBandSchema>;

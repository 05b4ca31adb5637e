import { z } from 'astro/zod';
import { sectionIdSchema } from '../content/schemas';
import { bandProblems } from './bands';
import { MAX_POINTS_PER_STATEMENT } from './scale';

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

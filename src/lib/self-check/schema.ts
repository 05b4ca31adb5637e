import { z } from 'astro/zod';
import { sectionIdSchema } from '../content/schemas';
import { bandProblems } from './bands';
import { MAX_POINTS_PER_STATEMENT, answerKinds } from './scale';
import { MAX_JOINS, doneOrDecidedWording, isConditional, joinCount } from './statement-rules';

/* Self-checks: content/self-checks/<chapter-slug>.yaml and handbook.yaml. */

const statementFields = {
  /** Stable key for the saved answer: reword `text` freely, but keep the id while it asks the same. */
  id: sectionIdSchema,
  /** One thing the reader does or has done, in the first person. */
  text: z.string().min(15).max(160),
  /** The section of the chapter that helps when the answer is low. */
  section: sectionIdSchema,
  /**
   * The answers that fit: `frequency` (Not yet / Sometimes / Mostly / Always)
   * for habits, `done` (Not yet / Done) for something done once, `yes`
   * (Not yet / Yes) for a decision.
   */
  answers: z.enum(answerKinds),
  /** Adds "Does not apply to me" (counts for nothing); needed when the statement starts "If". */
  mayNotApply: z.boolean().default(false),
};

type StatementInput = { text: string; answers: string; mayNotApply: boolean };

/** Wording rules, each message quoting the statement so the author can find it. */
function checkWording(statement: StatementInput, ctx: z.RefinementCtx) {
  const quoted = `"${statement.text}"`;
  const doneOrDecided = doneOrDecidedWording(statement.text);
  if (doneOrDecided && statement.answers === 'frequency') {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['answers'],
      message: `${quoted} is something done once or decided ("${doneOrDecided}"), so "Sometimes" or "Mostly" make no sense as answers: use answers: done (Not yet / Done) or answers: yes (Not yet / Yes), or reword it as a habit.`,
    });
  }
  const joins = joinCount(statement.text);
  if (joins > MAX_JOINS) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['text'],
      message: `${quoted} joins ${joins + 1} parts with "and"/"or": a statement asks one thing (at most one "and" or "or"). Split it into separate statements.`,
    });
  }
  if (isConditional(statement.text) && !statement.mayNotApply) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['mayNotApply'],
      message: `${quoted} only applies in some lives: add mayNotApply: true, so a reader it does not apply to can say so without it counting against them.`,
    });
  }
}

const selfCheckStatementSchema = z.object(statementFields).strict().superRefine(checkWording);

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
    .array(
      z
        .object({ ...statementFields, chapter: sectionIdSchema })
        .strict()
        .superRefine(checkWording),
    )
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

import { z } from 'astro/zod';

/**
 * Schemas for chapters and pages, and the section id every other content kind links to.
 * Self-check and worksheet schemas live beside their features
 * (`src/lib/self-check/schema.ts`, `src/lib/worksheet/schema.ts`) and import from here,
 * never the other way round.
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

/**
 * The search's written content: reader phrasings per chapter section, and the
 * word tables (stop words, everyday words, spelling variants). Writers edit
 * them under content/search/; this module checks their shape and that every
 * phrasing points at a section that exists, naming the file and field when
 * one is wrong.
 */
import { z } from 'astro/zod';

export const phrasingsFileSchema = z
  .object({
    /** The chapter's slug, e.g. `tell-the-whole-truth`. */
    chapter: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    sections: z
      .array(
        z
          .object({
            section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
            /**
             * 8 to 20 ways a reader might put what this section answers: room
             * for the partner named every way and the registers readers use.
             */
            phrasings: z.array(z.string().trim().min(3).max(160)).min(8).max(20),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type PhrasingsFile = z.infer<typeof phrasingsFileSchema>;

const word = z.string().regex(/^[a-z0-9]+$/, 'lower-case letters and digits only');

export const wordTablesSchema = z
  .object({
    about: z.string().optional(),
    stopWords: z.array(word).min(1),
    lightWords: z.array(word),
    everydayWords: z.record(word, z.array(word).min(1)),
    spellingVariants: z.array(z.tuple([z.string().min(2), z.string().min(2)])),
  })
  .strict();
export type WordTables = z.infer<typeof wordTablesSchema>;

/** "file: field.path: message" for the first problems of a failed parse. */
function describe(file: string, error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`)
    .join('\n');
}

export function parsePhrasingsFile(file: string, data: unknown): PhrasingsFile {
  const parsed = phrasingsFileSchema.safeParse(data);
  if (!parsed.success) throw new Error(describe(file, parsed.error));
  return parsed.data;
}

export function parseWordTables(file: string, data: unknown): WordTables {
  const parsed = wordTablesSchema.safeParse(data);
  if (!parsed.success) throw new Error(describe(file, parsed.error));
  return parsed.data;
}

/**
 * Problems with a phrasings file's references, each naming the file and the
 * field: a chapter or section that does not exist, a section listed twice, or
 * a section of the chapter with no phrasings (a new section would be found
 * by the reader's own words far less often). `sections` maps chapter slug →
 * its section ids.
 */
export function checkPhrasingRefs(
  file: string,
  phrasings: PhrasingsFile,
  sections: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const known = sections.get(phrasings.chapter);
  if (!known) return [`${file}: chapter: no chapter "${phrasings.chapter}"`];
  const problems: string[] = [];
  const seen = new Set<string>();
  phrasings.sections.forEach((entry, i) => {
    if (!known.has(entry.section)) {
      problems.push(
        `${file}: sections.${i}.section: chapter "${phrasings.chapter}" has no section #${entry.section}`,
      );
    }
    if (seen.has(entry.section)) {
      problems.push(`${file}: sections.${i}.section: #${entry.section} is listed twice`);
    }
    seen.add(entry.section);
  });
  for (const section of known) {
    if (!seen.has(section))
      problems.push(
        `${file}: sections: no phrasings for section #${section} of "${phrasings.chapter}"`,
      );
  }
  return problems;
}

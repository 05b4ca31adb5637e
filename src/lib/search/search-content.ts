/**
 * The search's written content: reader phrasings per section of a chapter or
 * of the help page, and the word tables (stop words, everyday words, spelling
 * variants). Writers edit them under content/search/; this module checks
 * their shape and that every phrasing points at a section that exists,
 * naming the file and field when one is wrong.
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const phrasingsFileSchema = z
  .object({
    /** The chapter's slug, e.g. `tell-the-whole-truth`. */
    chapter: slug.optional(),
    /** Or a page of content/pages the search holds, by its file name: `help`. */
    page: slug.optional(),
    sections: z
      .array(
        z
          .object({
            section: slug,
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
  .strict()
  .superRefine((file, context) => {
    if ((file.chapter === undefined) === (file.page === undefined))
      context.addIssue({
        code: 'custom',
        path: ['chapter'],
        message:
          'name either "chapter" (a chapter\'s slug) or "page" (such as "help"), one of them',
      });
  });
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

/** What a phrasings file is about: a chapter, or a page such as the help page. */
export function phrasedPage(phrasings: PhrasingsFile): { kind: 'chapter' | 'page'; slug: string } {
  return phrasings.chapter !== undefined
    ? { kind: 'chapter', slug: phrasings.chapter }
    : { kind: 'page', slug: phrasings.page ?? '' };
}

/** Section ids by slug: of the chapters, and of the pages that may have phrasings. */
export interface PhrasableSections {
  chapters: ReadonlyMap<string, ReadonlySet<string>>;
  pages: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Problems with a phrasings file's references, each naming the file and the
 * field: a chapter, page or section that does not exist, a section listed
 * twice, or a section of a chapter with no phrasings (a new section would be
 * found by the reader's own words far less often). A page such as help
 * phrases only the sections a reader searches for, not a closing pointer.
 */
export function checkPhrasingRefs(
  file: string,
  phrasings: PhrasingsFile,
  sections: PhrasableSections,
): string[] {
  const { kind, slug } = phrasedPage(phrasings);
  const known = (kind === 'chapter' ? sections.chapters : sections.pages).get(slug);
  if (!known)
    return [
      kind === 'chapter'
        ? `${file}: chapter: no chapter "${slug}"`
        : `${file}: page: "${slug}" is not a page that takes phrasings (the help page, "help", does)`,
    ];
  const problems: string[] = [];
  const seen = new Set<string>();
  phrasings.sections.forEach((entry, i) => {
    if (!known.has(entry.section)) {
      problems.push(
        `${file}: sections.${i}.section: ${kind} "${slug}" has no section #${entry.section}`,
      );
    }
    if (seen.has(entry.section)) {
      problems.push(`${file}: sections.${i}.section: #${entry.section} is listed twice`);
    }
    seen.add(entry.section);
  });
  if (kind === 'chapter') {
    for (const section of known) {
      if (!seen.has(section))
        problems.push(`${file}: sections: no phrasings for section #${section} of "${slug}"`);
    }
  }
  return problems;
}

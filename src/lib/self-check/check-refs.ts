/**
 * Cross-checks that the schema alone cannot make: every section a
 * self-check points to exists in its chapter, every chapter has its own
 * self-check, and the whole-handbook check asks two or three things about
 * each chapter. Messages name the data file and the field.
 */
import { checkSectionRef } from '../content/sections';
import type { SelfCheckData } from './schema';

export const HANDBOOK_CHECK = 'handbook';

export interface SelfCheckFile {
  /** File name without extension: a chapter slug, or `handbook`. */
  id: string;
  file: string;
  data: SelfCheckData;
}

export function selfCheckProblems(
  checks: readonly SelfCheckFile[],
  sections: Map<string, Set<string>>,
): string[] {
  const problems: string[] = [];
  const chapters = [...sections.keys()];
  for (const { id, file, data } of checks) {
    if (data.kind === 'handbook') {
      if (id !== HANDBOOK_CHECK) {
        problems.push(
          `${file}: field "kind" is "handbook", but only ${HANDBOOK_CHECK}.yaml may be.`,
        );
        continue;
      }
      data.statements.forEach((s, i) => {
        const problem = checkSectionRef(
          sections,
          { chapter: s.chapter, section: s.section },
          file,
          `statements[${i}].${sections.has(s.chapter) ? 'section' : 'chapter'}`,
        );
        if (problem) problems.push(problem);
      });
      for (const chapter of chapters) {
        const count = data.statements.filter((s) => s.chapter === chapter).length;
        if (count < 2 || count > 3) {
          problems.push(
            `${file}: field "statements" has ${count} statement(s) for chapter "${chapter}"; each chapter needs 2 or 3.`,
          );
        }
      }
      continue;
    }
    if (!sections.has(id)) {
      problems.push(
        `${file}: the file name must be a chapter slug (one of ${chapters.join(', ')}) or ${HANDBOOK_CHECK}.`,
      );
      continue;
    }
    data.statements.forEach((s, i) => {
      const problem = checkSectionRef(
        sections,
        { chapter: id, section: s.section },
        file,
        `statements[${i}].section`,
      );
      if (problem) problems.push(problem);
    });
  }
  const ids = new Set(checks.map((c) => c.id));
  for (const chapter of chapters) {
    if (!ids.has(chapter)) {
      problems.push(
        `content/self-checks/${chapter}.yaml: missing; every chapter needs a self-check.`,
      );
    }
  }
  if (!ids.has(HANDBOOK_CHECK)) {
    problems.push(`content/self-checks/${HANDBOOK_CHECK}.yaml: missing; /self-check/ needs it.`);
  }
  return problems;
}

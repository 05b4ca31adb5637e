/**
 * Reads the self-checks for pages: checked against the chapters once per
 * build, then shaped into the small, serialisable view the island needs.
 */
import { getCollection } from 'astro:content';
import { getChapters, getSectionIndex, getSectionTitles } from '../content/load';
import type { ChapterSelfCheckData, HandbookSelfCheckData } from './schema';
import { sectionPath } from '../content/sections';
import { sitePath } from '../site/url';
import { HANDBOOK_CHECK, selfCheckProblems, type SelfCheckFile } from './check-refs';
import type { AnswerKind } from './scale';
import type { AreaView, BandView, StatementView } from './scoring';

export interface ChapterSelfCheckView {
  name: string;
  intro: string;
  statements: StatementView[];
  bands: BandView[];
}

export interface HandbookSelfCheckView {
  name: string;
  intro: string;
  statements: StatementView[];
  areas: AreaView[];
}

let checked:
  Promise<{ files: SelfCheckFile[]; titles: Map<string, Map<string, string>> }> | undefined;

async function loadChecked() {
  const entries = await getCollection('selfChecks');
  const files: SelfCheckFile[] = entries.map((e) => ({
    id: e.id,
    file: e.filePath ?? `content/self-checks/${e.id}.yaml`,
    data: e.data,
  }));
  const problems = selfCheckProblems(files, await getSectionIndex());
  if (problems.length > 0)
    throw new Error(`Self-check content is not valid:\n${problems.join('\n')}`);
  const titles = await getSectionTitles();
  return { files, titles };
}

function statementView(
  titles: Map<string, Map<string, string>>,
  s: { id: string; text: string; section: string; answers: AnswerKind; mayNotApply: boolean },
  chapter: string,
): StatementView {
  return {
    id: s.id,
    text: s.text,
    answers: s.answers,
    mayNotApply: s.mayNotApply,
    chapter,
    sectionTitle: titles.get(chapter)?.get(s.section) ?? s.section,
    href: sitePath(sectionPath({ chapter, section: s.section })),
  };
}

export async function getChapterSelfCheck(slug: string): Promise<ChapterSelfCheckView> {
  checked ??= loadChecked();
  const { files, titles } = await checked;
  const file = files.find((f) => f.id === slug);
  if (!file || file.data.kind !== 'chapter') {
    throw new Error(`content/self-checks/${slug}.yaml: missing; every chapter needs a self-check.`);
  }
  const data: ChapterSelfCheckData = file.data;
  return {
    name: slug,
    intro: data.intro,
    statements: data.statements.map((s) => statementView(titles, s, slug)),
    bands: data.bands,
  };
}

export async function getHandbookSelfCheck(): Promise<HandbookSelfCheckView> {
  checked ??= loadChecked();
  const { files, titles } = await checked;
  const file = files.find((f) => f.id === HANDBOOK_CHECK);
  if (!file || file.data.kind !== 'handbook') {
    throw new Error(`content/self-checks/${HANDBOOK_CHECK}.yaml: missing; /self-check/ needs it.`);
  }
  const data: HandbookSelfCheckData = file.data;
  const chapters = await getChapters();
  // Statements are shown grouped by chapter, in reading order.
  const statements = chapters.flatMap((c) =>
    data.statements
      .filter((s) => s.chapter === c.slug)
      .map((s) => statementView(titles, s, c.slug)),
  );
  return {
    name: HANDBOOK_CHECK,
    intro: data.intro,
    statements,
    areas: chapters.map((c) => ({ chapter: c.slug, title: c.title, href: sitePath(c.path) })),
  };
}

/**
 * The situations list: every chapter's everyday phrases, grouped by theme in
 * the handbook's order, each with the section it links to.
 */
import { sectionPath } from '../content/sections';
import { situationThemes, type Situation, type SituationTheme } from '../content/schemas';

export interface SituationChapter {
  slug: string;
  title: string;
  order: number;
  /** section id → heading text (from `getSectionTitles()`). */
  sectionTitles: ReadonlyMap<string, string>;
  situations: readonly Situation[];
}

export interface SituationLink {
  phrase: string;
  /** Site path without the base: `/chapters/<slug>/#<section>`. */
  path: string;
  chapterTitle: string;
  chapterOrder: number;
  sectionTitle: string;
}

export interface SituationGroup {
  theme: SituationTheme;
  title: string;
  situations: SituationLink[];
}

export function groupSituations(chapters: readonly SituationChapter[]): SituationGroup[] {
  const groups = new Map<SituationTheme, SituationLink[]>();
  for (const chapter of [...chapters].sort((a, b) => a.order - b.order)) {
    const titles = chapter.sectionTitles;
    for (const situation of chapter.situations) {
      const list = groups.get(situation.theme) ?? [];
      list.push({
        phrase: situation.phrase,
        path: sectionPath({ chapter: chapter.slug, section: situation.section }),
        chapterTitle: chapter.title,
        chapterOrder: chapter.order,
        sectionTitle: titles.get(situation.section) ?? chapter.title,
      });
      groups.set(situation.theme, list);
    }
  }
  return (Object.keys(situationThemes) as SituationTheme[])
    .filter((theme) => groups.has(theme))
    .map((theme) => ({
      theme,
      title: situationThemes[theme],
      situations: groups.get(theme) ?? [],
    }));
}

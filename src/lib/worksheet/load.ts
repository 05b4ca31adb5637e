/**
 * The one place pages read worksheets from: shape-checked by the collection's
 * schema, reference-checked against the chapters here, and in handbook order.
 */
import { getCollection } from 'astro:content';
import { getChapters, getSectionIndex } from '../content/load';
import { checkWorksheet, orderWorksheets, worksheetPath, type Worksheet } from './definition';

let cached: Worksheet[] | undefined;

export async function getWorksheets(): Promise<Worksheet[]> {
  if (cached) return cached;
  const [entries, sections, chapters] = await Promise.all([
    getCollection('worksheets'),
    getSectionIndex(),
    getChapters(),
  ]);
  const problems = entries.flatMap((entry) => checkWorksheet(sections, entry.id, entry.data));
  if (problems.length) throw new Error(`Worksheet definitions:\n${problems.join('\n')}`);
  cached = orderWorksheets(
    entries.map((entry) => ({ slug: entry.id, path: worksheetPath(entry.id), data: entry.data })),
    chapters.map((c) => c.slug),
  );
  return cached;
}

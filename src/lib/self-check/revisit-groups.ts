/**
 * The self-check result's "Sections to revisit": one link per section, with
 * the statements that point to it listed under it, in the order they were asked.
 */
export interface RevisitGroup<S> {
  href: string;
  sectionTitle: string;
  statements: S[];
}

export function groupBySection<S extends { href: string; sectionTitle: string }>(
  revisit: readonly S[],
): RevisitGroup<S>[] {
  const groups = new Map<string, RevisitGroup<S>>();
  for (const statement of revisit) {
    const group = groups.get(statement.href);
    if (group) group.statements.push(statement);
    else
      groups.set(statement.href, {
        href: statement.href,
        sectionTitle: statement.sectionTitle,
        statements: [statement],
      });
  }
  return [...groups.values()];
}

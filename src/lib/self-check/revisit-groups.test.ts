import { describe, expect, it } from 'vitest';
import { groupBySection } from './revisit-groups';

const s = (id: string, href: string) => ({ id, href, sectionTitle: `Title of ${href}` });

describe('groupBySection', () => {
  it('gives one link per section, statements under it in the order asked', () => {
    const groups = groupBySection([s('a', '#x'), s('b', '#y'), s('c', '#x'), s('d', '#x')]);
    expect(groups.map((g) => g.href)).toEqual(['#x', '#y']);
    expect(groups[0]?.statements.map((st) => st.id)).toEqual(['a', 'c', 'd']);
    expect(groups[0]?.sectionTitle).toBe('Title of #x');
  });

  it('gives nothing for nothing to revisit', () => {
    expect(groupBySection([])).toEqual([]);
  });
});

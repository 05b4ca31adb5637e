import { describe, expect, it } from 'vitest';
import { groupSituations } from './situations';

const sectionTitles = new Map([
  ['no-timeline', "Don't set a timeline"],
  ['why-they-keep-asking', 'Why they keep asking'],
]);

describe('groupSituations', () => {
  it('groups by theme in the handbook’s theme order, chapters in order, with section links', () => {
    const groups = groupSituations([
      {
        slug: 'b',
        title: 'B',
        order: 2,
        sectionTitles,
        situations: [
          { phrase: 'When will it be normal?', section: 'no-timeline', theme: 'future' },
        ],
      },
      {
        slug: 'a',
        title: 'A',
        order: 1,
        sectionTitles,
        situations: [
          { phrase: 'They keep asking me', section: 'why-they-keep-asking', theme: 'questions' },
          { phrase: 'How long will this take?', section: 'no-timeline', theme: 'future' },
        ],
      },
    ]);
    expect(groups.map((g) => g.theme)).toEqual(['questions', 'future']);
    expect(groups[1]?.situations.map((s) => s.path)).toEqual([
      '/chapters/a/#no-timeline',
      '/chapters/b/#no-timeline',
    ]);
    expect(groups[0]?.situations[0]?.sectionTitle).toBe('Why they keep asking');
  });
});

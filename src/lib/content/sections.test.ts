import { describe, expect, it } from 'vitest';
import { checkSectionRef, sectionIndex, sectionPath, sectionTitles } from './sections';

// What render() returns for `## Tell it all {#tell-it-all-now}` and so on.
const headings = [
  { depth: 1, slug: 'tell-the-whole-truth', text: 'Tell the whole truth' },
  { depth: 2, slug: 'tell-it-all-now', text: 'Tell it all ' },
  { depth: 3, slug: 'why', text: 'Why' },
  { depth: 4, slug: 'small', text: 'Small' },
];

describe('section ids', () => {
  it('takes h2 and h3 ids and titles from the rendered headings', () => {
    expect(sectionTitles(headings)).toEqual(
      new Map([
        ['tell-it-all-now', 'Tell it all'],
        ['why', 'Why'],
      ]),
    );
  });

  const index = sectionIndex(new Map([['tell-the-whole-truth', sectionTitles(headings)]]));

  it('accepts a reference to an existing section', () => {
    expect(
      checkSectionRef(index, { chapter: 'tell-the-whole-truth', section: 'why' }, 'f.yaml', 'x'),
    ).toBeNull();
    expect(sectionPath({ chapter: 'tell-the-whole-truth', section: 'why' })).toBe(
      '/chapters/tell-the-whole-truth/#why',
    );
  });

  it('names the file, field and missing section', () => {
    expect(
      checkSectionRef(
        index,
        { chapter: 'tell-the-whole-truth', section: 'gone' },
        'content/x.yaml',
        'statements[2].section',
      ),
    ).toMatch(/^content\/x\.yaml: field "statements\[2\]\.section" names section "gone"/);
    expect(checkSectionRef(index, { chapter: 'nope' }, 'f', 'chapter')).toMatch(
      /chapter "nope", which does not exist/,
    );
  });
});

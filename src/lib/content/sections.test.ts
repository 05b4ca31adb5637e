import { describe, expect, it } from 'vitest';
import { checkSectionRef, sectionIdsFromSource, sectionIndex, sectionPath } from './sections';

const body =
  '## Tell it all {#tell-it-all-now}\n\ntext {#not-a-heading}\n\n### Why {#why}\n#### Small {#small}\n';

describe('section ids', () => {
  it('reads h2 and h3 ids from MDX source', () => {
    expect(sectionIdsFromSource(body)).toEqual(['tell-it-all-now', 'why']);
  });

  const index = sectionIndex([{ id: '01-tell-the-whole-truth', body }]);

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
